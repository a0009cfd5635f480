/// A positional argument of a command, declared as data: `<file>`.
struct ArgumentDefinition: Sendable {
    /// The placeholder, also the key in `ParsedArguments`.
    var name: String
    var help: String
    var isOptional: Bool

    init(_ name: String, help: String, isOptional: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
    }
}
