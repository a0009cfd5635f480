import Testing

@testable import DecomposeCore

/// Properties over many generated sources: `parse(print(M)) == M`, print idempotence, build idempotence.
@Suite struct DomainRoundTripPropertyTests {
    /// Writes random but well-formed domain text, using every construct in varied layouts.
    private struct SourceGenerator {
        var random: SplitMix64
        let names = ["A", "Order", "line_2", "_x", "Customer", "value", "size", "Ärger"]

        mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        mutating func name() -> String { pick(names) + (chance(50) ? String(random.next() % 5) : "") }
        mutating func separator() -> String { pick([", ", ",\n  ", "\n  ", " , "]) }
        mutating func doc(_ indent: String = "") -> String {
            chance(30) ? indent + "/// " + pick(["Doc.", "Two  spaces", "", "with \"quotes\""]) + "\n" : ""
        }

        mutating func type() -> String {
            let base = pick(ScalarType.allCases.map(\.rawValue) + names)
            return (chance(30) ? "[\(base)]" : base) + (chance(30) ? "?" : "")
        }

        mutating func field() -> String {
            let modifiers = (chance(20) ? " unique" : "") + (chance(10) ? " identity" : "")
            return doc("  ") + name() + (chance(30) ? " -> " : ": ") + type() + modifiers
        }

        mutating func fields() -> String {
            let count = Int(random.next() % 4)
            guard count > 0 else { return "{}" }
            return "{\n  " + (0..<count).map { _ in field() }.joined(separator: separator()) + "\n}"
        }

        mutating func header() -> String {
            var words: [String] = []
            if chance(30) { words += ["owned-by", name()] }
            for kind in CharacteristicKind.allCases where chance(15) {
                words += [kind.rawValue, pick(kind.levelWords)]
            }
            if chance(15) { words += ["storage", pick(StorageKind.allCases.map(\.rawValue))] }
            return words.shuffled(using: &random).isEmpty ? "" : " " + words.joined(separator: " ")
        }

        mutating func names(_ count: Int) -> String { (0..<max(1, count)).map { _ in name() }.joined(separator: ", ") }

        mutating func declaration() -> String {
            switch random.next() % 13 {
            case 0: return doc() + "system \(name())" + (chance(50) ? " \"summary \\\\ \\\"x\\\"\"" : "")
            case 1: return doc() + "team " + names(Int(random.next() % 3))
            case 2: return doc() + "enum \(name()) { " + names(Int(random.next() % 4)) + " }"
            case 3: return doc() + "value \(name()) " + fields()
            case 4:
                return doc() + "entity \(name())" + (chance(20) ? " extends \(name())" : "") + header() + " " + fields()
            case 5:
                let members = (0..<Int(random.next() % 3)).map { _ in
                    doc("  ") + "  entity \(name())\(header()) " + fields().replacingOccurrences("\n", "\n  ")
                }
                let root = doc("  ") + "  root \(name()) " + fields().replacingOccurrences("\n", "\n  ")
                var body = members
                body.insert(root, at: Int(random.next() % UInt64(body.count + 1)))
                return doc() + "aggregate \(name())\(header()) {\n" + body.joined(separator: "\n") + "\n}"
            case 6: return doc() + "event \(name()) " + fields()
            case 7:
                let clauses = ["reads", "writes", "emits", "on"].filter { _ in chance(50) }.map { clause in
                    "  \(clause) "
                        + (0..<Int(1 + random.next() % 3)).map { _ in
                            clause.hasSuffix("s") && clause != "emits" && chance(30) ? "\(name()).\(name())" : name()
                        }.joined(separator: ", ")
                }
                let header = (chance(50) ? " by \(name())" : "") + (chance(30) ? " latency-critical" : "")
                return doc() + pick(["usecase", "command", "query"]) + " \(name())\(header) {\n"
                    + clauses.joined(separator: "\n") + "\n}"
            case 8: return doc() + "zone \(name()) { " + names(Int(random.next() % 3)) + " }"
            case 9: return doc() + "keep-apart " + names(2)
            case 10: return doc() + "keep-together " + names(3)
            case 11: return doc() + "pin " + names(2) + " to \(name())"
            default:
                let values = ["no", "docker-compose", "8080", "\"a b\"", "\"x\\\\y\"", "\"\""]
                let options = (0..<Int(random.next() % 4)).map { _ in
                    name() + ": "
                        + (chance(40)
                            ? "["
                                + (0..<Int(random.next() % 3)).map { _ in pick(values) }.joined(separator: separator())
                                + "]"
                            : pick(values))
                }
                let type = pick(["docker-compose", "kubernetes", "\"open shift\""])
                return doc() + "deployment \(type) "
                    + (options.isEmpty ? "{}" : "{\n  " + options.joined(separator: separator()) + "\n}")
            }
        }

        mutating func source() -> String {
            var seenSystem = false
            return (0..<Int(random.next() % 10)).compactMap { _ -> String? in
                let declaration = declaration()
                if declaration.contains("system ") && !declaration.contains("{") {
                    if seenSystem { return nil }
                    seenSystem = true
                }
                return declaration
            }.joined(separator: pick(["\n", "\n\n", "\n// comment\n"]))
        }
    }

    @Test func generatedSourcesRoundTrip() {
        var generator = SourceGenerator(random: SplitMix64(seed: 2026))
        for _ in 0..<300 {
            let text = generator.source()
            let (model, diagnostics) = DomainParser().parse(text, path: "g.domain")
            #expect(diagnostics.isEmpty, "\(diagnostics)\n\(text)")
            let printed = DomainPrinter().print(model)
            let reread = DomainParser().parse(printed, path: "p.domain")
            #expect(reread.diagnostics.isEmpty, "\(reread.diagnostics)\n\(printed)")
            #expect(reread.model.withoutLocations() == model.withoutLocations(), "\(text)\n---\n\(printed)")
            #expect(DomainPrinter().print(reread.model) == printed)
            let built = ModelBuilder().build(model)
            let rebuilt = ModelBuilder().build(built.model)
            #expect(rebuilt.model == built.model, "\(text)")
            #expect(rebuilt.diagnostics.map(\.id) == built.diagnostics.map(\.id), "\(text)")
        }
    }

    @Test func printingIsIdempotentEvenForBrokenSources() {
        let pieces = [
            "entity", "aggregate", "root", "{", "}", "[", "]", ":", "->", ",", "?", ".", "A", "b", "\n", "usecase",
            "reads", "pin", "to", "zone", "owned-by", "size", "huge", "\"s\"", "///d\n", "enum", "team", "unique",
        ]
        var random = SplitMix64(seed: 99)
        for _ in 0..<300 {
            let text = (0..<Int(random.next() % 50)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: " ")
            let printed = DomainPrinter().print(DomainParser().parse(text, path: "s.domain").model)
            #expect(DomainPrinter().print(DomainParser().parse(printed, path: "p.domain").model) == printed, "\(text)")
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
