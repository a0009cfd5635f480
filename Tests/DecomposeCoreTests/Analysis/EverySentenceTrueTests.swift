import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

/// Every fact an explanation states is checked against the model it claims, independently of the rules that found
/// it: on every fixture and validation model in every format, and on random models. Each boundary sentence's
/// arithmetic is checked too: its parts add up to the weight it names, and the cost is the product it shows; so are
/// the joins of one-entity contexts, every context-map reason (`RelationshipChecker`) and the borderline findings.
@Suite struct EverySentenceTrueTests {
    /// Every model the repository holds, read as a user would (Service Cutter models with their user
    /// representations beside them when there are some).
    static func fixtureModels() throws -> [(name: String, model: DomainModel)] {
        let root = PackagePaths.fixture("")
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter {
                ["domain", "jdl", "cml"].contains($0.pathExtension) || $0.lastPathComponent.hasSuffix("_model.json")
            }
            .sorted { $0.path < $1.path }
        return try files.map { url in
            let text = try String(contentsOf: url, encoding: .utf8)
            let representations = URL(
                fileURLWithPath: url.path.replacingOccurrences(of: "_model.json", with: "_user_representations.json"))
            let userRepresentations =
                url.path.hasSuffix("_model.json")
                ? (try? String(contentsOf: representations, encoding: .utf8)).map { ($0, representations.path) } : nil
            let (model, diagnostics) = ModelReader.read(text, path: url.path, userRepresentations: userRepresentations)
            return (url.lastPathComponent, try #require(model, "\(url.path): \(diagnostics)"))
        }
    }

    @Test func everyFactOfEveryFixtureHoldsInItsModel() throws {
        let models = try Self.fixtureModels()
        #expect(models.count > 60)
        for (name, model) in models {
            check(model, name: name)
        }
    }

    @Test(arguments: 0..<40)
    func everyFactOfARandomModelHoldsInIt(seed: Int) throws {
        let text = RandomModel.text(seed: UInt64(seed))
        let (model, diagnostics) = ModelReader.read(text, path: "random-\(seed).domain")
        check(try #require(model, "\(diagnostics)\n\(text)"), name: "random model \(seed)")
    }

    private func check(_ model: DomainModel, name: String) {
        let result = ContextAnalyzer().analyze(model)
        for evidence in result.graph.evidence {
            if let problem = FactChecker(model).problem(with: evidence) {
                Issue.record("\(name): \"\(evidence.sentence(within: Set(model.entities.map(\.name))))\": \(problem)")
            }
        }
        for context in result.decomposition.contexts {
            for sentence in context.rationale where sentence.contains(" weigh ") {
                if let problem = BoundaryArithmetic.problem(in: sentence) {
                    Issue.record("\(name), \(context.name): \(problem): \(sentence)")
                }
            }
        }
        for context in result.decomposition.contexts {
            for sentence in context.rationale where sentence.contains(" is no service of its own") {
                if let problem = joinedProblem(sentence, context, result.graph) {
                    Issue.record("\(name), \(context.name): \(problem): \(sentence)")
                }
            }
        }
        let findingProblems = FindingChecker(model, result).problems()
        for problem in RelationshipChecker(model, result.decomposition).problems() + findingProblems {
            Issue.record("\(name): \(problem)")
        }
    }

    /// "X is no service of its own: the rest of this context pulls it W, more than the S of its own work": X is in
    /// the context with others, W is the weight between X and them, S is X's self-coupling, and W is more (or, "and no
    /// use case touches or writes only it", S is 0).
    private func joinedProblem(_ sentence: String, _ context: BoundedContext, _ graph: CouplingGraph) -> String? {
        let pattern =
            #"^(.+) is no service of its own: the rest of this context pulls it ([0-9.]+), (?:more than the ([0-9.]+) of its own work \(the use cases that touch or write only it\)|and no use case touches or writes only it)$"#
        guard let match = sentence.firstMatch(of: try! Regex(pattern)), let name = match.output[1].substring,
            let pull = match.output[2].substring.flatMap({ Double($0) }),
            let entity = graph.names.firstIndex(of: String(name))
        else { return "unreadable" }
        let others = context.entities.filter { $0 != String(name) }.compactMap { graph.names.firstIndex(of: $0) }
        guard context.entities.contains(String(name)), !others.isEmpty else { return "\(name) is not with others" }
        let weight = others.reduce(0) { $0 + graph.weight(entity, $1) }
        let own = graph.weight(entity, entity)
        // Shown to two decimals, summed maybe in another order: a half-hundredth either way is the same number.
        if abs(weight - pull) > 0.0051 { return "the pull is \(weight)" }
        let stated = match.output[3].substring.flatMap { Double($0) } ?? 0
        if abs(own - stated) > 0.0051 { return "its own work weighs \(own)" }
        return weight > own ? nil : "the pull \(weight) is not more than \(own)"
    }
}

/// Checks one fact against the model, from the model's own declarations.
struct FactChecker {
    let model: DomainModel
    let entities: [String: Entity]

    init(_ model: DomainModel) {
        self.model = model
        entities = Dictionary(model.entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Why the fact does not hold, or nil when it does.
    func problem(with evidence: CouplingEvidence) -> String? {
        switch evidence {
        case .aggregateMember(let aggregate, let member):
            return model.aggregates.contains { $0.name == aggregate && $0.members.contains(member) }
                ? nil : "no aggregate \(aggregate) holds \(member)"
        case .inheritance(let child, let parent):
            return entities[child]?.parent == parent ? nil : "\(child) does not extend \(parent)"
        case .dependentRecord(let record, let field, let owner):
            guard let entity = entities[record] else { return "no entity \(record)" }
            if entity.fields.contains(where: \.isIdentity) || entity.fields.contains(where: { $0.name == "id" }) {
                return "\(record) has an identity of its own"
            }
            let targets = Set(entity.fields.compactMap(Self.referenceTarget))
            guard targets == [owner] else { return "\(record) refers to \(targets.sorted()), not only \(owner)" }
            return entity.fields.contains { $0.name == field && Self.referenceTarget($0) == owner }
                ? nil : "\(record).\(field) does not refer to \(owner)"
        case .companion(let companion, let field, let owner):
            let found = entities[companion]?.fields.first { $0.name == field }
            guard let found, case .reference(let target) = found.kind, target == owner else {
                return "\(companion).\(field) is no reference to \(owner)"
            }
            return found.isUnique && !found.type.isList ? nil : "\(companion).\(field) is not unique"
        case .lookupData(let lookup, let owner):
            return lookupProblem(lookup, owner)
        case .useCase(let name, let writes, let reads, let isLatencyCritical):
            guard let useCase = model.useCases.first(where: { $0.name == name }) else { return "no use case \(name)" }
            let written = Self.distinct(useCase.writes.map(\.entity)).filter { entities[$0] != nil }
            let read = Self.distinct(useCase.reads.map(\.entity)).filter {
                entities[$0] != nil && !written.contains($0)
            }
            if written != writes { return "\(name) writes \(written), not \(writes)" }
            if read != reads { return "\(name) reads \(read), not \(reads)" }
            return useCase.isLatencyCritical == isLatencyCritical ? nil : "\(name)'s latency is misstated"
        case .eventFlow(let emitter, let event, let handler):
            let emits = model.useCases.contains { $0.name == emitter && $0.emits.contains { $0.name == event } }
            let handles = model.useCases.contains { $0.name == handler && $0.handles.contains { $0.name == event } }
            return emits && handles ? nil : "\(emitter) does not emit \(event), or \(handler) does not handle it"
        case .reference(let from, let field, let to, let byId):
            let found = entities[from]?.fields.first { $0.name == field }
            switch found?.kind {
            case .reference(let target)? where !byId && target == to: return nil
            case .idReference(let target)? where byId && target == to: return nil
            default: return "\(from).\(field) is no \(byId ? "id " : "")reference to \(to)"
            }
        case .owner(let team, let owned):
            let others = owned.filter { entities[$0]?.owner != team }
            return others.isEmpty ? nil : "\(others) are not owned by \(team)"
        case .nameStem(let stem, let named):
            let spellings = stem.lowercased().split(separator: "/")
            let others = named.filter { name in !spellings.contains { name.lowercased().contains($0) } }
            return others.isEmpty ? nil : "\(others) do not contain \(stem)"
        case .characteristics(let first, let second, let similar, let conflicting):
            guard let a = entities[first]?.characteristics, let b = entities[second]?.characteristics else {
                return "no entity \(first) or \(second)"
            }
            for claim in similar {
                let words = claim.split(separator: " ").map(String.init)
                if words.first == "storage" {
                    if a.storage?.rawValue != words.last || b.storage?.rawValue != words.last { return "not \(claim)" }
                } else if let kind = CharacteristicKind(rawValue: words[0]) {
                    let levels = [kind.level(in: a), kind.level(in: b)].map { $0.map(kind.word(for:)) }
                    if levels != [words.last, words.last] { return "not both \(claim)" }
                } else {
                    return "unknown characteristic in \(claim)"
                }
            }
            for claim in conflicting {
                let words = claim.split(separator: " ").map(String.init)
                guard words.count == 4, words[2] == "vs" else { return "unreadable conflict \(claim)" }
                if words[0] == "storage" {
                    if a.storage?.rawValue != words[1] || b.storage?.rawValue != words[3] { return "not \(claim)" }
                } else if let kind = CharacteristicKind(rawValue: words[0]) {
                    let levels = [kind.level(in: a), kind.level(in: b)].map { $0.map(kind.word(for:)) }
                    if levels != [words[1], words[3]] { return "not \(claim)" }
                } else {
                    return "unknown characteristic in \(claim)"
                }
            }
            return nil
        }
    }

    /// "X is lookup data reached only through Y: no use case writes it or reads it alone": the model has use
    /// cases, none writes X or reads it alone, and every reference between X's list (the unserved entities
    /// linked to it by references) and any other entity has Y at the other end, at least one from Y.
    private func lookupProblem(_ lookup: String, _ owner: String) -> String? {
        if model.useCases.isEmpty { return "the model has no use cases" }
        func served(_ name: String) -> Bool {
            model.useCases.contains { useCase in
                useCase.writes.contains { $0.entity == name }
                    || (useCase.writes.isEmpty && Set(useCase.reads.map(\.entity)) == [name])
            } || !standsAlone(name) || isAssociation(name)
        }
        if served(lookup) { return "a use case writes \(lookup) or reads it alone, or it has a lifecycle to follow" }
        let references = model.entities.flatMap { entity in
            entity.fields.compactMap(Self.referenceTarget).filter { entities[$0] != nil && $0 != entity.name }
                .map { (from: entity.name, to: $0) }
        }
        var list: Set<String> = [lookup]
        var changed = true
        while changed {
            changed = false
            for (from, to) in references where !served(from) && !served(to) {
                if list.contains(from) != list.contains(to) {
                    list.formUnion([from, to])
                    changed = true
                }
            }
        }
        let crossing = references.filter { list.contains($0.from) != list.contains($0.to) }
        if let other = crossing.first(where: { $0.from != owner && $0.to != owner }) {
            return "\(lookup)'s list is also reached from \(list.contains(other.from) ? other.to : other.from)"
        }
        return crossing.contains { $0.from == owner } ? nil : "\(owner) does not refer to \(lookup)'s list"
    }

    /// Refers by single references to two or more other entities: it records facts between them, no lookup value.
    private func isAssociation(_ name: String) -> Bool {
        let fields = entities[name]?.fields.filter { !$0.type.isList } ?? []
        let targets = Set(fields.compactMap(Self.referenceTarget).filter { entities[$0] != nil && $0 != name })
        return targets.count > 1
    }

    /// Outside any aggregate of several entities and any hierarchy.
    private func standsAlone(_ name: String) -> Bool {
        !model.aggregates.contains { $0.members.count > 1 && $0.members.contains(name) }
            && entities[name]?.parent == nil && !model.entities.contains { $0.parent == name }
    }

    static func referenceTarget(_ field: Field) -> String? {
        switch field.kind {
        case .reference(let target), .idReference(let target): target
        default: nil
        }
    }

    static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

/// The arithmetic of a boundary sentence: `their couplings weigh W (fact, a; fact, b; other couplings, c)` adds
/// up, and `the C that joining would cost (resolution r × strengths x × y / 2m d)` is that product, compared the
/// right way round.
enum BoundaryArithmetic {
    static func problem(in sentence: String) -> String? {
        guard let weighStart = sentence.range(of: "their couplings weigh ") else { return nil }
        let afterWeigh = sentence[weighStart.upperBound...]
        guard let open = afterWeigh.firstIndex(of: " "), let weight = Double(afterWeigh[..<open]) else {
            return "no weight"
        }
        // The parts list runs to the parenthesis that closes it (fact sentences may hold parentheses of their own).
        var depth = 0
        var end = afterWeigh.index(after: open)
        for index in afterWeigh.indices[afterWeigh.index(after: open)...] {
            if afterWeigh[index] == "(" { depth += 1 }
            if afterWeigh[index] == ")" {
                depth -= 1
                if depth == 0 {
                    end = index
                    break
                }
            }
        }
        let parts = afterWeigh[afterWeigh.index(open, offsetBy: 2)..<end].components(separatedBy: "; ")
        let numbers = parts.compactMap { part in
            part.split(separator: ",").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard numbers.count == parts.count else { return "a part without its weight" }
        let sum = numbers.reduce(0, +)
        if abs(sum - weight) > 0.006 * Double(parts.count + 1) { return "the parts add up to \(sum), not \(weight)" }
        guard
            let costRange = sentence.range(
                of:
                    #"the ([0-9.]+) that joining would cost \(resolution ([0-9.]+) × strengths ([0-9.]+) × ([0-9.]+) / 2m ([0-9.]+)\)"#,
                options: .regularExpression)
        else {
            return sentence.contains("by a constraint") || sentence.contains("nothing couples") ? nil : "no cost"
        }
        let numbersOfCost = sentence[costRange].split(whereSeparator: { !"0123456789.".contains($0) }).compactMap {
            Double($0)
        }
        guard numbersOfCost.count == 6 else { return "unreadable cost" }
        let (cost, resolution, a, b, doubled) = (
            numbersOfCost[0], numbersOfCost[1], numbersOfCost[2], numbersOfCost[3], numbersOfCost[5]
        )
        let product = resolution * a * b / doubled
        if abs(product - cost) > 0.01 + 0.01 * cost { return "the cost \(cost) is not \(product)" }
        if sentence.contains("less than the") && weight > cost + 0.01 { return "\(weight) is not less than \(cost)" }
        if sentence.contains("more than the") && weight < cost - 0.01 { return "\(weight) is not more than \(cost)" }
        return nil
    }
}

/// A random model in the domain language: entities referring to each other, aggregates, owners, use cases
/// reading and writing them, events between use cases, characteristics.
enum RandomModel {
    static func text(seed: UInt64) -> String {
        var random = SplitMix64(seed: seed &+ 1)
        let count = Int.random(in: 4...18, using: &random)
        let names = (0..<count).map { "E\($0)" + ["Order", "Item", "Stock", "Note", "Price"][$0 % 5] }
        let teams = ["Sales", "Ops", "Finance"]
        var lines = ["system Random\(seed)", "team " + teams.joined(separator: ", ")]
        var composed: Set<String> = []
        for (index, name) in names.enumerated() {
            var fields = Bool.random(using: &random) || index % 4 != 3 ? ["id: UUID"] : []
            fields.append("label: String")
            for other in names.indices where other != index && Int.random(in: 0..<6, using: &random) == 0 {
                fields.append(
                    Bool.random(using: &random) ? "ref\(other) -> \(names[other])" : "ref\(other)Id: UUID")
            }
            if index + 1 < count, !composed.contains(names[index + 1]), Int.random(in: 0..<5, using: &random) == 0 {
                fields.append("parts: [\(names[index + 1])]")
                composed.insert(names[index + 1])
            }
            var options = ""
            if Bool.random(using: &random) { options += " owned-by \(teams[Int.random(in: 0..<3, using: &random)])" }
            if Int.random(in: 0..<3, using: &random) == 0 {
                options += " availability " + ["low", "normal", "critical"][Int.random(in: 0..<3, using: &random)]
            }
            lines.append("entity \(name)\(options) { \(fields.joined(separator: ", ")) }")
        }
        let useCaseCount = seed % 5 == 0 ? 0 : Int.random(in: 1...10, using: &random)
        lines.append("event Happened { at: DateTime }")
        for number in 0..<useCaseCount {
            let writes = names.filter { _ in Int.random(in: 0..<5, using: &random) == 0 }
            let reads = names.filter { _ in Int.random(in: 0..<6, using: &random) == 0 }
            var clauses: [String] = []
            if !reads.isEmpty { clauses.append("reads " + reads.joined(separator: ", ")) }
            if !writes.isEmpty { clauses.append("writes " + writes.joined(separator: ", ")) }
            if number % 3 == 0 {
                clauses.append("emits Happened")
            } else if number % 3 == 1 {
                clauses.append("on Happened")
            }
            let kind = writes.isEmpty ? "query" : "command"
            let latency = Int.random(in: 0..<4, using: &random) == 0 ? " latency-critical" : ""
            lines.append("\(kind) U\(number)\(latency) {\n  " + clauses.joined(separator: "\n  ") + "\n}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
