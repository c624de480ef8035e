import LessonModel
import Dispatch

extension LessonFileDecoder {
    /// Decodes many files on all cores. Each file is decoded on its own, with its own context,
    /// so the results are the same as one by one, and they come back in the files' order.
    static func decodeAll<T: Decodable & Sendable>(_ type: T.Type, from files: [LessonFile]) -> [(T?, [Problem])] {
        concurrentMap(files) { decode(T.self, from: $0) }
    }
}

/// `items.map(transform)` on all cores, in the items' order: lesson files are read and
/// decoded independently of each other.
func concurrentMap<Item: Sendable, Value: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Value
) -> [Value] {
    let results = OrderedResults<Value>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        results.set(index, transform(items[index]))
    }
    return results.values
}

/// One slot per file, each written once by the thread that decoded that file.
private final class OrderedResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = DispatchQueue(label: "metastasis.decode-results")

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.sync { slots[index] = value } }

    var values: [Value] { lock.sync { slots.map { $0! } } }
}
