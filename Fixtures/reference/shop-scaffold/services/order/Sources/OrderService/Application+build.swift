import Hummingbird
import Logging
import OpenAPIHummingbird
import ServiceChassis

/// The service's application: the generated routes of the contract, implemented by `api`, behind the request-id
/// and header-decoding middlewares, with decode failures and service failures answered as problem+json.
func buildApplication(
    settings: ServiceSettings,
    api: ServiceAPI,
    logger: Logger = Logger(label: "order")
) throws -> some ApplicationProtocol {
    let router = Router()
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: HeaderDecodingMiddleware())
    try api.registerHandlers(on: router, middlewares: [ProblemMiddleware(logger: logger)])
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(settings.host, port: settings.port), serverName: "order"),
        logger: logger
    )
}
