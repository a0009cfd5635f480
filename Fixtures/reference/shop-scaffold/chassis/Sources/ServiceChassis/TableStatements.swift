/// The SQL a `PostgresRepository` runs for one resource, generated from the model with its table (the service's
/// `Storage+Tables.swift`). A row's JSON document is built and taken apart in SQL, so the repository needs no
/// knowledge of the columns. Parameters: `find`, `version` and `deleteChildren` $1 id; `list` $1 limit, $2 offset;
/// `insert` and `insertChildren` $1 document, $2 id; `update` $1 document, $2 id, $3 expected version or NULL;
/// `delete` $1 id, $2 expected version or NULL.
public struct TableStatements: Sendable {
    /// One row's document, as text, and its version.
    public var find: String
    /// One row's version.
    public var version: String
    /// A page of documents in the order the rows were created.
    public var list: String
    /// How many rows there are.
    public var count: String
    /// Stores the root row of a document.
    public var insert: String
    /// Stores each list of composed entities of a document in its child table.
    public var insertChildren: [String]
    /// Replaces the root row's columns and increments its version if it is at the expected one; returns the new
    /// version, no row when the id or the version does not match.
    public var update: String
    /// Removes a root's child rows, before `insertChildren` writes them anew.
    public var deleteChildren: [String]
    /// Removes the root row (its child rows go with it) if it is at the expected version; returns that version, no
    /// row when the id or the version does not match.
    public var delete: String

    public init(
        find: String, version: String, list: String, count: String, insert: String, insertChildren: [String], update: String,
        deleteChildren: [String], delete: String
    ) {
        self.find = find
        self.version = version
        self.list = list
        self.count = count
        self.insert = insert
        self.insertChildren = insertChildren
        self.update = update
        self.deleteChildren = deleteChildren
        self.delete = delete
    }
}
