import Foundation

/// An RFC 9457 problem: the body of every error response (`application/problem+json`).
public struct ProblemDetails: Error, Codable, Sendable, Equatable {
    /// The media type of a problem body.
    public static let mediaType = "application/problem+json"

    /// A URI naming the problem type; `about:blank` when the status says it all.
    public var type: String
    /// The status's reason phrase.
    public var title: String
    /// The HTTP status code.
    public var status: Int
    /// What went wrong with this request, for a person.
    public var detail: String?
    /// The path of the request that failed.
    public var instance: String?

    public init(type: String = "about:blank", title: String, status: Int, detail: String? = nil, instance: String? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
    }

    /// A 400 problem: the request breaks the contract.
    public static func badRequest(_ detail: String) -> Self {
        Self(title: "Bad Request", status: 400, detail: detail)
    }

    /// A 404 problem: no resource of this kind has this id.
    public static func notFound(_ kind: String, id: String) -> Self {
        Self(title: "Not Found", status: 404, detail: "No \(kind) has the id \(id).")
    }

    /// A 412 problem: the resource changed since the client read the version its `If-Match` names.
    public static func stale(_ kind: String, id: String) -> Self {
        Self(
            title: "Precondition Failed", status: 412,
            detail: "The \(kind) \(id) has changed since the version If-Match names: read it again, then retry.")
    }

    /// A 409 problem: a resource a command writes changed between the command's reading and writing it.
    public static func changedMeanwhile(_ kind: String, id: String) -> Self {
        Self(
            title: "Conflict", status: 409,
            detail: "The \(kind) \(id) changed while the command ran: read it again, then retry.")
    }

    /// The problem as a JSON body.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}
