import Foundation

/// One versioned change of a service's database schema: a file `0001_create_tables.sql` in the service's
/// `Migrations` folder. Applied migrations are never edited; a change is the next file.
public struct Migration: Sendable, Equatable {
    /// The number the file name starts with; migrations are applied in its order, each once.
    public var version: Int
    /// The rest of the file name: `create_tables`.
    public var name: String
    /// The file's SQL: one or more statements, each ended by `;`.
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// The migrations in `folder`, by version. A file that is not `NNNN_name.sql`, or two files with one version,
    /// is an error: a migration that silently does not run is worse than a service that does not start.
    public static func load(from folder: URL) throws -> [Migration] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
        var migrations: [Migration] = []
        for file in files {
            let fileName = file.lastPathComponent
            let stem = fileName.dropLast(fileName.hasSuffix(".sql") ? 4 : 0)
            let parts = stem.split(separator: "_", maxSplits: 1)
            guard fileName.hasSuffix(".sql"), parts.count == 2, let version = Int(parts[0]), version > 0 else {
                throw MigrationError.badFileName(fileName)
            }
            if let other = migrations.first(where: { $0.version == version }) {
                throw MigrationError.duplicateVersion(version, other.name, String(parts[1]))
            }
            let sql = try String(contentsOf: file, encoding: .utf8)
            migrations.append(Migration(version: version, name: String(parts[1]), sql: sql))
        }
        return migrations.sorted { $0.version < $1.version }
    }
}

/// Why the migrations cannot be applied; the service does not start.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    case badFileName(String)
    case duplicateVersion(Int, String, String)
    /// An applied migration's SQL is no longer what was applied.
    case changedAfterApplying(version: Int, name: String)
    /// The database has a migration this service does not know (a newer version of it ran here).
    case unknownApplied(version: Int, name: String)

    public var description: String {
        switch self {
        case .badFileName(let name):
            "The migration file \(name) is not named NNNN_name.sql (a version number, an underscore, a name)."
        case .duplicateVersion(let version, let first, let second):
            "Two migrations have the version \(version): \(first) and \(second)."
        case .changedAfterApplying(let version, let name):
            "Migration \(version) (\(name)) was changed after it was applied to this database. Applied migrations "
                + "must never change: restore it and put the change into a new migration."
        case .unknownApplied(let version, let name):
            "This database has migration \(version) (\(name)) applied, which this service does not have: a newer "
                + "version of the service migrated it."
        }
    }
}
