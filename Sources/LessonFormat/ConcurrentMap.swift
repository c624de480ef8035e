import Dispatch

/// `items.map(transform)` on all cores, in the items' order: lesson files are read and
/// checked independently of each other.
func concurrentMap<Item: Sendable, Value: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Value
) -> [Value] {
    let results = OrderedResults<Value>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        results.set(index, transform(items[index]))
    }
    return results.values
}

/// One slot per item, each written once by the thread that made it.
private final class OrderedResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = DispatchQueue(label: "metastasis.ordered-results")

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.sync { slots[index] = value } }

    var values: [Value] { lock.sync { slots.map { $0! } } }
}
