import Configuration

extension ConfigReader {
    /// The whole number above 0 at `key` (`relay.poll.ms`), `value` when none is given; anything else is an error
    /// naming the environment variable (`RELAY_POLL_MS`).
    func positiveInteger(forKey key: String, default value: Int) throws(SettingsError) -> Int {
        let components = key.split(separator: ".").map(String.init)
        let text = string(forKey: ConfigKey(components), default: String(value))
        guard let number = Int(text), number > 0 else {
            let variable = components.map { component in
                String(component.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
            }.joined(separator: "_")
            throw SettingsError(setting: variable, value: text, expected: "a whole number above 0")
        }
        return number
    }
}
