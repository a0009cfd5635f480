import DecomposeTestSupport
import Testing

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n").isEmpty)
    }

    @Test func changedLineWithContext() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n"
        #expect(
            UnifiedDiff.diff(old: old, new: new) == """
                --- expected
                +++ actual
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8

                """)
    }

    @Test func distantChangesMakeSeparateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "2\n", with: "two\n").replacingOccurrences(of: "19\n", with: "")
        let diff = UnifiedDiff.diff(old: old, new: new)
        #expect(diff.components(separatedBy: "\n@@ ").count == 3)
        #expect(diff.contains("-2\n+two\n"))
        #expect(diff.contains("-19\n"))
    }

    @Test func aMissingFinalNewlineIsVisible() {
        #expect(UnifiedDiff.diff(old: "a\n", new: "a").contains("+a⏎ (no newline at end)"))
    }
}
