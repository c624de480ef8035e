import LessonModel
/// How a quiz round went, by lesson, and what to read again.
public struct QuizSummary: Equatable, Sendable {
    public struct Topic: Equatable, Sendable {
        public var lessonID: String
        public var title: String
        public var right: Int
        public var asked: Int
    }

    public var asked: Int
    public var rightFirstTime: Int
    public var questionCount: Int
    public var topics: [Topic]
    /// The questions missed on the first try, in the order asked.
    public var missedQuestionIDs: [String]

    public var percent: Int { asked == 0 ? 0 : rightFirstTime * 100 / asked }
    public var reviewNext: [Topic] { topics.filter { $0.right < $0.asked } }

    public init(round: QuizRound, library: LessonLibrary) {
        asked = round.firstTries.count
        rightFirstTime = round.answeredRightFirstTime
        questionCount = round.questionCount
        var topics: [Topic] = []
        for attempt in round.firstTries {
            if let index = topics.firstIndex(where: { $0.lessonID == attempt.lessonID }) {
                topics[index].asked += 1
                topics[index].right += attempt.correct ? 1 : 0
            } else {
                topics.append(
                    Topic(
                        lessonID: attempt.lessonID, title: library.lessons[attempt.lessonID]?.title ?? attempt.lessonID,
                        right: attempt.correct ? 1 : 0, asked: 1))
            }
        }
        self.topics = topics
        missedQuestionIDs = round.firstTries.filter { !$0.correct }.map(\.questionID)
    }
}
