import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceChassis

/// Gives every request an id (the client's `X-Request-ID` when it is a plausible id, or a new one), attaches it to
/// the request's logger, logs the request and its outcome with it, and echoes it in the response.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The header that carries the request id.
    static var header: HTTPField.Name { HTTPField.Name(RequestID.header)! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let id = RequestID.accept(request.headers[Self.header])
        var context = context
        context.logger[metadataKey: RequestID.metadataKey] = .string(id)
        let started = ContinuousClock.now
        do {
            var response = try await next(request, context)
            response.headers[Self.header] = id
            context.logger.info(
                "\(request.method) \(request.uri.path) \(response.status.code)",
                metadata: ["duration": .string("\(ContinuousClock.now - started)")]
            )
            return response
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            throw error
        }
    }
}
