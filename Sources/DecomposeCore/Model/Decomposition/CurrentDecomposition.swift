/// The contexts the model already declares (its current decomposition), scored against the suggestion.
///
/// The comparison is `decompose compare`'s with the current decomposition in the place of the expected one:
/// MoJoFM 100 means the suggestion keeps the current contexts; the moves and joins turn the suggestion into them.
public struct CurrentDecomposition: Sendable, Hashable {
    /// The declared contexts in the order declared, each with its entities (aggregates expanded, sorted, an
    /// entity only in the first context naming it); contexts without entities are left out.
    public var contexts: [ExpectedDecomposition.Context]
    /// How far the suggestion is from the current decomposition.
    public var comparison: ComparisonResult
    /// How many suggested contexts hold an entity of the current decomposition.
    public var suggestedContextCount: Int

    public init(contexts: [ExpectedDecomposition.Context], comparison: ComparisonResult, suggestedContextCount: Int) {
        self.contexts = contexts
        self.comparison = comparison
        self.suggestedContextCount = suggestedContextCount
    }

    /// What the MoJoFM says, in one sentence for the reports.
    ///
    /// Against one current context (the monolith as one context), every suggested context past the first is one
    /// join away from it and nothing needs to move, so MoJoFM = 100 × (1 − (k − 1) / (n − 1)) for k suggested
    /// contexts over n entities: it measures only how finely the suggestion splits the monolith, not how good the
    /// cut is (and the adjusted Rand index is 0 for any split of one context).
    public var meaning: String {
        let n = comparison.comparedEntityCount
        let k = suggestedContextCount
        guard contexts.count == 1, n > 1 else {
            return "MoJoFM (0–100) is how much of the current decomposition the suggestion keeps: 100 means the same "
                + "contexts, 0 as far from them as any grouping of these entities can be."
        }
        return "With one current context MoJoFM only measures how finely the suggestion splits it: "
            + "100 × (1 − (k − 1) / (n − 1)) for k suggested contexts over n entities, here k = \(k), n = \(n). "
            + "100 keeps everything in one context, 0 gives every entity a context of its own; the number does not "
            + "grade the cut, and the adjusted Rand index is 0 for any split of one context."
    }
}
