import ServiceChassis
import OrderAPI

extension Components.Schemas.Problem {
    /// The contract's problem schema holding the chassis's problem.
    init(_ problem: ProblemDetails) {
        self.init(
            _type: problem.type, title: problem.title, status: problem.status, detail: problem.detail,
            instance: problem.instance)
    }
}
