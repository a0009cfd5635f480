/// The formats decompose reads a model from; `--input-format` names one, otherwise `detect` picks it.
public enum ModelFormat: String, Sendable, CaseIterable {
    /// The domain language (`.domain`).
    case domain
    /// The canonical model JSON that `decompose convert --to json` writes.
    case json
    /// Service Cutter's entity-relationship model, with its user representations when given.
    case servicecutter

    /// The format of `text` at `path`: by content where the content tells, else by extension (`.json` is the
    /// canonical JSON, anything else the domain language).
    public static func detect(_ text: String, path: String) -> ModelFormat {
        let isJSON = path.lowercased().hasSuffix(".json")
        // Service Cutter: a JSON object whose `entities` items have `nanoentities`.
        if isJSON || text.drop(while: \.isWhitespace).first == "{",
            let value = JSONParser().parse(text, path: path).value, ServiceCutterReader.isModel(value)
        {
            return .servicecutter
        }
        return isJSON ? .json : .domain
    }
}
