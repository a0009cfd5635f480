/// Where each value of a parsed JSON document starts (and, for an object member, where its key starts), kept flat:
/// values are numbered in the order they start, and each array or object lists its elements' or members' numbers,
/// so a path is found by one step per component alongside the document's value.
///
/// A table from every path to its position would hash each value's whole path while parsing, and a tree of nodes
/// would allocate lists per array and object; both cost more than reading the values.
struct JSONPositions: Sendable {
    /// Objects with more members than this find a key through a dictionary, smaller ones by looking at each key.
    static let indexedMemberCount = 8

    /// One written value.
    struct Value: Sendable {
        let start: JSONDocument.Position
        /// The start of the key, for an object member.
        var keyStart: JSONDocument.Position?
        /// Where the numbers of an array's elements or an object's (kept) members start in `children`.
        var firstChild = 0
    }

    private(set) var values: [Value] = []
    /// The elements' and members' numbers of every array and object, each one's in a run.
    private var children: [Int] = []
    /// The position of each key among the members, for objects of more than `indexedMemberCount` members.
    private var keyIndexes: [Int: [String: Int]] = [:]

    /// Numbers a value that starts at `start`.
    mutating func begin(at start: JSONDocument.Position) -> Int {
        values.append(Value(start: start))
        return values.count - 1
    }

    /// Records where the key of the member numbered `member` starts.
    mutating func setKeyStart(_ start: JSONDocument.Position?, of member: Int) {
        values[member].keyStart = start
    }

    /// Records the elements or members of the finished array or object numbered `container`, in order, and the
    /// position of each key among the members when the object has many.
    mutating func finish(_ container: Int, children elements: ArraySlice<Int>, keyIndex: [String: Int]?) {
        values[container].firstChild = children.count
        children.append(contentsOf: elements)
        if let keyIndex { keyIndexes[container] = keyIndex }
    }

    /// The value at the longest part of `path` that was written (`path`'s own value when it was), walking the
    /// document's value `root` alongside.
    func nearest(_ path: JSONPath, in root: JSONValue) -> Value {
        var number = 0
        var value = root
        for component in path.components {
            guard let (index, child) = Self.child(component, of: value, keyIndex: keyIndexes[number]) else { break }
            number = children[values[number].firstChild + index]
            value = child
        }
        return values[number]
    }

    /// The position among its siblings, and the value, of the element or member that `component` names.
    private static func child(
        _ component: JSONPath.Component, of value: JSONValue, keyIndex: [String: Int]?
    ) -> (Int, JSONValue)? {
        switch (component, value) {
        case (.index(let index), .array(let items)):
            return items.indices.contains(index) ? (index, items[index]) : nil
        case (.key(let key), .object(let members)):
            let index = keyIndex.map { $0[key] } ?? members.firstIndex { $0.key == key }
            return index.map { ($0, members[$0].value) }
        default:
            return nil
        }
    }
}
