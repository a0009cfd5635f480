import Foundation

/// A limit of the contract that the generated code does not enforce (it decodes a `format: uuid` as any string):
/// the value at `path` in a request body must have `format`. The handlers check a body against its rules before
/// they store anything, and answer `400` naming the field.
public struct FieldRule: Sendable, Equatable {
    /// JSON keys from the body to the value; `*` stands for every element of a list.
    public var path: [String]
    public var format: FieldFormat

    public init(_ path: [String], _ format: FieldFormat) {
        self.path = path
        self.format = format
    }

    /// A `400` problem naming the first fields of `body` that break `rules`, or nil when none does.
    public static func problem(in body: some Encodable, rules: [FieldRule]) -> ProblemDetails? {
        guard !rules.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(body), let json = try? JSONSerialization.jsonObject(with: data) else {
            return nil
        }
        var broken: [String] = []
        for rule in rules {
            for (location, value) in values(at: rule.path[...], in: json, location: "") where !rule.format.accepts(value) {
                broken.append("\(location) must be \(rule.format.description), not \(shown(value))")
            }
        }
        guard !broken.isEmpty else { return nil }
        let listed = broken.prefix(5).joined(separator: "; ") + (broken.count > 5 ? "; …" : "")
        return .badRequest(listed + ".")
    }

    /// The values at `path` below `json`, with where they are (`lines[1].productId`).
    private static func values(at path: ArraySlice<String>, in json: Any, location: String) -> [(String, Any)] {
        guard let key = path.first else { return [(location, json)] }
        let rest = path.dropFirst()
        if key == "*" {
            guard let list = json as? [Any] else { return [] }
            return list.enumerated().flatMap { index, element in
                values(at: rest, in: element, location: "\(location)[\(index)]")
            }
        }
        guard let object = json as? [String: Any], let value = object[key], !(value is NSNull) else { return [] }
        return values(at: rest, in: value, location: location.isEmpty ? key : "\(location).\(key)")
    }

    private static func shown(_ value: Any) -> String {
        let text = value as? String ?? "\(value)"
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return value is String ? "\"\(short)\"" : short
    }
}

/// What a value of a `FieldRule` must be.
public enum FieldFormat: String, Sendable, Equatable, CustomStringConvertible {
    /// `format: uuid`.
    case uuid
    /// `format: date`: a calendar date, `2026-01-31`.
    case date
    /// `format: email`: one `@` between a local part and a domain, no spaces.
    case email
    /// `format: uri`: an absolute URI with a scheme.
    case uri
    /// `type: integer` without `int64`: stored as PostgreSQL's 32-bit `integer`.
    case int32

    public var description: String {
        switch self {
        case .uuid: "a UUID"
        case .date: "a date (YYYY-MM-DD)"
        case .email: "an email address"
        case .uri: "an absolute URI"
        case .int32: "an integer from -2147483648 to 2147483647"
        }
    }

    /// Whether `value` (decoded JSON) has the format.
    public func accepts(_ value: Any) -> Bool {
        switch self {
        case .int32:
            guard let number = value as? NSNumber else { return false }
            return number.int64Value >= Int64(Int32.min) && number.int64Value <= Int64(Int32.max)
        case .uuid:
            return (value as? String).flatMap(UUID.init(uuidString:)) != nil
        case .date:
            guard let text = value as? String, text.count == 10 else { return false }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.date(from: text).map(formatter.string(from:)) == text
        case .email:
            guard let text = value as? String, !text.contains(where: \.isWhitespace) else { return false }
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
                && !parts[1].hasSuffix(".")
        case .uri:
            guard let text = value as? String, let url = URL(string: text), let scheme = url.scheme else { return false }
            return !scheme.isEmpty && !text.contains(where: \.isWhitespace)
        }
    }
}
