/// Where the outbox relay delivers each type of event: to the `/events` endpoint of every service that reacts to it
/// (the default, as the model names them), or to one broker that takes every event (`K_SINK`).
public struct EventRoutes: Sendable, Equatable {
    /// The URLs each type of event is sent to.
    public var destinations: [String: [String]]

    public init(destinations: [String: [String]]) {
        self.destinations = destinations
    }

    /// Every type of event to the services reacting to it: `subscribers` names them by event type, and `baseURL`
    /// gives a service's base URL (`http://stock-item:8080`); with a `sink`, every type to the sink instead.
    public init(subscribers: [String: [String]], sink: String?, baseURL: (String) -> String) {
        if let sink {
            destinations = subscribers.mapValues { _ in [sink] }
        } else {
            destinations = subscribers.mapValues { services in
                services.map { baseURL($0) + "/events" }
            }
        }
    }

    /// The URLs an event of `type` goes to; none when nothing reacts to it.
    public func destinations(of type: String) -> [String] {
        destinations[type] ?? []
    }
}
