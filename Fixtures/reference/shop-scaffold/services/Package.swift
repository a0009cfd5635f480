// swift-tools-version:6.2
import PackageDescription

/// Every shop service in one package graph, so that their dependencies are resolved and compiled once
/// for all of them. It has no targets of its own; build the services by product, from the workspace root:
///
///     for product in customer-service order-service product-service; do
///         swift build --package-path services --product "$product" || break
///     done
let package = Package(
    name: "services",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "customer"),
        .package(path: "order"),
        .package(path: "product"),
    ],
    targets: []
)
