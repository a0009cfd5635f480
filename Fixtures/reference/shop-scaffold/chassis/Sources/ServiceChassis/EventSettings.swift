import Configuration
import Foundation

/// The settings of a service's events: where the relay sends them, and how it retries.
public struct EventSettings: Sendable, Equatable {
    /// A broker that takes every event the service publishes (`k.sink`: `--k-sink`, `K_SINK`, the variable Knative's
    /// SinkBinding sets): Knative Eventing's broker and Dapr's pub/sub both accept CloudEvents over HTTP. Unset, the
    /// relay sends each event to the services that react to it.
    public var sink: String?
    /// The base URL of each service the relay sends to, by service name (`<service>.url`: `STOCK_ITEM_URL`); a
    /// service not listed is `http://<service>:8080`, its name in the compose network.
    public var serviceURLs: [String: String]
    /// How the relay delivers and retries.
    public var relay: RelaySettings

    public init(sink: String? = nil, serviceURLs: [String: String] = [:], relay: RelaySettings = RelaySettings()) {
        self.sink = sink
        self.serviceURLs = serviceURLs
        self.relay = relay
    }

    /// Reads the settings from `config` for a service that sends events to `services`.
    public init(reading config: ConfigReader, services: [String]) throws(SettingsError) {
        sink = config.string(forKey: "k.sink").flatMap { $0.isEmpty ? nil : $0 }
        var urls: [String: String] = [:]
        for service in services {
            if let url = config.string(forKey: ConfigKey([service, "url"])) { urls[service] = url }
        }
        serviceURLs = urls
        relay = try RelaySettings(reading: config)
    }

    /// The settings of the running process, for a service that sends events to `services`. A setting that cannot
    /// be used is printed to standard error and ends the process with status 78, as `ServiceSettings.load` does.
    public static func load(services: [String]) -> EventSettings {
        do {
            return try EventSettings(reading: ServiceSettings.reader(), services: services)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(ServiceSettings.configurationExitStatus)
        }
    }

    /// The base URL of `service`.
    public func baseURL(of service: String) -> String {
        serviceURLs[service] ?? "http://\(service):8080"
    }

    /// Where each type of event goes, for the services `subscribers` names by event type.
    public func routes(subscribers: [String: [String]]) -> EventRoutes {
        EventRoutes(subscribers: subscribers, sink: sink, baseURL: baseURL(of:))
    }
}
