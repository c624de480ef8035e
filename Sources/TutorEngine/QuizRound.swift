import LessonModel

/// One round of self-quizzing: which questions to ask, in what order, and how it went.
public struct QuizRound: Equatable, Sendable {
    public enum Origin: Equatable, Sendable {
        /// `metastasis-tutor quiz`: the round is the whole session.
        case command
        /// "Test yourself" in the menu: the round ends back in the lessons.
        case menu
        /// The questions of a review lesson (the unit at this index): missed ones come back
        /// before the lesson goes on, and the round ends with a recap.
        case review(unit: Int)

        public var isReview: Bool {
            if case .review = self { return true }
            return false
        }
    }

    public struct Item: Equatable, Sendable {
        public var questionID: String
        public var lessonID: String
    }

    /// A question answered wrongly comes back after at least this many others.
    public static let missedComesBackAfter = 3

    public var origin: Origin
    /// Mixes up the choices differently each round.
    public var shuffleSalt: String
    /// Still to ask, the current question first.
    public var queue: [Item]
    public struct FirstTry: Equatable, Sendable {
        public var questionID: String
        public var lessonID: String
        public var correct: Bool
    }

    /// How many different questions the round asks.
    public let questionCount: Int
    /// The result of each question's first try, in the order asked.
    public var firstTries: [FirstTry]
    /// The answer just given to the current question, shown until the learner goes on.
    public var shownAnswer: Answer?
    public var draft: Draft
    public var finished: Bool
    /// Questions already put back once: missed again, they go to the end, so that questions
    /// not yet asked are never held off by the same few misses.
    public var putBack: Set<String> = []

    public init(origin: Origin, items: [Item], shuffleSalt: String) {
        self.origin = origin
        self.shuffleSalt = shuffleSalt
        self.queue = items
        self.questionCount = items.count
        self.firstTries = []
        self.shownAnswer = nil
        self.draft = Draft()
        self.finished = items.isEmpty
    }

    public var current: Item? { finished ? nil : queue.first }
    public var answeredRightFirstTime: Int { firstTries.filter(\.correct).count }

    /// Records an answer to the current question. A wrong one puts the question back in the
    /// queue behind at least three others (or last, when fewer are left).
    mutating func record(_ answer: Answer) {
        guard let item = current else { return }
        if !firstTries.contains(where: { $0.questionID == item.questionID }) {
            firstTries.append(FirstTry(questionID: item.questionID, lessonID: item.lessonID, correct: answer.correct))
        }
        shownAnswer = answer
        draft = Draft(highlight: answer.response.last)
    }

    /// Moves on from the answered (or skipped) current question.
    mutating func advance() {
        guard !queue.isEmpty else {
            finished = true
            return
        }
        let item = queue.removeFirst()
        let missed = shownAnswer.map { !$0.correct } ?? true
        if missed {
            // Skipped or wrong: it comes back later in the round.
            if putBack.insert(item.questionID).inserted {
                queue.insert(item, at: min(Self.missedComesBackAfter, queue.count))
            } else {
                queue.append(item)
            }
        }
        shownAnswer = nil
        draft = Draft()
        if queue.isEmpty { finished = true }
    }
}

/// Chooses a round's questions from the learner's review boxes.
public enum QuizPlanner {
    public static let defaultRoundSize = 10

    /// Questions due for review first (wrong before, lowest box, longest waiting), then
    /// questions never tried, in course order; questions not yet due only fill what is left.
    public static func items(
        from questions: [QuizRound.Item], cards: [String: ReviewCard], now: Instant, count: Int
    ) -> [QuizRound.Item] {
        let due = questions.filter { cards[$0.questionID]?.isDue(at: now) == true }
            .sorted { a, b in
                let ca = cards[a.questionID]!, cb = cards[b.questionID]!
                return (ca.box, ca.due) < (cb.box, cb.due)
            }
        let new = questions.filter { cards[$0.questionID] == nil }
        let later = questions.filter { cards[$0.questionID].map { !$0.isDue(at: now) } ?? false }
            .sorted { cards[$0.questionID]!.due < cards[$1.questionID]!.due }
        return Array((due + new + later).prefix(max(1, count)))
    }
}
