import LessonModel

/// How far a learner has got: the same model behind the progress screen, the `progress`
/// command's text and its `--json`.
public struct ProgressReport: Codable, Equatable, Sendable {
    public struct LessonStatus: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var part: Int?
        public var done: Bool
        public var questions: Int
        public var answered: Int
        public var right: Int
    }

    public struct PartStatus: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var lessons: Int
        public var done: Int
    }

    public struct QuizStatus: Codable, Equatable, Sendable {
        /// Questions that have been through self-quizzing at least once.
        public var reviewed: Int
        public var dueNow: Int
        /// How many questions sit in each review box, box 1 first.
        public var boxes: [Int]
        public var answers: Int
        public var right: Int
    }

    public var course: String
    public var lessonsDone: Int
    public var lessonCount: Int
    public var parts: [PartStatus]
    public var lessons: [LessonStatus]
    public var quiz: QuizStatus
    public var lastVisit: Instant?
    /// Lessons an educator marked "go over again" after teach-back, by id, in course order.
    public var goOverAgain: [String] = []
    /// Seconds from UTC where the learner is, for wording `lastVisit`; not part of the JSON.
    public var utcOffset: Int = 0

    enum CodingKeys: String, CodingKey {
        case course, lessonsDone, lessonCount, parts, lessons, quiz, lastVisit, goOverAgain
    }

    public static func make(
        library: LessonLibrary, record: ProgressRecord?, now: Instant, utcOffset: Int = 0
    ) -> ProgressReport {
        // The `progress` command passes the file as read: nothing in it is trusted.
        let record = record?.checked(against: library).record
        let finished = Set(record?.finishedLessons ?? [])
        let answers = record?.answers ?? []
        var latest: [String: Answer] = [:]
        for answer in answers where answer.inQuiz != true { latest[answer.questionID] = answer }

        let lessons = library.courseOrder.compactMap { id -> LessonStatus? in
            guard let lesson = library.lessons[id] else { return nil }
            let given = lesson.questions.compactMap { latest[$0.id] }
            return LessonStatus(
                id: id, title: lesson.title, part: library.part(of: id)?.number, done: finished.contains(id),
                questions: lesson.questions.count, answered: given.count, right: given.filter(\.correct).count)
        }
        let parts = library.course.parts.enumerated().map { index, part in
            let ids = Set(part.lessons.map(\.id))
            return PartStatus(
                number: index + 1, title: part.title, lessons: ids.count, done: ids.intersection(finished).count)
        }
        let cards = record?.reviewCards ?? [:]
        let quizAnswers = answers.filter { $0.inQuiz == true }
        let quiz = QuizStatus(
            reviewed: cards.count, dueNow: cards.values.filter { $0.isDue(at: now) }.count,
            boxes: (1...ReviewCard.boxCount).map { box in cards.values.filter { $0.box == box }.count },
            answers: quizAnswers.count, right: quizAnswers.filter(\.correct).count)
        return ProgressReport(
            course: library.course.title, lessonsDone: lessons.filter(\.done).count, lessonCount: lessons.count,
            parts: parts, lessons: lessons, quiz: quiz, lastVisit: record?.updatedAt,
            goOverAgain: TeachBackEngine.toGoOverAgain(record?.teachBack ?? [:], library), utcOffset: utcOffset)
    }
}
