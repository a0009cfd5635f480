/// A setting that was given but cannot be used; the service stops before it serves anything.
public struct SettingsError: Error, Equatable, CustomStringConvertible {
    /// The setting's names: `HTTP_PORT (--http-port)`.
    public var setting: String
    /// The value given.
    public var value: String
    /// What the setting takes.
    public var expected: String

    public var description: String {
        "\(setting) is \"\(value)\", but it must be \(expected)."
    }
}
