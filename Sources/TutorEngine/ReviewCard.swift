import LessonModel

/// Where a question stands in the learner's review boxes (the Leitner system): a right
/// answer moves it up a box and spaces the next review out; a wrong one sends it back to the
/// first box, due at once.
public struct ReviewCard: Equatable, Sendable, Codable {
    public static let boxCount = 5
    /// Days until a question in each box is due again, box 1 first.
    public static let intervals: [Int] = [0, 1, 3, 7, 14]

    public var box: Int
    public var due: Instant
    public var right: Int
    public var wrong: Int
    public var lastAnswered: Instant

    public init(box: Int = 1, due: Instant, right: Int = 0, wrong: Int = 0, lastAnswered: Instant) {
        self.box = box
        self.due = due
        self.right = right
        self.wrong = wrong
        self.lastAnswered = lastAnswered
    }

    /// The card after an answer at `now`; `card` is nil for a question never reviewed.
    public static func after(_ card: ReviewCard?, correct: Bool, now: Instant) -> ReviewCard {
        var next = card ?? ReviewCard(box: 1, due: now, lastAnswered: now)
        // Loaded cards are checked (`ProgressRecord.checked`); these bounds keep a card made
        // any other way from crashing the arithmetic below.
        next.box = min(max(1, next.box), boxCount)
        if correct {
            next.box = card == nil ? 2 : min(boxCount, next.box + 1)
            next.right = next.right < Int.max ? max(0, next.right) + 1 : Int.max
        } else {
            next.box = 1
            next.wrong = next.wrong < Int.max ? max(0, next.wrong) + 1 : Int.max
        }
        next.due = now.adding(seconds: Double(intervals[next.box - 1] * 86_400))
        next.lastAnswered = now
        return next
    }

    public func isDue(at now: Instant) -> Bool { due <= now }
}
