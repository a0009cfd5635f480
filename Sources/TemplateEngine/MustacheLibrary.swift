/// A set of named Mustache templates that can include each other as partials (`{{> name}}`).
///
/// Every template is parsed when the library is made, so a broken template is reported before
/// anything is rendered. Rendering follows the Mustache specification's required modules:
/// interpolation (HTML-escaped unless `{{{…}}}` or `{{&…}}`), sections, inverted sections,
/// comments, partials (a partial the library does not hold renders as nothing) and set delimiters.
public struct MustacheLibrary: Sendable {
    /// The deepest nesting of sections and partials while rendering; deeper recursion is an error.
    public static let maximumRenderDepth = 200

    private let sources: [String: String]
    private let templates: [String: [MustacheNode]]

    /// The most nodes one `render` call visits, so a template whose sections repeat over lists inside each other
    /// (work that doubles with every level) stops with `template.tooMuchWork` instead of running for years.
    public static let defaultMaximumRenderSteps = 20_000_000

    /// The most nodes (text, tags, section passes, partials) one `render` call visits; more is an error.
    public let maximumRenderSteps: Int

    /// Parses every template; throws the first error in name order. `maximumRenderSteps` bounds each render.
    public init(
        templates: [String: String], maximumRenderSteps: Int = MustacheLibrary.defaultMaximumRenderSteps
    ) throws(MustacheError) {
        self.maximumRenderSteps = maximumRenderSteps
        var parsed: [String: [MustacheNode]] = [:]
        for name in templates.keys.sorted() {
            parsed[name] = try MustacheParser(template: templates[name]!, name: name).parse()
        }
        self.sources = templates
        self.templates = parsed
    }

    /// Whether the library holds a template called `name`.
    public func contains(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// The template `name` rendered with `data` as the root context.
    public func render(_ name: String, data: MustacheValue) throws(MustacheError) -> String {
        guard let nodes = templates[name] else {
            throw MustacheError(
                template: name, line: 0, column: 0, message: "no template named '\(name)'",
                id: "template.unknownTemplate")
        }
        var output = ""
        var stack = [data]
        var steps = 0
        try render(nodes, template: name, stack: &stack, depth: 0, steps: &steps, into: &output)
        return output
    }

    private func render(
        _ nodes: [MustacheNode], template: String, stack: inout [MustacheValue], depth: Int, steps: inout Int,
        into output: inout String
    ) throws(MustacheError) {
        for node in nodes {
            steps += 1
            guard steps <= maximumRenderSteps else {
                throw MustacheError(
                    template: template, line: 0, column: 0,
                    message: "rendering takes more than \(maximumRenderSteps) steps (sections that repeat over "
                        + "lists inside each other multiply the work)",
                    id: "template.tooMuchWork")
            }
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                let text = Self.resolve(name, in: stack).interpolatedText
                output += escaped ? Self.escapeHTML(text) : text
            case .section(let name, let inverted, let children):
                let value = Self.resolve(name, in: stack)
                if inverted {
                    if value.isFalsy {
                        try render(
                            children, template: template, stack: &stack, depth: depth + 1, steps: &steps, into: &output)
                    }
                } else if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        try render(
                            children, template: template, stack: &stack, depth: depth + 1, steps: &steps, into: &output)
                        stack.removeLast()
                    }
                } else if !value.isFalsy {
                    stack.append(value)
                    try render(
                        children, template: template, stack: &stack, depth: depth + 1, steps: &steps, into: &output)
                    stack.removeLast()
                }
            case .partial(let partial, let indentation, let location):
                guard depth < Self.maximumRenderDepth else {
                    throw MustacheError(
                        template: template, line: location.line, column: location.column,
                        message: "partial '\(partial)' nests deeper than \(Self.maximumRenderDepth) levels",
                        id: "template.tooDeep")
                }
                guard let source = sources[partial], var partialNodes = templates[partial] else { continue }
                if !indentation.isEmpty {
                    partialNodes = try MustacheParser(
                        template: Self.indent(source, by: indentation), name: partial
                    ).parse()
                }
                try render(
                    partialNodes, template: partial, stack: &stack, depth: depth + 1, steps: &steps, into: &output)
            }
        }
    }

    /// Looks a name up: `.` is the current context; otherwise the first part is looked up in the
    /// context stack from the innermost object outwards, and the other parts in that value only.
    /// A miss is `null`.
    static func resolve(_ name: MustacheName, in stack: [MustacheValue]) -> MustacheValue {
        guard let first = name.parts.first else { return stack.last ?? .null }
        for context in stack.reversed() {
            guard case .object(let members) = context, var value = members[first] else { continue }
            for part in name.parts.dropFirst() {
                guard case .object(let inner) = value, let next = inner[part] else { return .null }
                value = next
            }
            return value
        }
        return .null
    }

    /// `text` with `&`, `"`, `<` and `>` replaced by HTML entities.
    static func escapeHTML(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `source` with `indentation` before every line that has content after it.
    static func indent(_ source: String, by indentation: String) -> String {
        var result = ""
        var atLineStart = true
        for scalar in source.unicodeScalars {
            if atLineStart {
                result += indentation
                atLineStart = false
            }
            result.unicodeScalars.append(scalar)
            if scalar == "\n" { atLineStart = true }
        }
        return result
    }
}
