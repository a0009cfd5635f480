/// The prevailing non-functional characteristics and owner of a context, for choosing relationship patterns.
struct ContextProfile: Sendable {
    /// The most common level of each characteristic among the context's entities (ties: the higher level).
    let levels: [CharacteristicKind: Level]
    let storage: StorageKind?
    /// The team owning most of its entities.
    let owner: String?

    init(_ members: [Int], _ index: EntityIndex) {
        // The characteristics and owners alone: copying whole entities (fields and all) is costly.
        let characteristics = members.map { index.model.entities[$0].characteristics }
        var levels: [CharacteristicKind: Level] = [:]
        for kind in CharacteristicKind.allCases {
            levels[kind] = Self.mostCommon(characteristics.compactMap(kind.level(in:)))
        }
        self.levels = levels
        storage = Self.mostCommon(
            characteristics.compactMap { $0.storage.map { StorageKind.allCases.firstIndex(of: $0)! } }
        )
        .map { StorageKind.allCases[$0] }
        owner = Self.mostCommon(members.compactMap { index.model.entities[$0].owner })
    }

    /// Where this profile and `other` declare opposite levels or different storage, in words.
    func conflicts(with other: ContextProfile, _ name: String, _ otherName: String) -> [String] {
        var result: [String] = []
        for kind in CharacteristicKind.allCases {
            guard let mine = levels[kind], let theirs = other.levels[kind], abs(mine.rawValue - theirs.rawValue) == 2
            else { continue }
            result.append(
                "\(name) has \(kind.rawValue) \(kind.word(for: mine)), \(otherName) \(kind.word(for: theirs))")
        }
        if let mine = storage, let theirs = other.storage, mine != theirs {
            result.append("\(name) wants \(mine.rawValue) storage, \(otherName) \(theirs.rawValue)")
        }
        return result
    }

    /// The most frequent value; ties go to the largest.
    private static func mostCommon<T: Comparable & Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
