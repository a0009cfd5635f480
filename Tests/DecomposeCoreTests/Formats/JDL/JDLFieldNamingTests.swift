import Testing

@testable import DecomposeCore

/// A text field named like an entity is renamed, so that the reader's `customer String` rule does not turn it into
/// a reference when the JDL is read back.
@Suite struct JDLFieldNamingTests {
    @Test func aStringFieldNamedLikeAnEntityIsWrittenWithValue() throws {
        let source = """
            entity Photo { id: UUID, url: URL }
            entity Post { id: UUID, photo: String, title: String }
            command Write { writes Post }
            command Upload { writes Photo }
            """
        let model = ModelBuilder().build(DomainParser().parse(source, path: "t.domain").model).model
        let jdl = JDLWriter().write(model: model, decomposition: ContextAnalyzer().analyze(model).decomposition)
        #expect(jdl.contains("  photoValue String required\n"))
        #expect(jdl.contains("//   field Post.photo -> photoValue\n"))
        let back = JDLReader().read(jdl, path: "t.jdl")
        let post = try #require(back.model.entities.first { $0.name == "Post" })
        #expect(post.fields.map(\.name).contains("photoValue"))
        #expect(!post.fields.contains { $0.isReference })
    }
}
