/// A context-map relationship as written, checked against Context Mapper's rules for roles.
///
/// Arrows point from upstream to downstream (`A [U]->[D] B`: A is upstream). Upstream roles are U, S
/// (supplier), OHS and PL; downstream roles are D, C (customer), ACL and CF. `<->` is symmetric and takes SK
/// or P on both sides. The keyword forms say the same: Customer-Supplier and Downstream-Upstream put the
/// downstream first, Supplier-Customer and Upstream-Downstream the upstream; Shared-Kernel and Partnership
/// are symmetric.
struct CMLRelationship {
    /// Which side is upstream.
    enum Direction {
        case leftUpstream, rightUpstream, symmetric(role: String?)

        /// The direction a connector (`->`, `<-`, `<->` or a keyword) gives.
        init?(connector: String) {
            switch connector {
            case "->", "Upstream-Downstream", "Supplier-Customer": self = .leftUpstream
            case "<-", "Downstream-Upstream", "Customer-Supplier": self = .rightUpstream
            case "<->": self = .symmetric(role: nil)
            case "Shared-Kernel": self = .symmetric(role: "SK")
            case "Partnership": self = .symmetric(role: "P")
            default: return nil
            }
        }
    }

    static let upstreamRoles: Set<String> = ["U", "S", "OHS", "PL"]
    static let downstreamRoles: Set<String> = ["D", "C", "ACL", "CF"]
    static let symmetricRoles: Set<String> = ["SK", "P"]
    static let knownRoles = upstreamRoles.union(downstreamRoles).union(symmetricRoles)

    let direction: Direction
    let leftRoles: [String]
    let rightRoles: [String]

    /// What is wrong with the roles, one message per problem (empty when valid).
    func problems() -> [String] {
        switch direction {
        case .leftUpstream:
            misplaced(leftRoles, allowed: Self.upstreamRoles, side: "upstream")
                + misplaced(rightRoles, allowed: Self.downstreamRoles, side: "downstream")
        case .rightUpstream:
            misplaced(leftRoles, allowed: Self.downstreamRoles, side: "downstream")
                + misplaced(rightRoles, allowed: Self.upstreamRoles, side: "upstream")
        case .symmetric(let role):
            symmetricProblems(keywordRole: role)
        }
    }

    private func symmetricProblems(keywordRole: String?) -> [String] {
        var problems =
            misplaced(leftRoles, allowed: Self.symmetricRoles, side: "symmetric")
            + misplaced(rightRoles, allowed: Self.symmetricRoles, side: "symmetric")
        guard problems.isEmpty else { return problems }
        let roles = Set(leftRoles + rightRoles)
        if roles.count > 1 {
            problems.append("a symmetric relationship is either a Shared Kernel [SK] or a Partnership [P], not both")
        } else if keywordRole == nil && roles.isEmpty {
            problems.append("'<->' needs [SK] or [P] on both sides")
        } else if keywordRole == nil && (leftRoles.isEmpty || rightRoles.isEmpty) {
            problems.append("'<->' needs the same role ([SK] or [P]) on both sides")
        } else if let keywordRole, let role = roles.first, role != keywordRole {
            problems.append("[\(role)] contradicts the relationship keyword, which means [\(keywordRole)]")
        }
        return problems
    }

    private func misplaced(_ roles: [String], allowed: Set<String>, side: String) -> [String] {
        roles.filter { !allowed.contains($0) }.map { "[\($0)] cannot be on the \(side) side of this relationship" }
    }
}
