import DecomposeCore

/// The server framework a generated service is written for.
public enum Framework: String, Sendable, Hashable, CaseIterable {
    /// Hummingbird 2 with swift-openapi-hummingbird (the default).
    case hummingbird
    /// Vapor 4 with swift-openapi-vapor.
    case vapor

    /// The framework's name and major version, as the generated READMEs say it: `Hummingbird 2`.
    var title: String {
        switch self {
        case .hummingbird: "Hummingbird 2"
        case .vapor: "Vapor 4"
        }
    }

    /// How long a first (clean, debug) build of one generated service takes on 2 cores, measured here.
    var firstBuildTime: String {
        switch self {
        case .hummingbird: "about 4 minutes"
        case .vapor: "about 10 minutes"
        }
    }
}
