// swift-tools-version:6.2
import PackageDescription

/// Order service: the Order bounded context as a contract-first Hummingbird 2 service.
let package = Package(
    name: "order-service",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "order-service", targets: ["OrderService"])
    ],
    dependencies: [
        .package(path: "../../chassis"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.10.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.0.1"),
    ],
    targets: [
        .executableTarget(
            name: "OrderService",
            dependencies: [
                "OrderAPI",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "ServiceChassis", package: "chassis"),
            ],
            resources: [
                .copy("Migrations")
            ]
        ),
        .target(
            name: "OrderAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
            ],
            plugins: [
                .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")
            ]
        ),
        .testTarget(
            name: "OrderServiceTests",
            dependencies: [
                "OrderService",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceChassis", package: "chassis"),
            ]
        ),
    ]
)
