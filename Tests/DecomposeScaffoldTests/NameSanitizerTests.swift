import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// Names from a model may hold anything; every sanitised form must stay usable and safe.
@Suite struct NameSanitizerTests {
    static let hostile = [
        "", " ", "../../etc/passwd", "/absolute/path", "a/b\\c", "..", ".", "name\u{0}with-nul", "class",
        "default", "Bestellung Ä", "注文", "🚀 rocket", "order line", "HTTPServer", "3dModel", "-leading-dash-",
        String(repeating: "x", count: 300), "C:\\windows", "\n\t",
    ]

    @Test func typeNamesAreUpperCamelIdentifiers() {
        #expect(NameSanitizer.typeName("order line") == "OrderLine")
        #expect(NameSanitizer.typeName("HTTPServer") == "HTTPServer")
        #expect(NameSanitizer.typeName("3dModel") == "_3dModel")
        #expect(NameSanitizer.typeName("class") == "Class")
        #expect(NameSanitizer.typeName("Type") == "Type_")
        #expect(NameSanitizer.typeName("注文") == "Item")
        for name in Self.hostile {
            let result = NameSanitizer.typeName(name)
            #expect(!result.isEmpty)
            #expect(result.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            #expect(result.first?.isNumber == false)
        }
    }

    @Test func identifiersEscapeKeywords() {
        #expect(NameSanitizer.identifier("default") == "`default`")
        #expect(NameSanitizer.identifier("Order Line") == "orderLine")
        #expect(NameSanitizer.identifier("URLPath") == "urlPath")
        #expect(NameSanitizer.memberName("self") == "self")
        #expect(NameSanitizer.identifier("self") == "`self`")
        #expect(NameSanitizer.identifier("") == "value")
    }

    @Test func generatedMemberNamesFollowTheGenerator() {
        #expect(NameSanitizer.generatedMemberName("type") == "_type")
        #expect(NameSanitizer.generatedMemberName("default") == "_default")
        #expect(NameSanitizer.generatedMemberName("status") == "status")
    }

    @Test func serviceNamesAreDNSLabels() {
        #expect(NameSanitizer.serviceName("OrderManagement") == "order-management")
        #expect(NameSanitizer.serviceName("3D Printing") == "s-3-d-printing")
        for name in Self.hostile {
            let label = NameSanitizer.serviceName(name)
            #expect(!label.isEmpty && label.count <= 63)
            #expect(label.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            #expect(label.first?.isLetter == true)
            #expect(!label.hasSuffix("-"))
        }
    }

    @Test func packageNamesAreKebabCase() {
        #expect(NameSanitizer.packageName("Order Service") == "order-service")
        #expect(NameSanitizer.packageName("🚀") == "service")
    }

    @Test func fileNamesNeverEscapeTheirFolder() {
        #expect(NameSanitizer.fileName(".gitignore") == ".gitignore")
        #expect(NameSanitizer.fileName("Application+build.swift") == "Application+build.swift")
        #expect(NameSanitizer.fileName("..") == "file")
        #expect(NameSanitizer.fileName("../../etc/passwd") == "._._etc_passwd")
        for name in Self.hostile {
            let file = NameSanitizer.fileName(name)
            #expect(!file.isEmpty && file.count <= 100)
            #expect(!file.contains("/") && !file.contains("\\") && !file.contains("\u{0}"))
            #expect(!file.contains("..") && file != ".")
        }
    }

    @Test func pluralsFollowTheCommonRules() {
        #expect(NameSanitizer.pluralPathSegment("OrderLine") == "order-lines")
        #expect(NameSanitizer.pluralPathSegment("Category") == "categories")
        #expect(NameSanitizer.pluralPathSegment("Address") == "addresses")
        #expect(NameSanitizer.pluralPathSegment("Day") == "days")
        #expect(NameSanitizer.pluralPathSegment("Box") == "boxes")
    }
}
