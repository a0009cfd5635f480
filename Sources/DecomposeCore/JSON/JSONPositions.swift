/// Where each value of a parsed JSON document starts (and, for an object member, where its key starts), held in
/// the document's own shape: a path is found by one step per component, array elements by index and object
/// members by key.
///
/// A table from every path to its position would hash each value's whole path while parsing, which costs more than
/// reading the value; the tree costs an append per value.
struct JSONPositions: Sendable {
    /// Objects with more members than this find a key through a dictionary, smaller ones by looking at each key.
    static let indexedMemberCount = 8

    /// One value: its start, its key's start when it is an object member, and its elements or members.
    struct Node: Sendable {
        let start: JSONDocument.Position
        /// The start of the key, for an object member.
        var keyStart: JSONDocument.Position?
        /// The elements of an array, or the members of an object (the first of each key), in order.
        private(set) var children: [Node] = []
        /// The key of each member of an object.
        private var keys: [String] = []
        /// The position of each key among `children`, for objects of more than `indexedMemberCount` members.
        private var keyIndex: [String: Int]?

        init(start: JSONDocument.Position) {
            self.start = start
        }

        /// Adds the next element of an array.
        mutating func append(_ element: Node) {
            children.append(element)
        }

        /// Adds the next member of an object (whose key is not one it already has).
        mutating func append(_ member: Node, key: String) {
            keys.append(key)
            children.append(member)
            if keyIndex != nil {
                keyIndex?[key] = children.count - 1
            } else if keys.count > JSONPositions.indexedMemberCount {
                keyIndex = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }

        /// The element or member that `component` names, if it was written.
        func child(_ component: JSONPath.Component) -> Node? {
            switch component {
            case .index(let index):
                return keys.isEmpty && children.indices.contains(index) ? children[index] : nil
            case .key(let key):
                guard let position = keyIndex.map({ $0[key] }) ?? keys.firstIndex(of: key) else { return nil }
                return children[position]
            }
        }
    }

    /// The root value.
    let root: Node

    /// The value at the longest part of `path` that was written: `path`'s own value when it was.
    func nearest(_ path: JSONPath) -> Node {
        var node = root
        for component in path.components {
            guard let child = node.child(component) else { break }
            node = child
        }
        return node
    }
}
