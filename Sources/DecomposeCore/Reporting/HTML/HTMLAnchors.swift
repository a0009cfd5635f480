/// The fragment identifiers of the report's parts: one per context, saga and finding, unique in the page and the
/// same for the same decomposition.
struct HTMLAnchors: Sendable {
    /// Identifiers taken by the page's fixed sections, which no context or saga may reuse.
    static let sections = [
        "summary", "contents", "contents-title", "context-map", "contexts", "relationships", "sagas", "findings",
        "current-decomposition",
    ]

    private var contextIDs: [String: String] = [:]
    private var sagaIDs: [String: String] = [:]
    private var findingIDs: [String] = []

    /// Anchors for the contexts and sagas of `decomposition` that are none of the fixed sections' and none of
    /// `reserved` (the identifiers the inlined map uses).
    init(_ decomposition: Decomposition, reserving reserved: [String] = []) {
        var taken = UniqueNames(reserved: Set(Self.sections + reserved))
        for context in decomposition.contexts where contextIDs[context.name] == nil {
            contextIDs[context.name] = taken.claim(HTMLText.anchor("context", context.name), separator: "-")
        }
        for saga in decomposition.sagas where sagaIDs[saga.useCase] == nil {
            sagaIDs[saga.useCase] = taken.claim(HTMLText.anchor("saga", saga.useCase), separator: "-")
        }
        findingIDs = decomposition.findings.indices.map { taken.claim("finding-\($0 + 1)", separator: "-") }
    }

    /// The identifier of the context called `name`, if the decomposition has one.
    func context(_ name: String) -> String? {
        contextIDs[name]
    }

    /// The identifier of the saga candidate for the use case `useCase`.
    func saga(_ useCase: String) -> String? {
        sagaIDs[useCase]
    }

    /// The identifier of the finding numbered `number` (from 1, in the decomposition's order).
    func finding(_ number: Int) -> String {
        findingIDs.indices.contains(number - 1) ? findingIDs[number - 1] : "findings"
    }

    /// The context's name, escaped, as a link to its part of the page when it is a context of the decomposition.
    func contextLink(_ name: String) -> String {
        guard let anchor = contextIDs[name] else { return HTMLText.escape(name) }
        return "<a href=\"#\(anchor)\">\(HTMLText.escape(name))</a>"
    }
}
