import DecomposeCore

/// How one service keeps its resources in its own PostgreSQL database, worked out from its blueprint: one table per
/// resource (aggregate root) and one child table per list of composed entities, so that the aggregate is stored
/// relationally while its API document stays one JSON object.
///
/// The rules, per property of a resource:
/// - scalars, enums and references (ids) are typed columns; enums are `text` with a `CHECK` of the cases, a
///   reference to another entity is a plain `uuid` with no foreign key (it may live in another service's database);
/// - a value object is flattened into one column per member (`total_amount`, `total_currency`); a member that is
///   itself nested (a value, a list, an entity) is `jsonb`;
/// - a list of composed entities is a child table with a foreign key to the root and `ON DELETE CASCADE`, its rows
///   kept in the list's order by a `position` column; a single composed entity, and any other list, is `jsonb`;
/// - `unique` in the model is a `UNIQUE` constraint on the root table; a required member is `NOT NULL`.
///
/// Every table also has the columns the repository needs: the root `id uuid PRIMARY KEY`, a `version` that each
/// update increments (optimistic concurrency) and a `seq` that keeps lists in the order resources were created.
struct StorageSchema: Sendable, Hashable {
    /// One column, and where its value sits in the JSON document of a row.
    struct Column: Sendable, Hashable {
        /// The column's name: snake case, unique in its table, at most 63 bytes (PostgreSQL's limit).
        var name: String
        /// The SQL type: `text`, `bigint`, `jsonb`, ….
        var type: String
        /// The JSON keys from the row's document to the value: one key, or two for a member of a value object.
        var path: [String]
        var isNotNull: Bool
        var isUnique: Bool
        /// An enum's cases: the only values a `CHECK` lets in.
        var allowedValues: [String]?

        var isJSON: Bool { type == "jsonb" }
    }

    /// A child table: a list of composed entities of the root.
    struct ChildTable: Sendable, Hashable {
        var name: String
        /// The root document's key holding the list.
        var property: String
        /// The column referring to the root's `id`.
        var parentColumn: String
        /// The column keeping the list's order (1, 2, …).
        var positionColumn: String
        var columns: [Column]
    }

    /// The table of one resource.
    struct Table: Sendable, Hashable {
        /// The resource (aggregate root) it stores.
        var resource: String
        var name: String
        var columns: [Column]
        var children: [ChildTable]
    }

    /// The root table's system columns.
    static let idColumn = "id"
    static let versionColumn = "version"
    static let sequenceColumn = "seq"
    /// PostgreSQL truncates longer identifiers, which could make two names one.
    static let maximumIdentifierBytes = 63

    var tables: [Table]

    /// The tables of `blueprint`'s resources, in its order.
    init(_ blueprint: ServiceBlueprint) {
        let components = Dictionary(
            blueprint.components.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var usedTables = UniqueNames()
        tables = blueprint.resources.map { resource in
            let name = Self.unique(Self.snakeCase(resource.plural), in: &usedTables)
            var used = UniqueNames(reserved: [Self.idColumn, Self.versionColumn, Self.sequenceColumn])
            var columns: [Column] = []
            var children: [ChildTable] = []
            for property in resource.properties {
                if property.isList, property.isComposition,
                    let component = property.component.flatMap({ components[$0] })
                {
                    let childName = Self.unique(name + "_" + Self.snakeCase(property.name), in: &usedTables)
                    children.append(Self.child(childName, of: name, property: property.name, component, components))
                } else {
                    columns += Self.columns(of: property, components: components, unique: true, used: &used)
                }
            }
            return Table(resource: resource.name, name: name, columns: columns, children: children)
        }
    }

    /// The child table `name` holding the list `property` of entities `component`.
    private static func child(
        _ name: String, of parent: String, property: String, _ component: ServiceBlueprint.Component,
        _ components: [String: ServiceBlueprint.Component]
    ) -> ChildTable {
        let parentColumn = truncated(singular(parent) + "_id")
        let positionColumn = parentColumn == "position" ? "list_position" : "position"
        var used = UniqueNames(reserved: [parentColumn, positionColumn])
        let columns = component.properties.flatMap {
            Self.columns(of: $0, components: components, unique: false, used: &used)
        }
        return ChildTable(
            name: name, property: property, parentColumn: parentColumn, positionColumn: positionColumn,
            columns: columns)
    }

    /// The columns of one property: one, or one per member of a value object.
    private static func columns(
        of property: ServiceBlueprint.Property, components: [String: ServiceBlueprint.Component], unique: Bool,
        used: inout UniqueNames
    ) -> [Column] {
        let component = property.component.flatMap { components[$0] }
        if !property.isList, !property.isComposition, let value = component, value.enumCases == nil {
            return value.properties.map { member in
                Column(
                    name: Self.unique(snakeCase(property.name) + "_" + snakeCase(member.name), in: &used),
                    type: nestedType(of: member, components: components), path: [property.name, member.name],
                    isNotNull: property.isRequired && member.isRequired, isUnique: false,
                    allowedValues: member.component.flatMap { components[$0]?.enumCases })
            }
        }
        return [
            Column(
                name: Self.unique(snakeCase(property.name), in: &used),
                type: nestedType(of: property, components: components), path: [property.name],
                isNotNull: property.isRequired, isUnique: unique && property.isUnique && !property.isList,
                allowedValues: property.isList ? nil : component?.enumCases)
        ]
    }

    /// The SQL type of one property's value; `jsonb` for lists and nested objects.
    private static func nestedType(
        of property: ServiceBlueprint.Property, components: [String: ServiceBlueprint.Component]
    ) -> String {
        if property.isList || property.isComposition { return "jsonb" }
        if let component = property.component.flatMap({ components[$0] }) {
            return component.enumCases == nil ? "jsonb" : "text"
        }
        return scalarType(schemaType: property.schemaType, format: property.format)
    }

    /// The SQL type of a JSON scalar of `schemaType` and `format`.
    static func scalarType(schemaType: String, format: String?) -> String {
        switch (schemaType, format) {
        case ("integer", "int64"): "bigint"
        case ("integer", _): "integer"
        case ("number", "double"): "double precision"
        case ("number", _): "numeric"
        case ("boolean", _): "boolean"
        case ("string", "uuid"): "uuid"
        case ("string", "date"): "date"
        case ("string", "date-time"): "timestamptz"
        case ("string", _): "text"
        default: "jsonb"
        }
    }

    /// `name` in snake case: `customerId` → `customer_id`, `order-items` → `order_items`.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character == "-" || character == " " {
                result += "_"
            } else if character.isUppercase, let last = previous, last.isLowercase || last.isNumber {
                result += "_" + character.lowercased()
            } else {
                result += character.lowercased()
            }
            previous = character
        }
        return result.isEmpty ? "value" : result
    }

    /// `table` without a plural `s`: the name of its id column in a child table (`orders` → `order`).
    private static func singular(_ table: String) -> String {
        table.count > 1 && table.hasSuffix("s") && !table.hasSuffix("ss") ? String(table.dropLast()) : table
    }

    /// `name` cut to PostgreSQL's identifier limit on a character boundary.
    static func truncated(_ name: String, reserving suffixBytes: Int = 0) -> String {
        var result = ""
        for character in name {
            guard result.utf8.count + String(character).utf8.count + suffixBytes <= maximumIdentifierBytes else {
                break
            }
            result.append(character)
        }
        return result
    }

    /// `name` (truncated), or with a numeric suffix, not yet in `used`; records the result.
    static func unique(_ name: String, in used: inout UniqueNames) -> String {
        used.claim { number in
            number == 1 ? truncated(name) : truncated(name, reserving: "_\(number)".utf8.count) + "_\(number)"
        }
    }
}
