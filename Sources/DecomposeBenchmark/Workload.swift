/// One measured task of the benchmark: something that groups items, with the grouping it should find.
///
/// Preparing inputs (generating graphs or models) happens before `run()` and is not timed; `run()` is the timed
/// work. A future workload can run the whole analysis (model → decomposition) on a generated model and map each
/// entity's context to a number.
protocol Workload {
    /// A short name for the table, such as `leiden/constantPotts`.
    var name: String { get }
    /// The number of grouped items (nodes or entities).
    var itemCount: Int { get }
    /// The number of edges or couplings the run works on.
    var edgeCount: Int { get }
    /// The planted group of each item.
    var truth: [Int] { get }
    /// Does the measured work and returns the group of each item.
    func run() -> [Int]
}
