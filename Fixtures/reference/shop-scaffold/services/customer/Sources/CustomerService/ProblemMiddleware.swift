import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime
import ServiceChassis

/// Answers requests the generated code cannot decode (malformed JSON, a missing field, an unknown enum case, a
/// wrong content type, a bad query value) with a `400`/`415` `application/problem+json` body instead of an
/// empty `500`; values the database refuses with `400` (a malformed id or date) or `409` (a unique value taken); and
/// failures of the service itself (a repository that cannot reach its store) with a problem `500` whose cause is
/// logged, not sent.
struct ProblemMiddleware: ServerMiddleware {
    /// Where the causes of `500`s go.
    var logger: Logger

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch let error as ServerError {
            var status = error.httpStatus
            var detail = error.causeDescription
            if status == .internalServerError, error.underlyingError is DecodingError {
                status = .badRequest
            }
            switch error.underlyingError as? RepositoryError {
            case .invalidValue(let message)?:
                status = .badRequest
                detail = "The request holds a value that cannot be stored: \(message)"
            case .conflict(let message)?:
                status = .conflict
                detail = message
            default:
                break
            }
            if status == .internalServerError {
                var metadata: Logger.Metadata = ["operation": .string(operationID)]
                if let id = request.headerFields[HTTPField.Name(RequestID.header)!] {
                    metadata[RequestID.metadataKey] = .string(RequestID.accept(id))
                }
                logger.error("\(operationID) failed: \(error.underlyingError)", metadata: metadata)
                detail = "The service failed."
            }
            return try Self.response(status: status, detail: detail, instance: request.path)
        }
    }

    /// A problem+json response.
    static func response(
        status: HTTPResponse.Status,
        detail: String,
        instance: String?
    ) throws -> (HTTPResponse, HTTPBody?) {
        let problem = ProblemDetails(title: status.reasonPhrase, status: status.code, detail: detail, instance: instance)
        var response = HTTPResponse(status: status)
        response.headerFields[.contentType] = ProblemDetails.mediaType
        return (response, HTTPBody(try problem.encoded()))
    }
}
