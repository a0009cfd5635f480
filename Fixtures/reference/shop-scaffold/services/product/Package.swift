// swift-tools-version:6.2
import PackageDescription

/// Product service: the Product bounded context as a contract-first Hummingbird 2 service.
let package = Package(
    name: "product-service",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "product-service", targets: ["ProductService"])
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
            name: "ProductService",
            dependencies: [
                "ProductAPI",
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
            name: "ProductAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
            ],
            plugins: [
                .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")
            ]
        ),
        .testTarget(
            name: "ProductServiceTests",
            dependencies: [
                "ProductService",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceChassis", package: "chassis"),
            ]
        ),
    ]
)
