// swift-format-ignore-file
// Generated from Templates/ by DefaultTemplatesTests; do not edit (template lines may be longer than
// the style allows, hence the ignore above).
// Regenerate with: DECOMPOSE_RECORD=1 swift test --filter DefaultTemplatesTests

/// The default scaffold templates: every file of the repository's `Templates/` folder, embedded so
/// that `decompose scaffold` needs no files besides the model. Keys are paths relative to
/// `Templates/`, such as `service/common/.gitignore.mustache`.
public enum DefaultTemplates {
    /// Template text by path relative to `Templates/`.
    public static let files: [String: String] = [
        "service/common/.dockerignore.mustache": #"""
        {{! .dockerignore of one generated service package: keep the build context small and free of host build output. }}
        # {{packageName}}: only the sources go into the image build context.
        .build/
        .swiftpm/
        .git/
        Package.resolved
        /*.xcodeproj
        xcuserdata/
        DerivedData/
        .netrc
        .env
        .DS_Store
        Dockerfile
        .dockerignore

        """#,
        "service/common/.gitignore.mustache": #"""
        {{! .gitignore of one generated service package: build output and local state stay out of git. }}
        # {{packageName}}: build output and local state stay out of git.
        .build/
        .swiftpm/
        # Package.resolved is left out on purpose: resolve against your own package mirror or registry.
        Package.resolved
        /*.xcodeproj
        xcuserdata/
        DerivedData/
        .netrc
        .env
        .DS_Store

        """#,
        "service/common/.hadolint.yaml.mustache": #"""
        # Debian/Ubuntu package versions are not pinned: the base image's release pins them closely enough.
        ignored:
          - DL3008

        """#,
        "service/common/Sources/API/API.swift.mustache": #"""
        // {{apiModule}}: the code generated from openapi.yaml by swift-openapi-generator's build plugin lives in this
        // module. This file is here because a Swift target needs at least one source file of its own.

        """#,
        "service/common/Sources/API/openapi-generator-config.yaml.mustache": #"""
        generate:
          - types
          - server
        accessModifier: package
        namingStrategy: idiomatic

        """#,
        "service/common/Sources/API/openapi.yaml.mustache": #"""
        {{{openapi}}}
        """#,
        "service/common/Sources/App/Paging.swift.mustache": #"""
        import {{apiModule}}

        /// The `limit`/`offset` query parameters of a list, with the contract's bounds checked (the generated code does
        /// not enforce `minimum`/`maximum`).
        struct Paging {
            /// The largest page the contract allows.
            static let maximumLimit = 100
            /// The page size when the client gives none.
            static let defaultLimit = 20

            var limit: Int
            var offset: Int

            init(limit: Int?, offset: Int?) {
                self.limit = limit ?? Self.defaultLimit
                self.offset = offset ?? 0
            }

            /// A 400 problem when a bound is broken, nil when the paging is valid.
            var problem: Components.Schemas.Problem? {
                if !(1...Self.maximumLimit).contains(limit) {
                    return .badRequest("limit must be between 1 and \(Self.maximumLimit), not \(limit).")
                }
                if offset < 0 {
                    return .badRequest("offset must not be negative, not \(offset).")
                }
                return nil
            }
        }

        """#,
        "service/common/Sources/App/Problem.swift.mustache": #"""
        import {{apiModule}}

        extension Components.Schemas.Problem {
            /// A 400 problem: the request breaks the contract.
            static func badRequest(_ detail: String) -> Self {
                .init(_type: "about:blank", title: "Bad Request", status: 400, detail: detail)
            }

            /// A 404 problem: no resource of this kind has this id.
            static func notFound(_ kind: String, id: String) -> Self {
                .init(_type: "about:blank", title: "Not Found", status: 404, detail: "No \(kind) has the id \(id).")
            }
        }

        """#,
        "service/common/Sources/App/ProblemMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import OpenAPIRuntime
        import {{apiModule}}

        /// Answers requests the generated code cannot decode (malformed JSON, a missing field, an unknown enum case, a
        /// wrong content type, a bad query value) with a `400`/`415` `application/problem+json` body instead of an
        /// empty `500`, and failures of the service itself with a problem `500`.
        struct ProblemMiddleware: ServerMiddleware {
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
                    if status == .internalServerError, error.underlyingError is DecodingError {
                        status = .badRequest
                    }
                    let detail = status == .internalServerError ? "The service failed." : error.causeDescription
                    return try Self.response(status: status, detail: detail, instance: request.path)
                }
            }

            /// A problem+json response.
            static func response(
                status: HTTPResponse.Status,
                detail: String,
                instance: String?
            ) throws -> (HTTPResponse, HTTPBody?) {
                let problem = Components.Schemas.Problem(
                    _type: "about:blank",
                    title: status.reasonPhrase,
                    status: status.code,
                    detail: detail,
                    instance: instance
                )
                let data = try JSONEncoder().encode(problem)
                var response = HTTPResponse(status: status)
                response.headerFields[.contentType] = "application/problem+json"
                return (response, HTTPBody(data))
            }
        }

        """#,
        "service/common/Sources/App/Repository.swift.mustache": #"""
        /// Where a service keeps resources of one kind, by id. Swap the in-memory store for a database behind this.
        protocol Repository<Item>: Sendable {
            associatedtype Item: Sendable

            /// A page of the resources in the order they were first saved, and how many there are in all.
            func list(limit: Int, offset: Int) async -> (items: [Item], total: Int)
            /// The resource with this id, if any.
            func find(id: String) async -> Item?
            /// Stores the resource under its id, replacing an earlier one.
            func save(_ item: Item, id: String) async
            /// Removes the resource with this id; false when there was none.
            func remove(id: String) async -> Bool
        }

        /// A repository in the process's memory: fast, and empty again after each restart.
        actor InMemoryRepository<Item: Sendable>: Repository {
            private var items: [String: Item] = [:]
            private var order: [String] = []

            func list(limit: Int, offset: Int) -> (items: [Item], total: Int) {
                let ids = order.dropFirst(offset).prefix(limit)
                return (ids.compactMap { items[$0] }, order.count)
            }

            func find(id: String) -> Item? {
                items[id]
            }

            func save(_ item: Item, id: String) {
                if items.updateValue(item, forKey: id) == nil {
                    order.append(id)
                }
            }

            func remove(id: String) -> Bool {
                guard items.removeValue(forKey: id) != nil else { return false }
                order.removeAll { $0 == id }
                return true
            }
        }

        """#,
        "service/common/Sources/App/ServiceAPI.swift.mustache": #"""
        import Foundation
        import {{apiModule}}

        /// The {{title}}'s implementation of the generated `APIProtocol`, keeping its resources in repositories.
        struct ServiceAPI: APIProtocol {
        {{#resources}}
            /// Where {{name}} resources are kept.
            var {{variable}}Repository: any Repository<Components.Schemas.{{schemaName}}> = InMemoryRepository()
        {{/resources}}

            func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
                .ok(.init(body: .json(.init(status: "ok"))))
            }
        {{#resources}}

            // MARK: {{name}}

            func {{list.swiftName}}(_ input: Operations.{{list.typeName}}.Input) async throws -> Operations.{{list.typeName}}.Output {
                let paging = Paging(limit: input.query.limit, offset: input.query.offset)
                if let problem = paging.problem {
                    return .badRequest(.init(body: .applicationProblemJson(problem)))
                }
                let page = await {{variable}}Repository.list(limit: paging.limit, offset: paging.offset)
                return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
            }

            func {{create.swiftName}}(_ input: Operations.{{create.typeName}}.Input) async throws -> Operations.{{create.typeName}}.Output {
                let id = UUID().uuidString.lowercased()
                let {{variable}}: Components.Schemas.{{schemaName}}
                switch input.body {
                case .json(let fields): {{variable}} = .init(value1: fields, value2: .init(id: id))
                }
                await {{variable}}Repository.save({{variable}}, id: id)
                return .created(.init(headers: .init(location: "{{path}}/\(id)"), body: .json({{variable}})))
            }

            func {{get.swiftName}}(_ input: Operations.{{get.typeName}}.Input) async throws -> Operations.{{get.typeName}}.Output {
                guard let {{variable}} = await {{variable}}Repository.find(id: input.path.id) else {
                    return .notFound(.init(body: .applicationProblemJson(.notFound("{{name}}", id: input.path.id))))
                }
                return .ok(.init(body: .json({{variable}})))
            }

            func {{update.swiftName}}(_ input: Operations.{{update.typeName}}.Input) async throws -> Operations.{{update.typeName}}.Output {
                guard await {{variable}}Repository.find(id: input.path.id) != nil else {
                    return .notFound(.init(body: .applicationProblemJson(.notFound("{{name}}", id: input.path.id))))
                }
                let {{variable}}: Components.Schemas.{{schemaName}}
                switch input.body {
                case .json(let fields): {{variable}} = .init(value1: fields, value2: .init(id: input.path.id))
                }
                await {{variable}}Repository.save({{variable}}, id: input.path.id)
                return .ok(.init(body: .json({{variable}})))
            }

            func {{delete.swiftName}}(_ input: Operations.{{delete.typeName}}.Input) async throws -> Operations.{{delete.typeName}}.Output {
                guard await {{variable}}Repository.remove(id: input.path.id) else {
                    return .notFound(.init(body: .applicationProblemJson(.notFound("{{name}}", id: input.path.id))))
                }
                return .noContent(.init())
            }
        {{#operations}}

        {{#docLines}}
            /// {{{.}}}
        {{/docLines}}
        {{#isCommand}}
            func {{swiftName}}(_ input: Operations.{{typeName}}.Input) async throws -> Operations.{{typeName}}.Output {
                guard let {{variable}} = await {{variable}}Repository.find(id: input.path.id) else {
                    return .notFound(.init(body: .applicationProblemJson(.notFound("{{schemaName}}", id: input.path.id))))
                }
                return .accepted(.init(body: .json({{variable}})))
            }
        {{/isCommand}}
        {{#isQuery}}
            func {{swiftName}}(_ input: Operations.{{typeName}}.Input) async throws -> Operations.{{typeName}}.Output {
                let paging = Paging(limit: input.query.limit, offset: input.query.offset)
                if let problem = paging.problem {
                    return .badRequest(.init(body: .applicationProblemJson(problem)))
                }
                let page = await {{variable}}Repository.list(limit: paging.limit, offset: paging.offset)
                return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
            }
        {{/isQuery}}
        {{/operations}}
        {{/resources}}
        }

        """#,
        "service/hummingbird/Dockerfile.mustache": #"""
        # {{title}} — build with the Swift toolchain, run on a slim Ubuntu with a static Swift standard library.
        FROM swift:6.2-noble AS build
        WORKDIR /build
        COPY Package.swift ./
        COPY Sources ./Sources
        COPY Tests ./Tests
        RUN swift build -c release --static-swift-stdlib --product {{executableName}} \
            && cp "$(swift build -c release --show-bin-path)/{{executableName}}" /build/service

        FROM ubuntu:noble
        RUN apt-get update \
            && apt-get install -y --no-install-recommends ca-certificates curl tzdata \
            && rm -rf /var/lib/apt/lists/*
        RUN useradd --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin service
        WORKDIR /app
        COPY --from=build /build/service /app/service
        USER 10001:10001
        ENV HTTP_HOST=0.0.0.0 HTTP_PORT={{port}}
        EXPOSE {{port}}
        HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
            CMD ["curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:{{port}}/health"]
        ENTRYPOINT ["/app/service"]

        """#,
        "service/hummingbird/Package.swift.mustache": #"""
        // swift-tools-version:6.2
        import PackageDescription

        /// {{title}}: the {{contextName}} bounded context as a contract-first Hummingbird 2 service.
        let package = Package(
            name: "{{packageName}}",
            platforms: [.macOS(.v15)],
            products: [
                .executable(name: "{{executableName}}", targets: ["{{appModule}}"])
            ],
            dependencies: [
                .package(url: "https://github.com/apple/swift-configuration", from: "1.0.0", traits: [.defaults, "CommandLineArguments"]),
                .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
                .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
                .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.10.0"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
                .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
                .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.0.1"),
                .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
            ],
            targets: [
                .executableTarget(
                    name: "{{appModule}}",
                    dependencies: [
                        "{{apiModule}}",
                        .product(name: "Configuration", package: "swift-configuration"),
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "Hummingbird", package: "hummingbird"),
                        .product(name: "Logging", package: "swift-log"),
                        .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                    ]
                ),
                .target(
                    name: "{{apiModule}}",
                    dependencies: [
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
                    ],
                    plugins: [
                        .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")
                    ]
                ),
                .testTarget(
                    name: "{{testModule}}",
                    dependencies: [
                        "{{appModule}}",
                        .product(name: "HummingbirdTesting", package: "hummingbird"),
                    ]
                ),
            ]
        )

        """#,
        "service/hummingbird/README.md.mustache": #"""
        # {{title}}

        The **{{contextName}}** bounded context as a service. {{summary}}
        {{#docLines}}

        {{{.}}}
        {{/docLines}}

        It is contract-first: `Sources/{{apiModule}}/openapi.yaml` (OpenAPI 3.1) is the contract, and
        swift-openapi-generator's build plugin turns it into the `APIProtocol` that `Sources/{{appModule}}/ServiceAPI.swift`
        implements with Hummingbird 2. Change the contract first, then the handlers the compiler asks for.

        ## Endpoints

        - `GET /health` — liveness and readiness.
        {{#resources}}
        - `{{path}}` — list (`?limit=1…100&offset=0…`) and create {{name}}; `{{itemPath}}` — read, replace, delete.
        {{#operations}}
          - `{{method}} {{path}}` — {{name}}
        {{/operations}}
        {{/resources}}

        Errors are `application/problem+json`: 400 for requests that break the contract (malformed JSON, missing fields,
        unknown enum values, paging out of bounds), 404 for unknown ids, 415 for bodies that are not `application/json`.
        A create answers `201` with a `Location` header holding the new resource's path.

        ## Build, test, run

        ```sh
        swift build
        swift test
        HTTP_HOST=127.0.0.1 HTTP_PORT={{port}} swift run {{executableName}}
        curl http://127.0.0.1:{{port}}/health
        {{#firstResource}}
        curl -i -X POST http://127.0.0.1:{{port}}{{path}} -H 'Content-Type: application/json' -d {{{sampleJSONShell}}}
        {{/firstResource}}
        ```

        Configuration: `HTTP_HOST` / `--http-host` (default `0.0.0.0`), `HTTP_PORT` / `--http-port` (default `{{port}}`),
        `LOG_LEVEL` (default `info`). SIGTERM and SIGINT shut the service down gracefully. Every log line of a request
        carries its `request_id` (the client's `X-Request-ID`, or a new one, echoed in the response).

        Resources are kept in memory (`InMemoryRepository`, behind the `Repository` protocol): replace it with a store
        of your choice.

        ## Container

        ```sh
        docker build -t {{serviceName}} .
        docker run --rm -p {{port}}:{{port}} {{serviceName}}
        ```

        The image runs as the numeric user 10001 and checks `/health` itself.

        """#,
        "service/hummingbird/Sources/App/App.swift.mustache": #"""
        import Configuration
        import Hummingbird
        import Logging

        /// Starts the {{title}}: reads `HTTP_HOST`/`HTTP_PORT` (or `--http-host`/`--http-port`, default
        /// 0.0.0.0:{{port}}) and `LOG_LEVEL`, then serves until SIGTERM or SIGINT asks it to shut down gracefully.
        @main
        struct App {
            static func main() async throws {
                let config = ConfigReader(providers: [
                    CommandLineArgumentsProvider(),
                    EnvironmentVariablesProvider(),
                ])
                var logger = Logger(label: "{{serviceName}}")
                logger.logLevel = Logger.Level(rawValue: config.string(forKey: "log.level", default: "info")) ?? .info
                let app = try buildApplication(
                    host: config.string(forKey: "http.host", default: "0.0.0.0"),
                    port: config.int(forKey: "http.port", default: {{port}}),
                    logger: logger
                )
                try await app.runService()
            }
        }

        """#,
        "service/hummingbird/Sources/App/Application+build.swift.mustache": #"""
        import Hummingbird
        import Logging
        import OpenAPIHummingbird

        /// The service's application: the generated routes of the contract behind the request-id and `Location`
        /// middlewares, with decode failures answered as problem+json.
        func buildApplication(
            host: String,
            port: Int,
            logger: Logger = Logger(label: "{{serviceName}}")
        ) throws -> some ApplicationProtocol {
            let router = Router()
            router.add(middleware: RequestIDMiddleware())
            router.add(middleware: LocationHeaderMiddleware())
            try ServiceAPI().registerHandlers(on: router, middlewares: [ProblemMiddleware()])
            return Application(
                router: router,
                configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "{{serviceName}}"),
                logger: logger
            )
        }

        """#,
        "service/hummingbird/Sources/App/LocationHeaderMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import Hummingbird

        /// Sends `Location` headers as plain paths: swift-openapi-runtime percent-encodes header values
        /// (`%2Forders%2F…`), which clients would follow literally.
        struct LocationHeaderMiddleware<Context: RequestContext>: RouterMiddleware {
            func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
                -> Response
            {
                var response = try await next(request, context)
                if let location = response.headers[.location], let decoded = location.removingPercentEncoding {
                    response.headers[.location] = decoded
                }
                return response
            }
        }

        """#,
        "service/hummingbird/Sources/App/RequestIDMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import Hummingbird
        import Logging

        /// Gives every request an id (the client's `X-Request-ID`, or a new one), attaches it to the request's logger,
        /// logs the request and its outcome with it, and echoes it in the response.
        struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
            /// The header that carries the request id.
            static var header: HTTPField.Name { HTTPField.Name("X-Request-ID")! }

            func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
                -> Response
            {
                let id = request.headers[Self.header] ?? UUID().uuidString.lowercased()
                var context = context
                context.logger[metadataKey: "request_id"] = .string(id)
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

        """#,
        "service/hummingbird/Tests/AppTests/AppTests.swift.mustache": #"""
        import Foundation
        import Hummingbird
        import HummingbirdTesting
        import Testing

        @testable import {{appModule}}

        /// The {{title}}'s routes, exercised through its router.
        @Suite struct RouteTests {
            let json: HTTPFields = [.contentType: "application/json"]

            @Test func healthSaysOK() async throws {
                let app = try buildApplication(host: "127.0.0.1", port: 0)
                try await app.test(.router) { client in
                    try await client.execute(uri: "/health", method: .get) { response in
                        #expect(response.status == .ok)
                        let health = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                        #expect(health?["status"] as? String == "ok")
                    }
                }
            }
        {{#firstResource}}

            @Test func createdResourceIsReadableAtItsLocation() async throws {
                let app = try buildApplication(host: "127.0.0.1", port: 0)
                try await app.test(.router) { client in
                    let location = try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .created)
                        return response.headers[.location] ?? ""
                    }
                    #expect(location.hasPrefix("{{path}}/"))
                    try await client.execute(uri: location, method: .get) { response in
                        #expect(response.status == .ok)
                        #expect(String(buffer: response.body).contains(String(location.dropFirst("{{path}}/".count))))
                    }
                    try await client.execute(uri: "{{path}}?limit=5", method: .get) { response in
                        #expect(response.status == .ok)
                        let page = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                        #expect(page?["total"] as? Int == 1)
                    }
                    try await client.execute(uri: location, method: .delete) { response in
                        #expect(response.status == .noContent)
                    }
                    try await client.execute(uri: location, method: .get) { response in
                        #expect(response.status == .notFound)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
            }

            @Test func malformedJSONIsABadRequestProblem() async throws {
                let app = try buildApplication(host: "127.0.0.1", port: 0)
                try await app.test(.router) { client in
                    try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: "{not json")
                    ) { response in
                        #expect(response.status == .badRequest)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
            }

            @Test func wrongContentTypeIsUnsupported() async throws {
                let app = try buildApplication(host: "127.0.0.1", port: 0)
                try await app.test(.router) { client in
                    try await client.execute(
                        uri: "{{path}}", method: .post, headers: [.contentType: "text/plain"],
                        body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .unsupportedMediaType)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
            }

            @Test func pageSizeOutOfBoundsIsABadRequest() async throws {
                let app = try buildApplication(host: "127.0.0.1", port: 0)
                try await app.test(.router) { client in
                    try await client.execute(uri: "{{path}}?limit=0", method: .get) { response in
                        #expect(response.status == .badRequest)
                    }
                }
            }
        {{/firstResource}}
        }

        """#,
        "service/vapor/Dockerfile.mustache": #"""
        # {{title}} — build with the Swift toolchain, run on a slim Ubuntu with a static Swift standard library.
        FROM swift:6.2-noble AS build
        WORKDIR /build
        # Tests/ too: SwiftPM rejects a manifest whose declared test target has no folder.
        COPY Package.swift ./
        COPY Sources ./Sources
        COPY Tests ./Tests
        RUN swift build -c release --static-swift-stdlib --product {{executableName}} \
            && cp "$(swift build -c release --show-bin-path)/{{executableName}}" /build/service

        FROM ubuntu:noble
        RUN apt-get update \
            && apt-get install -y --no-install-recommends ca-certificates curl tzdata \
            && rm -rf /var/lib/apt/lists/*
        RUN useradd --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin service
        WORKDIR /app
        COPY --from=build /build/service /app/service
        USER 10001:10001
        ENV HTTP_HOST=0.0.0.0 HTTP_PORT={{port}}
        EXPOSE {{port}}
        HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
            CMD ["curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:{{port}}/health"]
        ENTRYPOINT ["/app/service"]
        CMD ["serve", "--env", "production"]

        """#,
        "service/vapor/Package.swift.mustache": #"""
        // swift-tools-version:6.2
        import PackageDescription

        /// {{title}}: the {{contextName}} bounded context as a contract-first Vapor 4 service.
        let package = Package(
            name: "{{packageName}}",
            platforms: [.macOS(.v15)],
            products: [
                .executable(name: "{{executableName}}", targets: ["{{appModule}}"])
            ],
            dependencies: [
                .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
                .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
                .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.10.0"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
                .package(url: "https://github.com/vapor/swift-openapi-vapor", from: "1.0.0"),
                .package(url: "https://github.com/vapor/vapor", from: "4.115.0"),
            ],
            targets: [
                .executableTarget(
                    name: "{{appModule}}",
                    dependencies: [
                        "{{apiModule}}",
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "Logging", package: "swift-log"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                        .product(name: "Vapor", package: "vapor"),
                    ]
                ),
                .target(
                    name: "{{apiModule}}",
                    dependencies: [
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
                    ],
                    plugins: [
                        .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")
                    ]
                ),
                .testTarget(
                    name: "{{testModule}}",
                    dependencies: [
                        "{{appModule}}",
                        .product(name: "VaporTesting", package: "vapor"),
                    ]
                ),
            ]
        )

        """#,
        "service/vapor/README.md.mustache": #"""
        # {{title}}

        The **{{contextName}}** bounded context as a service. {{summary}}
        {{#docLines}}

        {{{.}}}
        {{/docLines}}

        It is contract-first: `Sources/{{apiModule}}/openapi.yaml` (OpenAPI 3.1) is the contract, and
        swift-openapi-generator's build plugin turns it into the `APIProtocol` that `Sources/{{appModule}}/ServiceAPI.swift`
        implements; Vapor 4 serves it through swift-openapi-vapor. Change the contract first, then the handlers the compiler
        asks for.

        ## Endpoints

        - `GET /health` — liveness and readiness.
        {{#resources}}
        - `{{path}}` — list (`?limit=1…100&offset=0…`) and create {{name}}; `{{itemPath}}` — read, replace, delete.
        {{#operations}}
          - `{{method}} {{path}}` — {{name}}
        {{/operations}}
        {{/resources}}

        Errors are `application/problem+json`: 400 for requests that break the contract (malformed JSON, missing fields,
        unknown enum values, paging out of bounds), 404 for unknown ids and paths, 415 for bodies that are not
        `application/json`. A create answers `201` with a `Location` header holding the new resource's path.

        ## Build, test, run

        ```sh
        swift build
        swift test
        HTTP_HOST=127.0.0.1 HTTP_PORT={{port}} swift run {{executableName}}
        curl http://127.0.0.1:{{port}}/health
        {{#firstResource}}
        curl -i -X POST http://127.0.0.1:{{port}}{{path}} -H 'Content-Type: application/json' -d {{{sampleJSONShell}}}
        {{/firstResource}}
        ```

        A first build compiles Vapor and its dependencies: about 10 minutes on 2 cores.

        Configuration: `HTTP_HOST` (default `0.0.0.0`), `HTTP_PORT` (default `{{port}}`), `LOG_LEVEL` (default `info`).
        SIGTERM and SIGINT shut the service down gracefully: it stops accepting connections and finishes the requests in
        flight. Every log line of a request carries its `request-id` (the client's `X-Request-ID`, or a new one, echoed in
        the response).

        Resources are kept in memory (`InMemoryRepository`, behind the `Repository` protocol): replace it with a store
        of your choice. `ProblemMiddleware` (contract errors) and `RouteProblemMiddleware` (unknown paths, unexpected
        failures) shape the error responses.

        ## Container

        ```sh
        docker build -t {{serviceName}} .
        docker run --rm -p {{port}}:{{port}} {{serviceName}}
        ```

        The image runs as the numeric user 10001 and checks `/health` itself.

        """#,
        "service/vapor/Sources/App/App.swift.mustache": #"""
        import Foundation
        import Logging
        import OpenAPIVapor
        import Vapor

        /// Starts the {{title}}: reads `HTTP_HOST`/`HTTP_PORT` (default 0.0.0.0:{{port}}) and `LOG_LEVEL`, then serves until
        /// SIGTERM or SIGINT, when Vapor stops accepting connections, finishes the requests in flight and shuts down.
        @main
        struct App {
            static func main() async throws {
                var environment = try Environment.detect()
                try LoggingSystem.bootstrap(from: &environment)
                let app = try await Application.make(environment)
                do {
                    try configure(app)
                    try await app.execute()
                } catch {
                    app.logger.report(error: error)
                    try? await app.asyncShutdown()
                    throw error
                }
                try await app.asyncShutdown()
            }

            /// Binds the address, replaces Vapor's default middlewares with request ids, `Location` decoding and
            /// problem+json errors, and registers the generated routes of the contract.
            static func configure(_ app: Application) throws {
                app.http.server.configuration.hostname = Environment.get("HTTP_HOST") ?? "0.0.0.0"
                let port = Environment.get("HTTP_PORT") ?? "{{port}}"
                guard let number = Int(port), (0...65535).contains(number) else {
                    throw Abort(.internalServerError, reason: "HTTP_PORT must be a port number, not \(port).")
                }
                app.http.server.configuration.port = number
                app.middleware = Middlewares()
                app.middleware.use(RequestIDMiddleware())
                app.middleware.use(RouteProblemMiddleware())
                app.middleware.use(LocationHeaderMiddleware())
                try ServiceAPI().registerHandlers(
                    on: VaporTransport(routesBuilder: app), serverURL: URL(string: "/")!, middlewares: [ProblemMiddleware()])
            }
        }

        """#,
        "service/vapor/Sources/App/LocationHeaderMiddleware.swift.mustache": #"""
        import Vapor

        /// Decodes the `Location` header: swift-openapi-runtime percent-encodes header values, a `Location` is a plain path.
        struct LocationHeaderMiddleware: AsyncMiddleware {
            func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
                let response = try await next.respond(to: request)
                if let location = response.headers.first(name: .location), let decoded = location.removingPercentEncoding {
                    response.headers.replaceOrAdd(name: .location, value: decoded)
                }
                return response
            }
        }

        """#,
        "service/vapor/Sources/App/RequestIDMiddleware.swift.mustache": #"""
        import Vapor

        /// Logs every request and its outcome with the request's id, and echoes the id in the response.
        ///
        /// Vapor gives each request an id (the client's `X-Request-ID`, or a new UUID) and tags `request.logger` with it as
        /// `request-id`, so every log line written for the request carries it.
        struct RequestIDMiddleware: AsyncMiddleware {
            func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
                let started = ContinuousClock.now
                do {
                    let response = try await next.respond(to: request)
                    response.headers.replaceOrAdd(name: .xRequestId, value: request.id)
                    request.logger.info(
                        "\(request.method) \(request.url.path) \(response.status.code)",
                        metadata: ["duration": .string("\(ContinuousClock.now - started)")]
                    )
                    return response
                } catch {
                    request.logger.error("\(request.method) \(request.url.path) failed: \(error)")
                    throw error
                }
            }
        }

        """#,
        "service/vapor/Sources/App/RouteProblemMiddleware.swift.mustache": #"""
        import Foundation
        import Vapor
        import {{apiModule}}

        /// Answers what happens outside the contract's handlers as `application/problem+json` instead of Vapor's
        /// `{"error": true, "reason": …}`: unknown paths and methods (404), and any other error (500, logged).
        struct RouteProblemMiddleware: AsyncMiddleware {
            func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
                do {
                    return try await next.respond(to: request)
                } catch let error as any AbortError {
                    return try Self.response(status: error.status, detail: error.reason, instance: request.url.path)
                } catch {
                    request.logger.error("\(request.method) \(request.url.path) failed: \(String(reflecting: error))")
                    return try Self.response(
                        status: .internalServerError, detail: "The service failed.", instance: request.url.path)
                }
            }

            /// A problem+json response.
            static func response(status: HTTPResponseStatus, detail: String, instance: String) throws -> Response {
                let problem = Components.Schemas.Problem(
                    _type: "about:blank",
                    title: status.reasonPhrase,
                    status: Int(status.code),
                    detail: detail,
                    instance: instance
                )
                let response = Response(status: status, body: .init(data: try JSONEncoder().encode(problem)))
                response.headers.replaceOrAdd(name: .contentType, value: "application/problem+json")
                return response
            }
        }

        """#,
        "service/vapor/Tests/AppTests/AppTests.swift.mustache": #"""
        import Foundation
        import Testing
        import VaporTesting

        @testable import {{appModule}}

        /// The {{title}}'s routes, exercised in memory through its configured application.
        @Suite struct RouteTests {
            let json: HTTPHeaders = ["Content-Type": "application/json"]

            /// Runs `test` against a freshly configured application, shut down afterwards.
            func withService(_ test: (Application) async throws -> Void) async throws {
                try await withApp(configure: { app in try App.configure(app) }, test)
            }

            @Test func healthSaysOK() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(.GET, "/health")
                    #expect(response.status == .ok)
                    let fields = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
                    #expect(fields?["status"] as? String == "ok")
                }
            }

            @Test func unknownPathIsANotFoundProblem() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(.GET, "/no/such/path")
                    #expect(response.status == .notFound)
                    #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }
        {{#firstResource}}

            @Test func createdResourceIsReadableAtItsLocation() async throws {
                try await withService { app in
                    let tester = try app.testing()
                    let created = try await tester.sendRequest(
                        .POST, "{{path}}", headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    #expect(created.status == .created)
                    let location = created.headers.first(name: .location) ?? ""
                    #expect(location.hasPrefix("{{path}}/"))
                    let read = try await tester.sendRequest(.GET, location)
                    #expect(read.status == .ok)
                    #expect(read.body.string.contains(String(location.dropFirst("{{path}}/".count))))
                    let page = try await tester.sendRequest(.GET, "{{path}}?limit=5")
                    #expect(page.status == .ok)
                    let fields = try JSONSerialization.jsonObject(with: Data(page.body.string.utf8)) as? [String: Any]
                    #expect(fields?["total"] as? Int == 1)
                    let deleted = try await tester.sendRequest(.DELETE, location)
                    #expect(deleted.status == .noContent)
                    let gone = try await tester.sendRequest(.GET, location)
                    #expect(gone.status == .notFound)
                    #expect(gone.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }

            @Test func malformedJSONIsABadRequestProblem() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(
                        .POST, "{{path}}", headers: json, body: ByteBuffer(string: "{not json"))
                    #expect(response.status == .badRequest)
                    #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }

            @Test func wrongContentTypeIsUnsupported() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(
                        .POST, "{{path}}", headers: ["Content-Type": "text/plain"],
                        body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    #expect(response.status == .unsupportedMediaType)
                    #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }

            @Test func pageSizeOutOfBoundsIsABadRequest() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(.GET, "{{path}}?limit=0")
                    #expect(response.status == .badRequest)
                }
            }
        {{/firstResource}}
        }

        """#,
        "workspace/.env.example.mustache": #"""
        # Settings of the {{{system}}} workspace: copy to .env (never commit .env) and adjust.
        # docker compose reads .env from this folder; without it the defaults below apply.
        LOG_LEVEL=info
        GATEWAY_PORT={{gatewayPort}}
        {{#services}}
        # {{{contextName}}} on http://127.0.0.1:{{hostPort}} (through the gateway: http://127.0.0.1:{{gatewayPort}}{{gatewayPath}})
        {{portVariable}}={{hostPort}}
        {{/services}}

        """#,
        "workspace/.gitignore.mustache": #"""
        .env
        .build/
        .swiftpm/
        Package.resolved

        """#,
        "workspace/README.md.mustache": #"""
        # {{{system}}} services

        Generated by `decompose scaffold` from `decomposition.json`: one {{{frameworkTitle}}} service per bounded
        context, each contract-first from its own `openapi.yaml`, behind an nginx API gateway.

        ## Build and run

        With Docker (every service and the gateway):

        ```sh
        cp .env.example .env        # adjust ports and the log level if you like
        docker compose up --build
        curl http://127.0.0.1:{{gatewayPort}}/health
        ```

        The gateway answers on port {{gatewayPort}} and routes `/api/<service>/…` to that service (the prefix is
        removed on the way in and put back on `Location` headers). The services do not depend on each other at
        start-up; the gateway starts once every service reports healthy on `GET /health`.

        Without Docker, one service at a time (Swift 6.2 or later):

        ```sh
        cd services/<service>
        swift build
        HTTP_PORT=8081 swift run
        ```

        Each service folder has its own README with its routes and tests (`swift test`).

        ## Services

        | Service | Context | Gateway route | Direct port | Owns |
        |---|---|---|---|---|
        {{#services}}
        | [`{{serviceName}}`]({{folder}}/) | {{{contextName}}} | `{{gatewayPath}}` | {{hostPort}} (`{{portVariable}}`) | {{{entities}}} |
        {{/services}}
        {{#services}}

        ### {{{contextName}}} (`{{folder}}`)

        - Entities: {{{entities}}}
        - Aggregates: {{{aggregates}}}
        - Use cases: {{{useCases}}}
        - Teams: {{{owners}}}
        {{/services}}

        ## Context map

        {{#hasRelationships}}
        Upstream contexts publish what downstream contexts depend on; the pattern is the one `decompose analyze`
        suggested for the relationship.

        | Upstream | Downstream | Pattern | Why | What crosses |
        |---|---|---|---|---|
        {{#relationships}}
        | {{{upstream}}} | {{{downstream}}} | {{{pattern}}} | {{{reasons}}} | {{{crossings}}} |
        {{/relationships}}
        {{/hasRelationships}}
        {{^hasRelationships}}
        The contexts do not depend on each other.
        {{/hasRelationships}}
        {{#hasSagas}}

        ## Sagas to implement

        These use cases write in more than one context: each needs a saga (local transactions with
        compensations) instead of one database transaction.

        {{#sagas}}
        - **{{{useCase}}}** ({{{contexts}}}): {{{reason}}}
        {{/sagas}}
        {{/hasSagas}}

        ## Re-generating

        Run `decompose scaffold` again after changing the model; to move entities or rename contexts, edit a copy of
        `decomposition.json` and pass it with `--decomposition FILE`. Files you have not touched are updated, files
        you edited or added are left alone and reported (`--force` overwrites them), and nothing is ever deleted.
        `.decompose/manifest.json` records what was generated.

        """#,
        "workspace/decomposition.json.mustache": #"""
        {{{json}}}
        """#,
        "workspace/docker-compose.yml.mustache": #"""
        # Generated by decompose scaffold: the {{{system}}} services behind one API gateway.
        # Ports and settings come from .env (copy .env.example); nothing secret is written here.
        name: {{projectName}}

        services:
          {{gatewayService}}:
            image: nginx:1.27-alpine
            ports:
              - "{{{gatewayPortBinding}}}"
            volumes:
              - ./gateway/nginx.conf:/etc/nginx/nginx.conf:ro
            healthcheck:
              test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
              interval: 10s
              timeout: 3s
              retries: 5
              start_period: 5s
            depends_on:
        {{#services}}
              {{serviceName}}:
                condition: service_healthy
        {{/services}}
            restart: unless-stopped
        {{#services}}

          # {{{contextName}}}: owns {{{entities}}}
          {{serviceName}}:
            build:
              context: ./{{folder}}
            environment:
              HTTP_HOST: "0.0.0.0"
              HTTP_PORT: "{{containerPort}}"
              LOG_LEVEL: ${LOG_LEVEL:-info}
            ports:
              - "{{{hostPortBinding}}}"
            healthcheck:
              test: ["CMD", "curl", "-fsS", "http://127.0.0.1:{{containerPort}}/health"]
              interval: 10s
              timeout: 3s
              retries: 5
              start_period: 10s
            restart: unless-stopped
        {{/services}}

        """#,
        "workspace/gateway/nginx.conf.mustache": #"""
        # Generated by decompose scaffold: the API gateway of {{{system}}}.
        # /api/<service>/... is passed to that service with the prefix removed; Location headers get it back.
        worker_processes auto;
        pid /tmp/nginx.pid;

        events {
            worker_connections 1024;
        }

        http {
            client_body_temp_path /tmp/client_body;
            proxy_temp_path /tmp/proxy;
            access_log /dev/stdout;
            error_log /dev/stderr warn;
        {{#services}}

            upstream {{serviceName}} {
                server {{serviceName}}:{{containerPort}};
            }
        {{/services}}

            server {
                listen {{containerPort}};

                location = /health {
                    default_type text/plain;
                    return 200 "ok\n";
                }
        {{#services}}

                # {{{contextName}}}
                location {{gatewayPath}} {
                    proxy_pass http://{{serviceName}}/;
                    proxy_redirect / {{gatewayPath}};
                    proxy_set_header Host $host;
                    proxy_set_header X-Request-ID $request_id;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Prefix {{gatewayPath}};
                }
        {{/services}}

                location / {
                    default_type application/problem+json;
                    return 404 '{"type":"about:blank","title":"Not Found","status":404}';
                }
            }
        }

        """#,
    ]
}
