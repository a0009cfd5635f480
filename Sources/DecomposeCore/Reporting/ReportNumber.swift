/// Locale-independent, deterministic number formatting shared by the report renderers.
public enum ReportNumber {
    /// `value` rounded half away from zero to `places` decimals (non-finite values become 0).
    public static func rounded(_ value: Double, places: Int = 3) -> Double {
        guard value.isFinite else { return 0 }
        let scale = power(places)
        return (value * scale).rounded() / scale
    }

    /// `value` with exactly `places` decimals, e.g. `fixed(0.5, places: 2) == "0.50"`.
    public static func fixed(_ value: Double, places: Int = 2) -> String {
        let value = rounded(value, places: places)
        let scaled = Int((abs(value) * power(places)).rounded())
        let negative = value < 0 && scaled != 0
        let scale = Int(power(places))
        let whole = String(scaled / scale)
        guard places > 0 else { return (negative ? "-" : "") + whole }
        let fraction = String(scaled % scale)
        return (negative ? "-" : "") + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A JSON number for `value`, rounded to three decimals.
    static func json(_ value: Double) -> JSONValue {
        .double(rounded(value))
    }

    private static func power(_ places: Int) -> Double {
        (0..<max(0, places)).reduce(1) { result, _ in result * 10 }
    }
}
