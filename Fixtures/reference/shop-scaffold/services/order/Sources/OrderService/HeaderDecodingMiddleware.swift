import Foundation
import HTTPTypes
import Hummingbird

/// Sends `Location` and `ETag` headers as they are meant: swift-openapi-runtime percent-encodes header values
/// (`%2Forders%2F…`, `%221%22`), which clients would take literally.
struct HeaderDecodingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        for name in [HTTPField.Name.location, .eTag] {
            if let value = response.headers[name], let decoded = value.removingPercentEncoding {
                response.headers[name] = decoded
            }
        }
        return response
    }
}
