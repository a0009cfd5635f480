/// A problem in a template, with the place it was found: `template:line:col: error: message`.
///
/// Lines and columns are 1-based; columns count Unicode scalars. They are 0 when the problem has
/// no place in a template's text (rendering a template the library does not hold).
public struct MustacheError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name of the template (its key in the library).
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String
    /// A stable identifier such as `template.unclosedSection`.
    public var id: String

    public init(template: String, line: Int, column: Int, message: String, id: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
        self.id = id
    }

    /// `template:line:col: error: message`, or `template: error: message` without a place.
    public var description: String {
        let place = line > 0 ? "\(template):\(line):\(column)" : template
        return "\(place): error: \(message)"
    }
}
