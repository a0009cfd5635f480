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
}
