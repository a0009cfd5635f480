import Foundation

@testable import DecomposeCore

/// Checks every finding against the model and the decomposition it speaks of, worked out again from them: a cycle
/// is a cycle of dependencies the model states, a count is the count, the context a lone entity should join pulls it
/// most, a widely referenced entity is used from exactly the contexts listed, a constraint conflict's use case
/// writes both entities, and the pulls of a borderline entity or a lone one are the graph's weights. A finding of a
/// kind it does not know is a problem too.
struct FindingChecker {
    let model: DomainModel
    let result: AnalysisResult
    private let decomposition: Decomposition
    private let contextOf: [String: String]
    private let relationships: RelationshipChecker

    init(_ model: DomainModel, _ result: AnalysisResult) {
        self.model = model
        self.result = result
        decomposition = result.decomposition
        contextOf = Dictionary(
            decomposition.contexts.flatMap { context in context.entities.map { ($0, context.name) } },
            uniquingKeysWith: { a, _ in a })
        relationships = RelationshipChecker(model, result.decomposition)
    }

    func problems() -> [String] {
        let known: Set<Finding.Kind> = [
            .cycle, .oversizedContext, .singleEntityContext, .widelyReferenced, .borderlineEntity,
            .constraintConflict,
        ]
        let unknown = decomposition.findings.filter { !known.contains($0.kind) }.map {
            "unchecked finding: \($0.message)"
        }
        return unknown + cycleProblems() + oversizedProblems() + singleEntityProblems() + widelyReferencedProblems()
            + conflictProblems() + borderlineProblems() + ownWorkProblems()
    }

    /// "A, B and C depend on each other in a cycle.": every listed context reaches every other through dependencies
    /// among them.
    private func cycleProblems() -> [String] {
        decomposition.findings.filter { $0.kind == .cycle }.compactMap { finding in
            let names = finding.subject.components(separatedBy: ", ")
            guard names.count > 1, finding.message == "\(Phrase.list(names)) depend on each other in a cycle." else {
                return "unreadable cycle: \(finding.message)"
            }
            for start in names {
                var reached: Set<String> = [start]
                var frontier = [start]
                while let next = frontier.popLast() {
                    for other in names where !reached.contains(other) && relationships.depends(next, on: other) {
                        reached.insert(other)
                        frontier.append(other)
                    }
                }
                if reached.count != names.count {
                    return "\(finding.message): \(start) reaches only \(reached.sorted())"
                }
            }
            return nil
        }
    }

    /// "X holds n of N entities (more than L).": the counts are the decomposition's.
    private func oversizedProblems() -> [String] {
        decomposition.findings.filter { $0.kind == .oversizedContext }.compactMap { finding in
            guard
                let match = finding.message.firstMatch(
                    of: /^(.+) holds ([0-9]+) of ([0-9]+) entities \(more than ([0-9]+)\)\.$/),
                let held = Int(match.output.2), let total = Int(match.output.3), let limit = Int(match.output.4)
            else { return "unreadable: \(finding.message)" }
            let size = decomposition.contexts.first { $0.name == String(match.output.1) }?.entities.count
            return size == held && total == model.entities.count && held > limit
                ? nil : "\(finding.message): \(size ?? 0)"
        }
    }

    /// "X holds only E." and "Consider merging it into Y, which pulls it most": X is E alone and Y pulls E most; or
    /// "Nothing couples it": nothing does.
    private func singleEntityProblems() -> [String] {
        decomposition.findings.filter { $0.kind == .singleEntityContext }.compactMap { finding in
            guard let context = decomposition.contexts.first(where: { $0.name == finding.subject }),
                context.entities.count == 1, finding.message == "\(context.name) holds only \(context.entities[0]).",
                let entity = result.graph.names.firstIndex(of: context.entities[0])
            else { return "\(finding.message): the context is not one entity" }
            let pulls = self.pulls(on: entity, from: context.name)
            let strongest = pulls.values.max() ?? 0
            if finding.suggestion.hasPrefix("Nothing couples it") {
                return strongest > 0 ? "\(finding.suggestion): pulls \(pulls)" : nil
            }
            guard let match = finding.suggestion.firstMatch(of: /^Consider merging it into (.+), which pulls it most/)
            else {
                return finding.suggestion.hasPrefix("Its own work") ? nil : "unreadable: \(finding.suggestion)"
            }
            let named = pulls[String(match.output.1)] ?? 0
            return named > 0 && named >= strongest - 0.0051 ? nil : "\(finding.suggestion): pulls \(pulls)"
        }
    }

    /// "E is referenced or read from n other contexts: A, B.": exactly those contexts refer to E or read or write it
    /// from home.
    private func widelyReferencedProblems() -> [String] {
        decomposition.findings.filter { $0.kind == .widelyReferenced }.compactMap { finding in
            guard
                let match = finding.message.firstMatch(
                    of: /^(.+) is referenced or read from ([0-9]+) other contexts: (.+)\.$/)
            else { return "unreadable: \(finding.message)" }
            let entity = String(match.output.1)
            let listed = Set(
                String(match.output.3).replacingOccurrences(of: " and ", with: ", ").components(separatedBy: ", "))
            let users = Set(
                decomposition.contexts.map(\.name).filter {
                    $0 != contextOf[entity]
                        && relationships.entitiesUsed(by: $0, of: contextOf[entity] ?? "").contains(entity)
                })
            return users == listed && Int(match.output.2) == users.count
                ? nil : "\(finding.message): used from \(users.sorted())"
        }
    }

    /// "U writes A and B, which a zone, pin or keep-apart puts in different contexts.": U writes both, and they are in
    /// different contexts.
    private func conflictProblems() -> [String] {
        decomposition.findings.filter { $0.kind == .constraintConflict }.compactMap { finding in
            guard
                let match = finding.message.firstMatch(
                    of: /^(.+) writes (.+) and (.+), which a zone, pin or keep-apart puts in different contexts\.$/)
            else {
                // The other constraint conflicts (a requested count, contradicting constraints) name no use case.
                return model.useCases.contains { $0.name == finding.subject } ? "unreadable: \(finding.message)" : nil
            }
            guard let useCase = model.useCases.first(where: { $0.name == String(match.output.1) }) else {
                return "no use case \(match.output.1)"
            }
            let (a, b) = (String(match.output.2), String(match.output.3))
            let written = Set(useCase.writes.map(\.entity))
            let unitWritten = { (name: String) in
                let members = result.partition.units[
                    result.partition.unitOfEntity[result.graph.names.firstIndex(of: name) ?? 0]
                ].members
                return members.contains { written.contains(result.graph.names[$0]) }
            }
            guard unitWritten(a), unitWritten(b) else { return "\(finding.message): not both written" }
            return contextOf[a] != contextOf[b] ? nil : "\(finding.message): the same context"
        }
    }

    /// The weight between `entity` and each other context's entities.
    private func pulls(on entity: Int, from own: String) -> [String: Double] {
        var pulls: [String: Double] = [:]
        for context in decomposition.contexts where context.name != own {
            let weight = context.entities.compactMap { result.graph.names.firstIndex(of: $0) }
                .reduce(0) { $0 + result.graph.weight(entity, $1) }
            if weight > 0 { pulls[context.name] = weight }
        }
        return pulls
    }

    /// "Its own work (S, …) is no less than the pull of X, the context that pulls it most (W)": S is the lone
    /// entity's self-coupling, W its weight toward X, and no other context pulls it more.
    private func ownWorkProblems() -> [String] {
        let graph = result.graph
        return result.decomposition.findings.filter { $0.kind == .singleEntityContext }.compactMap { finding in
            guard finding.suggestion.hasPrefix("Its own work") else { return nil }
            let pattern =
                #"^Its own work \(([0-9.]+), the use cases that touch or write only it\) is no less than the pull of (.+), the context that pulls it most \(([0-9.]+)\):"#
            guard let match = finding.suggestion.firstMatch(of: try! Regex(pattern)),
                let own = match.output[1].substring.flatMap({ Double($0) }),
                let other = match.output[2].substring, let pull = match.output[3].substring.flatMap({ Double($0) }),
                let context = result.decomposition.contexts.first(where: { $0.name == finding.subject }),
                context.entities.count == 1, let entity = graph.names.firstIndex(of: context.entities[0])
            else { return "unreadable finding: \(finding.suggestion)" }
            var pulls: [String: Double] = [:]
            for neighbour in result.decomposition.contexts where neighbour.name != context.name {
                pulls[neighbour.name] = neighbour.entities.compactMap { graph.names.firstIndex(of: $0) }
                    .reduce(0) { $0 + graph.weight(entity, $1) }
            }
            if abs(graph.weight(entity, entity) - own) > 0.0051 || abs((pulls[String(other)] ?? 0) - pull) > 0.0051 {
                return "\(finding.suggestion): the numbers are \(graph.weight(entity, entity)) and \(pulls)"
            }
            if pulls.values.contains(where: { $0 > pull + 0.0051 }) { return "\(other) is not the strongest: \(pulls)" }
            return own >= pull ? nil : "\(finding.suggestion): the own work is less"
        }
    }

    /// A borderline finding's two pulls are the weights between its unit (the entity and those that stay with it)
    /// and the entities of those contexts, and the unit is in the context it calls its own.
    private func borderlineProblems() -> [String] {
        let graph = result.graph
        let contextOf = Dictionary(
            result.decomposition.contexts.flatMap { context in context.entities.map { ($0, context.name) } },
            uniquingKeysWith: { a, _ in a })
        return result.decomposition.findings.filter { $0.kind == .borderlineEntity }.compactMap { finding in
            let pattern =
                #"pulled toward (.+) \(([-0-9.]+)\) (?:more than|almost as much as) toward its own context (.+) \(([-0-9.]+)\)\.$"#
            guard let match = finding.message.firstMatch(of: try! Regex(pattern)),
                let other = match.output[1].substring, let otherPull = match.output[2].substring,
                let own = match.output[3].substring, let ownPull = match.output[4].substring,
                let position = graph.names.firstIndex(of: finding.subject)
            else { return "unreadable finding: \(finding.message)" }
            let unit = result.partition.units[result.partition.unitOfEntity[position]].members
            let inside = Set(unit)
            var pulls: [String: Double] = [:]
            for member in unit {
                for outsider in graph.names.indices where !inside.contains(outsider) {
                    let weight = graph.weight(member, outsider)
                    if weight > 0 { pulls[contextOf[graph.names[outsider]] ?? "", default: 0] += weight }
                }
            }
            if Phrase.number(pulls[String(other)] ?? 0) != String(otherPull)
                || Phrase.number(pulls[String(own)] ?? 0) != String(ownPull)
            {
                return "\(finding.message) does not match the unit's pulls \(pulls)"
            }
            if unit.count > 1, !unit.allSatisfy({ finding.message.contains(graph.names[$0]) }) {
                return "\(finding.message) does not name the entities that stay with \(finding.subject)"
            }
            return contextOf[finding.subject] == String(own) ? nil : "\(finding.subject) is not in \(own)"
        }
    }
}
