/// The formats `decompose diagram` draws the context map in.
public enum DiagramFormat: String, Sendable, Hashable, CaseIterable {
    /// A self-contained SVG picture laid out by decompose itself.
    case svg
    /// A Mermaid flowchart.
    case mermaid
    /// A PlantUML rectangle diagram.
    case plantuml
    /// A Graphviz DOT digraph.
    case dot

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .svg: "svg"
        case .mermaid: "mmd"
        case .plantuml: "puml"
        case .dot: "dot"
        }
    }

    /// The format a file name's extension names (`map.svg`, `map.mmd`, `map.mermaid`, `map.puml`,
    /// `map.plantuml`, `map.dot`, `map.gv`; any letter case), or nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "svg": self = .svg
        case "mmd", "mermaid": self = .mermaid
        case "puml", "plantuml": self = .plantuml
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}
