import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct ServiceCutterReaderTests {
    private func read(_ model: String, _ reps: String? = nil) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        ServiceCutterReader().read(
            model: model, modelPath: "m.json", userRepresentations: reps, userRepresentationsPath: "u.json")
    }

    private func fixture(_ name: String) throws -> (model: DomainModel?, diagnostics: [Diagnostic]) {
        let modelPath = PackagePaths.fixture("formats/servicecutter/\(name)_model.json").path
        let repsPath = PackagePaths.fixture("formats/servicecutter/\(name)_user_representations.json").path
        let model = try String(contentsOfFile: modelPath, encoding: .utf8)
        let reps = try String(contentsOfFile: repsPath, encoding: .utf8)
        return ModelReader.read(model, path: modelPath, userRepresentations: (reps, repsPath))
    }

    private let pair = """
        {"name": "Booking", "entities": [
          {"name": "Customer", "nanoentities": ["customerIdentifier", "name", "creditCard"]},
          {"name": "Booking", "nanoentities": ["bookingDate", "state"]},
          {"name": "Line", "nanoentities": ["quantity"]},
          {"name": "VipCustomer", "nanoentities": ["tier"]}],
         "relations": [
          {"origin": "Booking", "destination": "Customer", "type": "AGGREGATION"},
          {"origin": "Booking", "destination": "Line", "type": "COMPOSITION"},
          {"origin": "VipCustomer", "destination": "Customer", "type": "INHERITANCE"}]}
        """

    @Test func detectsServiceCutterModelsByContent() throws {
        let value = try #require(JSONParser().parse(pair, path: "m.json").value)
        #expect(ServiceCutterReader.isModel(value))
        let canonical = try #require(
            JSONParser().parse(#"{"schemaVersion": 1, "entities": [{"name": "A"}]}"#, path: "c.json").value)
        #expect(!ServiceCutterReader.isModel(canonical))
    }

    @Test func mapsNanoentitiesAndRelations() throws {
        let result = read(pair)
        #expect(result.diagnostics.isEmpty)
        let booking = try #require(result.model.entity(named: "Booking"))
        #expect(booking.fields.map(\.name) == ["bookingDate", "state", "customer", "lines"])
        #expect(booking.fields[0].type.name == "String")
        #expect(booking.fields[2].isReference && booking.fields[2].type.name == "Customer")
        #expect(booking.fields[3].type == TypeReference(name: "Line", isList: true) && !booking.fields[3].isReference)
        #expect(result.model.entity(named: "VipCustomer")?.parent == "Customer")
        #expect(result.model.system.name == "Booking")
        #expect(result.model.entity(named: "Customer")?.fields.map(\.isIdentity) == [true, false, false])
        let built = ModelBuilder().build(result.model)
        #expect(!built.diagnostics.containsErrors)
        #expect(built.model.entity(named: "Booking")?.fields[3].kind == .composition(target: "Line"))
    }

    @Test func appliesUserRepresentations() throws {
        let reps = """
            {"useCases": [{"name": "pay booking", "nanoentitiesRead": ["Customer.creditCard"],
                           "nanoentitiesWritten": ["Booking.state"], "isLatencyCritical": "true"},
                          {"name": "Book", "nanoentitiesRead": [], "nanoentitiesWritten": ["Line"], "isLatencyCritical": false}],
             "aggregates": [{"name": "BookingAggregate", "nanoentities": ["Line.quantity", "Booking.state"]}],
             "sharedOwnerGroups": [{"name": "Sales Team", "nanoentities": ["Booking.state", "Customer.name"]}],
             "predefinedServices": [{"name": "CRM", "nanoentities": ["Customer.name"]}],
             "separatedSecurityZones": [{"name": "Payment", "nanoentities": ["Customer.creditCard"]}],
             "compatibilities": {
               "structuralVolatility": [{"characteristic": "Often", "nanoentities": ["Booking.state"]}],
               "contentVolatility": [{"characteristic": "Regularly", "nanoentities": ["Booking.state"]}],
               "availabilityCriticality": [{"characteristic": "Critical", "nanoentities": ["Customer.name"]},
                                           {"characteristic": "Low", "nanoentities": ["Customer.creditCard"]}],
               "consistencyCriticality": [{"characteristic": "Eventually", "nanoentities": ["Line.quantity"]}],
               "securityCriticality": [{"characteristic": "Critical", "nanoentities": ["Customer.creditCard"]}],
               "storageSimilarity": [{"characteristic": "Huge", "nanoentities": ["Booking.bookingDate"]}]}}
            """
        let result = read(pair, reps)
        #expect(result.diagnostics.isEmpty)
        let model = result.model
        #expect(model.useCases.map(\.name) == ["payBooking", "Book"])
        #expect(model.useCases[0].isLatencyCritical && !model.useCases[1].isLatencyCritical)
        #expect(model.useCases[0].reads.map(\.description) == ["Customer.creditCard"])
        #expect(model.useCases[1].writes.map(\.description) == ["Line"])
        let aggregate = try #require(model.aggregates.first)
        #expect(aggregate.root == "Booking" && aggregate.members == ["Booking", "Line"])
        #expect(model.teams.map(\.name) == ["SalesTeam"])
        #expect(model.entity(named: "Customer")?.owner == "SalesTeam")
        #expect(model.pins.map(\.context) == ["CRM"])
        #expect(model.zones.map(\.name) == ["Payment"])
        let customer = try #require(model.entity(named: "Customer")?.characteristics)
        #expect(customer.availability == .high && customer.security == .high)
        let booking = try #require(model.entity(named: "Booking")?.characteristics)
        #expect(booking.structuralVolatility == .high && booking.contentVolatility == .medium && booking.size == .high)
        #expect(model.entity(named: "Line")?.characteristics.consistency == .medium)
    }

    @Test func relationFieldsTakeFreeNamesAndAddedNanoentitiesCanBeRead() throws {
        let model = """
            {"entities": [
              {"name": "A", "nanoentities": ["b", "cs", "b"]}, {"name": "B", "nanoentities": ["x"]},
              {"name": "C", "nanoentities": ["y"]}],
             "relations": [
              {"origin": "A", "destination": "B", "type": "AGGREGATION"},
              {"origin": "A", "destination": "B", "type": "AGGREGATION"},
              {"origin": "A", "destination": "C", "type": "COMPOSITION"}]}
            """
        let reps = """
            {"entities": [{"name": "B", "nanoentities": ["B.z", "x"]}],
             "useCases": [{"name": "U", "nanoentitiesRead": ["B.z", "A.b2"], "nanoentitiesWritten": ["A.cs2"]}]}
            """
        let result = read(model, reps)
        #expect(result.diagnostics.map(\.id) == ["servicecutter.duplicateNanoentity"])
        #expect(result.model.entity(named: "A")?.fields.map(\.name) == ["b", "cs", "b2", "b3", "cs2"])
        #expect(result.model.entity(named: "B")?.fields.map(\.name) == ["x", "z"])
        #expect(result.model.useCases.first?.reads.map(\.description) == ["B.z", "A.b2"])
        #expect(result.model.useCases.first?.writes.map(\.description) == ["A.cs2"])
    }

    @Test func locatesProblemsInTheFileTheyAreIn() {
        let model = MarkedSource(
            """
            {"entities": [{"name": "A", "nanoentities": ["x", 1️⃣3]}],
             "relations": [{"origin": "A", "destination": 2️⃣"B", "type": "COMPOSITION"},
                           {"origin": "A", "destination": "A", "type": 3️⃣"ASSOCIATION"}]}
            """)
        let reps = MarkedSource(
            """
            {"useCases": [{"name": "U", "nanoentitiesRead": [1️⃣"A.y"], "isLatencyCritical": 2️⃣"yes"}],
             "securityAccessGroups": [3️⃣{"name": "admins", "nanoentities": ["A.x"]}],
             4️⃣"teams": [],
             "compatibilities": {"securityCriticality": [{"characteristic": 5️⃣"Secret", "nanoentities": ["A.x"]}]}}
            """)
        let result = read(model.text, reps.text)
        let found = result.diagnostics.map { "\($0.location?.start.file ?? "-"):\($0.idAndPosition)" }
        #expect(
            found == [
                "m.json:servicecutter.wrongType@\(model.position(1))",
                "m.json:servicecutter.unknownEntity@\(model.position(2))",
                "m.json:servicecutter.invalidValue@\(model.position(3))",
                "u.json:servicecutter.unknownKey@\(reps.position(4))",
                "u.json:servicecutter.wrongType@\(reps.position(2))",
                "u.json:servicecutter.unknownNanoentity@\(reps.position(1))",
                "u.json:servicecutter.unsupported@\(reps.position(3))",
                "u.json:servicecutter.invalidValue@\(reps.position(5))",
            ])
        #expect(result.diagnostics.first?.location?.start.jsonPath == "$.entities[0].nanoentities[1]")
    }

    /// Service Cutter lets two entities compose one; an entity lives in one aggregate here, so the first
    /// composition wins and a later one from another origin is read as an aggregation, with a located warning.
    /// The same origin composing it again stays a composition.
    @Test func aSecondCompositionOfAnEntityIsReadAsAnAggregation() throws {
        let model = MarkedSource(
            """
            {"entities": [{"name": "Customer", "nanoentities": ["name"]}, {"name": "Supplier", "nanoentities": ["vat"]},
                          {"name": "Address", "nanoentities": ["city"]}],
             "relations": [{"origin": "Customer", "destination": "Address", "type": "COMPOSITION"},
                           {"origin": "Supplier", "destination": "Address", "type": 1️⃣"composition"},
                           {"origin": "Customer", "destination": "Address", "type": "COMPOSITION"}]}
            """)
        let result = read(model.text)
        #expect(result.diagnostics.map(\.idAndPosition) == ["servicecutter.secondComposition@\(model.position(1))"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location?.start.jsonPath == "$.relations[1].type")
        #expect(
            warning.message
                == "'Address' is already composed by 'Customer' ($.relations[0]); an entity lives in one aggregate, "
                + "so this COMPOSITION from 'Supplier' is read as an AGGREGATION (at $.relations[1].type)")
        let supplier = try #require(result.model.entity(named: "Supplier"))
        #expect(supplier.fields.last?.name == "address" && supplier.fields.last?.isReference == true)
        #expect(result.model.entity(named: "Customer")?.fields.map(\.name) == ["name", "addresss", "addresss2"])
        let built = ModelBuilder().build(result.model)
        #expect(!built.diagnostics.containsErrors, "\(built.diagnostics)")
        #expect(built.model.entity(named: "Supplier")?.fields.last?.kind == .reference(target: "Address"))
        #expect(built.model.aggregates.map(\.members) == [["Customer", "Address"]])
    }

    @Test func hostileInputNeverCrashes() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        for text in ["", "null", "[]", #"{"entities": 3}"#, #"{"entities": [{"nanoentities": {}}]}"#, deep] {
            let result = read(text, text)
            #expect(result.diagnostics.containsErrors)
        }
        let result = read(#"{"entities": [{"name": "A", "nanoentities": []}]}"#, #"{"compatibilities": []}"#)
        #expect(result.diagnostics.map(\.id) == ["servicecutter.wrongType"])
    }

    @Test(arguments: ["booking", "trading"])
    func eachFixturePairReadsBuildsAndAnalysesEveryEntityOnce(_ name: String) throws {
        let result = try fixture(name)
        #expect(!result.diagnostics.containsErrors)
        let model = try #require(result.model)
        #expect(!model.useCases.isEmpty && model.aggregates.contains { !$0.isInferred })
        let decomposition = ContextAnalyzer(options: AnalysisOptions()).analyze(model).decomposition
        let placed = decomposition.contexts.flatMap(\.entities).sorted()
        #expect(placed == model.entities.map(\.name).sorted())
    }

    @Test func theTradingPairWarnsAboutItsAccessGroupOnly() throws {
        let result = try fixture("trading")
        #expect(result.diagnostics.map(\.id) == ["servicecutter.unsupported"])
        let model = try #require(result.model)
        #expect(model.entities.count == 12 && model.useCases.count == 9)
        #expect(model.aggregates.filter { !$0.isInferred }.map(\.root) == ["Account", "Order"])
        #expect(model.zones.map(\.name) == ["PersonalData", "AccountData"])
        #expect(model.entity(named: "Company")?.parent == "AccountOwner")
    }

    @Test func userRepresentationsWithAnotherFormatAreAWarning() {
        let domain = "entity A { id: UUID }"
        let result = ModelReader.read(domain, path: "a.domain", userRepresentations: ("{}", "u.json"))
        #expect(result.model != nil)
        #expect(result.diagnostics.map(\.idAndPosition) == ["servicecutter.notServiceCutterModel@1:1"])
    }

    @Test func detectionGoesByContentThenExtension() {
        #expect(ModelFormat.detect(pair, path: "m.json") == .servicecutter)
        #expect(ModelFormat.detect(pair, path: "model.txt") == .servicecutter)
        #expect(ModelFormat.detect(#"{"schemaVersion": 1}"#, path: "m.json") == .json)
        #expect(ModelFormat.detect("entity A { id: UUID }", path: "m.domain") == .domain)
        let forced = ModelReader.read(pair, path: "m.json", format: .json)
        #expect(forced.model == nil)
        #expect(forced.diagnostics.contains { $0.id == "jsonModel.missingKey" })
    }
}
