import Foundation

/// Debian's Chromium run headless on a local page with the network cut off: prints it to PDF, takes screenshots,
/// dumps the document its scripts built, and records every network request the page makes and every console
/// message it logs.
struct HeadlessChromium: Sendable {
    /// What loading a page produced besides its output file.
    struct Load: Sendable {
        /// URLs the page asked for that are not files: anything here came from the page, not from the browser's
        /// own background services.
        var networkRequests: [String]
        /// Lines the page wrote to the console (`console.*`, script errors).
        var consoleMessages: [String]
        var result: ExternalProgram.Result
    }

    /// The names Chromium's binary has in Debian and elsewhere.
    static let binaryNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    var program: ExternalProgram
    /// A scratch folder for the profile and logs.
    var workFolder: URL

    /// Prints `page` to `pdf` (no header or footer).
    func printToPDF(_ page: URL, _ pdf: URL) throws -> Load {
        try load(page, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], name: "pdf")
    }

    /// Takes a screenshot of `page` as it shows in a window of `width`×`height` pixels.
    func screenshot(_ page: URL, _ png: URL, width: Int, height: Int) throws -> Load {
        try load(
            page, ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)"],
            name: "screenshot-\(png.lastPathComponent)")
    }

    /// Loads `page`, lets its scripts run, promises included, for up to `virtualSeconds` of virtual time (no real
    /// waiting), and returns the document as the scripts left it, serialised as HTML, in the result's output.
    func dumpDOM(_ page: URL, virtualSeconds: Int = 30) throws -> Load {
        try load(page, ["--virtual-time-budget=\(virtualSeconds * 1000)", "--dump-dom"], name: "dom")
    }

    private func load(_ page: URL, _ action: [String], name: String) throws -> Load {
        let netLog = workFolder.appendingPathComponent("\(name).netlog.json")
        let arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=\(workFolder.appendingPathComponent("profile-\(name)").path)",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
                "--log-net-log=\(netLog.path)",
            ] + action + [page.absoluteString]
        let result = try program.run(arguments)
        let log = (try? String(contentsOf: netLog, encoding: .utf8)) ?? ""
        return Load(
            networkRequests: Self.pageRequests(inNetLog: log),
            consoleMessages: result.standardError.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(
                String.init),
            result: result)
    }

    /// The non-file URLs requested on behalf of a `file://` page, from a NetLog (one event per line). Requests of
    /// the browser itself (update checks and the like) have another network isolation key and are left out.
    static func pageRequests(inNetLog log: String) -> [String] {
        var urls: [String] = []
        for line in log.split(separator: "\n") where line.contains("\"network_isolation_key\":\"file://") {
            for match in line.matches(of: /"url":"([^"]*)"/) where !match.output.1.hasPrefix("file:") {
                urls.append(String(match.output.1))
            }
        }
        return urls
    }
}
