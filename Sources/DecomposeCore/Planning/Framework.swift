/// The server framework a generated service is written for.
public enum Framework: String, Sendable, Hashable, CaseIterable {
    /// Hummingbird 2 with swift-openapi-hummingbird (the default).
    case hummingbird
    /// Vapor 4 with swift-openapi-vapor.
    case vapor
}
