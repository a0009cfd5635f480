extension String {
    /// The string followed by spaces up to `width` characters, for aligned report columns.
    func reportPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
