import LessonModel
/// The order in which a question shows its choices or items: mixed up, but the same on every
/// run and every machine (Swift's own hashing changes per process), so going back shows the
/// same order and a printed answer key matches the screen.
public enum StableShuffle {
    /// With `allowingIdentity` false (order and match questions) the order is never the
    /// answer itself. Single choices allow it, or the right choice of a two-choice question
    /// would always be shown second.
    public static func permutation(count: Int, seed: String, allowingIdentity: Bool = false) -> [Int] {
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
        if !allowingIdentity, indices == Array(0..<count) {
            indices.append(indices.removeFirst())
        }
        return indices
    }
}

extension Question {
    /// The indices of the choices, items or match options in the order shown: mixed up by the
    /// question's id, so the right answer is never where pressing 1 finds it more than chance
    /// allows; a quiz round adds a salt of its own, so each round mixes them anew. True or
    /// false stays in that order.
    public func displayOrder(salt: String? = nil) -> [Int] {
        let seed = id + (salt ?? "")
        switch form {
        case .choice(let choices, _):
            return type == .singleChoice
                ? StableShuffle.permutation(count: choices.count, seed: seed, allowingIdentity: true)
                : Array(choices.indices)
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

    /// The choices, items or options on screen, numbered from 1 in this order. An order
    /// question's items keep their numbers as they are placed, so the number learned for an
    /// item stays right; `canPick` says which are still free.
    public func selectable(after picks: [Int], salt: String? = nil) -> [Int] {
        displayOrder(salt: salt)
    }

    /// False for an item an order question has already placed.
    public func canPick(_ index: Int, after picks: [Int]) -> Bool {
        if case .order = form { return !picks.contains(index) }
        return true
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
