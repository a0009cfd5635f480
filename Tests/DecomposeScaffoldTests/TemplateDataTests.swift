import DecomposeTestSupport
import Foundation
import TemplateEngine
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The data every template receives is the public contract of `scaffold --templates`; the article TemplateData
/// documents it key by key. These tests build the scaffolds of the bundled models with both frameworks and hold
/// the article to the data: every key built is documented with its type, and every documented key is built.
@Suite struct TemplateDataTests {
    /// The article's table for each group of templates, by the start of its heading.
    static let headings = [
        "service": "Every service file", "workspace": "The workspace", "decomposition": "The decomposition file",
        "chassis": "The chassis",
    ]

    /// A list documented as having the items of another list (`firstResource` is `resources` cut to one item).
    static let sameItems = ["firstResource": "resources"]

    /// Every key path built for the bundled models, by group, with the kinds of value seen there.
    static let built: [String: [String: Set<String>]] = {
        var groups: [String: [String: Set<String>]] = [:]
        for fixture in ["ecommerce.domain", "fintech.domain", "validation/eshop-on-abp.domain"] {
            guard let text = try? String(contentsOf: PackagePaths.fixture(fixture), encoding: .utf8),
                let model = ModelReader.read(text, path: fixture).model
            else { continue }
            let decomposition = ContextAnalyzer().analyze(model).decomposition
            for framework in [Framework.hummingbird, .vapor] {
                let plan = ScaffoldPlanner(options: ScaffoldOptions(framework: framework)).plan(
                    model: model, decomposition: decomposition)
                for file in plan.files {
                    collect(file.data, at: "", into: &groups[group(of: file.template), default: [:]])
                }
            }
        }
        return groups
    }()

    /// The documented rows by group: key path → (type, meaning).
    static func documented() throws -> [String: [String: (type: String, meaning: String)]] {
        let article = try ArticleTables(article: "TemplateData")
        var groups: [String: [String: (type: String, meaning: String)]] = [:]
        for (group, heading) in headings {
            let tables = article.tables.filter { $0.heading.hasPrefix(heading) }
            #expect(tables.count == 1, "one table under '\(heading)…'")
            for row in tables.first?.rows ?? [] {
                guard row.count == 3, let key = ArticleTables.code(row[0]) else {
                    Issue.record("malformed row under '\(heading)': \(row)")
                    continue
                }
                #expect(groups[group]?[key] == nil, "'\(key)' documented twice")
                groups[group, default: [:]][key] = (row[1], row[2])
            }
        }
        return groups
    }

    @Test func everyBuiltKeyIsDocumentedWithItsType() throws {
        let documented = try Self.documented()
        #expect(Set(Self.built.keys) == Set(Self.headings.keys))
        for (group, keys) in Self.built {
            for (key, kinds) in keys.sorted(by: { $0.key < $1.key }) where Self.documentedThrough(key) == nil {
                guard let row = documented[group]?[key] else {
                    Issue.record("template data '\(key)' (\(group)) is not in TemplateData.md")
                    continue
                }
                #expect(
                    kinds.subtracting(["null"]) == [row.type], "'\(key)' is \(kinds.sorted()), documented \(row.type)")
            }
        }
    }

    @Test func everyDocumentedKeyIsBuilt() throws {
        for (group, rows) in try Self.documented() {
            for key in rows.keys.sorted() {
                #expect(Self.built[group]?[key] != nil, "TemplateData.md documents '\(key)' (\(group)), never built")
            }
        }
    }

    @Test func listsDocumentedAsAnotherListsItemsHaveItsKeys() throws {
        let documented = try Self.documented()
        let service = try #require(Self.built["service"])
        for (list, other) in Self.sameItems {
            let meaning = try #require(documented["service"]?[list]?.meaning)
            #expect(meaning.contains("its items have the keys of `\(other)[]`"))
            for key in service.keys where key.hasPrefix(list + "[].") {
                #expect(service[other + "[]." + key.dropFirst(list.count + 3)] != nil, "\(key) has no \(other)[] twin")
            }
        }
    }

    /// The list `key` is documented through (`firstResource[].name` through `resources[]`), if any.
    static func documentedThrough(_ key: String) -> String? {
        sameItems.keys.first { key.hasPrefix($0 + "[].") }
    }

    /// Which documented group a template's data belongs to.
    static func group(of template: String) -> String {
        if template == "workspace/decomposition.json.mustache" { return "decomposition" }
        return String(template.prefix { $0 != "/" })
    }

    /// Records every key path under `value` (`a.b`, `list[].c`) with the kind of value found there.
    static func collect(_ value: MustacheValue, at path: String, into keys: inout [String: Set<String>]) {
        switch value {
        case .object(let fields):
            for (key, field) in fields {
                let child = path.isEmpty ? key : path + "." + key
                keys[child, default: []].insert(kind(of: field))
                collect(field, at: child, into: &keys)
            }
        case .list(let items):
            for item in items { collect(item, at: path + "[]", into: &keys) }
        case .null, .bool, .string, .number: break
        }
    }

    static func kind(of value: MustacheValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .string: "string"
        case .number: "number"
        case .list: "list"
        case .object: "object"
        }
    }
}
