import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

@Suite struct ScaffoldManifestTests {
    private let files = [RenderedFile(path: "a.txt", text: "new a"), RenderedFile(path: "b.txt", text: "b")]

    @Test func createsWhatIsMissingAndKeepsWhatIsCurrent() {
        let changes = ScaffoldManifest().changes(for: files, onDisk: ["b.txt": SHA256.hex("b")], force: false)
        #expect(
            changes == [ScaffoldChange(path: "a.txt", kind: .created), ScaffoldChange(path: "b.txt", kind: .unchanged)])
    }

    @Test func updatesOnlyFilesTheUserDidNotTouch() {
        let manifest = ScaffoldManifest(hashes: ["a.txt": SHA256.hex("old a"), "b.txt": SHA256.hex("old b")])
        let onDisk = ["a.txt": SHA256.hex("old a"), "b.txt": SHA256.hex("b edited")]
        let changes = manifest.changes(
            for: files + [RenderedFile(path: "c.txt", text: "c")],
            onDisk: onDisk.merging(["c.txt": SHA256.hex("mine")]) { a, _ in a }, force: false)
        #expect(changes.map(\.kind) == [.updated, .leftAlone(.editedByUser), .leftAlone(.notGenerated)])
        #expect(changes.filter(\.writes).map(\.path) == ["a.txt"])
    }

    @Test func forceOverwritesEditedAndUserFiles() {
        let manifest = ScaffoldManifest(hashes: ["a.txt": SHA256.hex("old a")])
        let onDisk = ["a.txt": SHA256.hex("edited"), "b.txt": SHA256.hex("mine")]
        let changes = manifest.changes(for: files, onDisk: onDisk, force: true)
        #expect(changes.map(\.kind) == [.overwritten(.editedByUser), .overwritten(.notGenerated)])
        #expect(changes.allSatisfy { $0.writes })
    }

    @Test func reportsButNeverDeletesFilesNoLongerGenerated() {
        let manifest = ScaffoldManifest(hashes: ["old.txt": SHA256.hex("old")])
        let changes = manifest.changes(for: [], onDisk: ["old.txt": SHA256.hex("old")], force: true)
        #expect(changes == [ScaffoldChange(path: "old.txt", kind: .noLongerGenerated)])
        #expect(!changes[0].writes)
    }

    @Test func aFileLeftAloneKeepsItsOldHashSoItStaysRecognisedAsEdited() {
        let manifest = ScaffoldManifest(hashes: ["a.txt": SHA256.hex("old a")])
        let changes = manifest.changes(for: files, onDisk: ["a.txt": SHA256.hex("edited")], force: false)
        let next = manifest.applying(changes, of: files)
        #expect(next.hashes == ["a.txt": SHA256.hex("old a"), "b.txt": SHA256.hex("b")])
    }

    @Test func roundTripsThroughItsJSONWithSortedPaths() throws {
        let manifest = ScaffoldManifest(hashes: ["z": SHA256.hex("z"), "a/b": SHA256.hex("a")])
        let text = manifest.text
        #expect(try #require(text.range(of: "\"a/b\"")).lowerBound < #require(text.range(of: "\"z\"")).lowerBound)
        #expect(ScaffoldManifest.parse(text, path: "m.json").manifest == manifest)
    }

    @Test func aDamagedManifestIsALocatedError() {
        let (manifest, diagnostics) = ScaffoldManifest.parse(
            "{\"files\": {\"a\": \"not a hash\"}}", path: "m.json")
        #expect(manifest == nil)
        #expect(diagnostics.map(\.id) == ["manifest.badHash"])
        #expect(diagnostics.first?.location?.start.jsonPath == "$.files.a")
    }
}
