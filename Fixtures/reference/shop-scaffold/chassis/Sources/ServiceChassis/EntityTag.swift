import Foundation

/// A resource's version as an HTTP entity tag (`"3"`), and the `If-Match` header that names the versions a change
/// may apply to (RFC 9110: strong comparison, so a weak tag `W/"3"` matches nothing).
public enum EntityTag {
    /// The `ETag` of `version`.
    public static func of(version: Int) -> String {
        "\"\(version)\""
    }

    /// What an `If-Match` header asks for.
    public enum Condition: Sendable, Equatable {
        /// No header: change whatever the version.
        case none
        /// `*`: change the resource if it exists.
        case any
        /// Change it only at one of these versions (empty when no tag names a version: nothing matches).
        case versions(Set<Int>)

        /// Whether a resource at `version` meets the condition.
        public func allows(version: Int) -> Bool {
            guard case .versions(let versions) = self else { return true }
            return versions.contains(version)
        }
    }

    /// The condition of an `If-Match` header value (nil when the request has none).
    public static func condition(ifMatch header: String?) -> Condition {
        guard let header else { return .none }
        let tags = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if tags.contains("*") { return .any }
        return .versions(
            Set(
                tags.compactMap { tag in
                    guard tag.count >= 3, tag.hasPrefix("\""), tag.hasSuffix("\"") else { return nil }
                    return Int(tag.dropFirst().dropLast())
                }))
    }
}
