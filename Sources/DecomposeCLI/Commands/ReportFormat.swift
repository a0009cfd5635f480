/// The output formats of `analyze` (and `compare`, which offers text and json).
enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown
}
