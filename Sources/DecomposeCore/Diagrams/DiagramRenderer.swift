/// Draws the context map of a decomposition: its contexts with their aggregates, the relationships as
/// arrows from upstream to downstream labelled with their pattern, and the findings marked on the
/// contexts they concern.
public struct DiagramRenderer: Sendable {
    public init() {}

    /// The context map of `decomposition` in `format`, ending in a newline. The same decomposition always
    /// gives the same text.
    public func render(_ decomposition: Decomposition, format: DiagramFormat) -> String {
        let graph = ContextMapGraph(decomposition)
        switch format {
        case .svg: return SVGWriter().write(LayeredLayout().layout(graph), graph: graph)
        case .mermaid: return MermaidWriter().write(graph)
        case .plantuml: return PlantUMLWriter().write(graph)
        case .dot: return DOTWriter().write(graph)
        }
    }
}
