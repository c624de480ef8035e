import LessonModel
/// The order in which an order or match question shows its items: mixed up, but the same
/// on every run and every machine (Swift's own hashing changes per process), and never the
/// answer itself.
public enum StableShuffle {
    public static func permutation(count: Int, seed: String) -> [Int] {
        var indices = Array(0..<count)
        guard count > 1 else { return indices }
        var state: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in seed.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
        if state == 0 { state = 1 }
        func next() -> UInt64 {  // xorshift64
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            indices.swapAt(i, j)
        }
        if indices == Array(0..<count) {
            indices.append(indices.removeFirst())
        }
        return indices
    }
}

extension Question {
    /// The indices of the choices, items or match options in the order shown. Lessons show
    /// single choices as written; a quiz round passes a salt, which mixes them up too.
    public func displayOrder(salt: String? = nil) -> [Int] {
        let seed = id + (salt ?? "")
        switch form {
        case .choice(let choices, _):
            return salt != nil && type == .singleChoice
                ? StableShuffle.permutation(count: choices.count, seed: seed) : Array(choices.indices)
        case .order(let items): return StableShuffle.permutation(count: items.count, seed: seed)
        case .match: return StableShuffle.permutation(count: matchOptions.count, seed: seed)
        }
    }

    /// How many picks make a whole answer.
    public var picksNeeded: Int {
        switch form {
        case .choice: 1
        case .order(let items): items.count
        case .match(let pairs): pairs.count
        }
    }

    /// The numbered choices on screen while answering, given the picks so far: for an order
    /// question, the items not yet placed.
    public func selectable(after picks: [Int], salt: String? = nil) -> [Int] {
        switch form {
        case .order: displayOrder(salt: salt).filter { !picks.contains($0) }
        default: displayOrder(salt: salt)
        }
    }

    public func isCorrect(_ response: [Int]) -> Bool {
        switch form {
        case .choice(_, let answer): response == [answer]
        case .order(let items): response == Array(items.indices)
        case .match(let pairs):
            response.count == pairs.count
                && zip(pairs, response).allSatisfy { pair, pick in
                    matchOptions.indices.contains(pick) && matchOptions[pick] == pair.right
                }
        }
    }
}
