@testable import DecomposeCore

/// A small, hand-built decomposition that exercises every part of the reports.
enum SampleDecomposition {
    static let value = Decomposition(
        system: "Shop",
        contexts: [
            BoundedContext(
                name: "Ordering", entities: ["Order", "OrderLine"], aggregates: ["Order"],
                useCases: ["CancelOrder", "PlaceOrder"], owners: ["Checkout"],
                rationale: [
                    "Order and OrderLine form the Order aggregate", "PlaceOrder writes Order and OrderLine together",
                ],
                cohesion: 0.8333333),
            BoundedContext(
                name: "Inventory", entities: ["Stock"], useCases: ["ShipOrder"], owners: ["Warehouse"],
                rationale: ["pinned to Inventory"], isPinned: true, cohesion: 0.5),
            BoundedContext(name: "Catalog|Search", entities: ["Product"], cohesion: 1),
        ],
        relationships: [
            ContextRelationship(
                upstream: "Catalog|Search", downstream: "Ordering", pattern: .customerSupplier,
                reasons: ["Ordering reads Product.price"], crossings: ["OrderLine.product -> Product"], weight: 2.25),
            ContextRelationship(
                upstream: "Inventory", downstream: "Ordering", pattern: .openHostService,
                reasons: ["Stock is read by three contexts"], crossings: ["PlaceOrder writes Stock.onHand"],
                weight: 1.0 / 3.0),
        ],
        sagas: [
            SagaCandidate(
                useCase: "PlaceOrder",
                steps: [
                    SagaStep(context: "Ordering", writes: ["Order", "OrderLine"], compensation: "cancel the order"),
                    SagaStep(
                        context: "Inventory", writes: ["Stock.onHand"], compensation: "release the reserved stock"),
                ],
                reason: "PlaceOrder writes in Ordering and Inventory")
        ],
        findings: [
            Finding(
                kind: .singleEntityContext, subject: "Catalog|Search", message: "holds a single entity",
                suggestion: "merge it with its closest neighbour unless it changes for different reasons")
        ],
        metrics: DecompositionMetrics(
            modularity: 0.41234567, contextCount: 3, entityCount: 4, cohesion: 0.7, crossContextWeight: 2.5833333,
            distributedUseCases: 1))

    static let explanations = [
        EntityExplanation(
            entity: "Stock", context: "Inventory",
            pulls: [
                ContextPull(context: "Inventory", weight: 3.5, couplings: ["pinned to Inventory"]),
                ContextPull(
                    context: "Ordering", weight: 1.25,
                    couplings: ["PlaceOrder writes Stock.onHand", "ShipOrder reads Stock"],
                    separation: "pinned to different contexts (Inventory and Ordering)"),
                ContextPull(context: "Catalog", weight: 0, couplings: []),
                ContextPull(context: "Billing", weight: 0, couplings: []),
            ], ownWork: 7.5,
            ownWorkCouplings: ["Restock writes Stock (use-case, 5)", "ViewStock reads Stock (use-case, 2.5)"])
    ]
}
