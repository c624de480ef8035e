import LessonModel

/// What the progress file holds. Lessons are named by id and positions by lesson id, so a
/// file survives lessons being added or reordered.
public struct ProgressRecord: Codable, Equatable, Sendable {
    /// 2 added the learner's questions; files of format 1 load as they are.
    public static let currentFormatVersion = 2

    public var formatVersion: Int
    /// The path the learner was on last.
    public var path: String
    /// Where the learner is on each path they have used.
    public var positions: [String: SavedPosition]
    public var finishedLessons: [String]
    /// Answers given, oldest first: for each question its last answer on the lesson screen
    /// and its last few quiz answers (see `AnswerLog`).
    public var answers: [Answer]
    /// Each question's review box for self-quizzing (absent in files from before quizzes).
    public var reviewCards: [String: ReviewCard]?
    public var updatedAt: Instant?
    /// The learner's questions for their care team (absent before format 2).
    public var questions: [LearnerQuestion]?
    /// Guided sessions' teach-back marks by lesson id (absent before format 2).
    public var teachBack: [String: TeachBackMark]?
    /// The learner's own path (`--for`, `--site`), when they have one (absent before format 2).
    public var learnerPath: LearnerPath?
    /// The language the learner last read the course in ("en", "es"; absent in older files).
    /// Kept as text, so a file from a build with more languages still loads here.
    public var language: String?

    public init(
        path: String = Course.fullPathName, positions: [String: SavedPosition] = [:],
        finishedLessons: [String] = [], answers: [Answer] = [], reviewCards: [String: ReviewCard]? = nil,
        updatedAt: Instant? = nil, questions: [LearnerQuestion]? = nil, teachBack: [String: TeachBackMark]? = nil,
        learnerPath: LearnerPath? = nil, language: String? = nil
    ) {
        self.formatVersion = Self.currentFormatVersion
        self.path = path
        self.positions = positions
        self.finishedLessons = finishedLessons
        self.answers = answers
        self.reviewCards = reviewCards
        self.updatedAt = updatedAt
        self.questions = questions
        self.teachBack = teachBack
        self.learnerPath = learnerPath
        self.language = language
    }
}

extension TutorState {
    /// The state a learner comes back to: the saved place on this path (when the lesson
    /// still exists), their finished lessons and their answers. The record is checked against
    /// the course first (`checked(against:)`); what had to be dropped is told in a notice.
    public init(resuming saved: ProgressRecord, tutorial: Tutorial) {
        self.init()
        let checked = saved.checked(against: tutorial.library)
        let record = checked.record
        if checked.dropped > 0 { notice = .progressRepaired(count: checked.dropped) }
        answerLog = record.answers
        finishedLessons = Set(record.finishedLessons)
        lastVisit = record.updatedAt
        reviewCards = record.reviewCards ?? [:]
        questions = record.questions ?? []
        teachBack = record.teachBack ?? [:]
        learnerPath = record.learnerPath
        otherPaths = record.positions.filter { $0.key != tutorial.pathName }
        if let saved = record.positions[tutorial.pathName], let unit = tutorial.unitIndex(of: saved.lesson) {
            let screens = tutorial.units[unit].screens.count
            position = Position(unit: unit, screen: min(max(0, saved.screen), max(0, screens - 1)))
        }
    }

    /// The progress file's contents for this state.
    public func record(tutorial: Tutorial, now: Instant) -> ProgressRecord {
        var positions = otherPaths
        positions[tutorial.pathName] = SavedPosition(
            lesson: tutorial.units[position.unit].id, screen: position.screen)
        return ProgressRecord(
            path: tutorial.pathName, positions: positions, finishedLessons: finishedLessons.sorted(),
            answers: AnswerLog.bounded(answerLog), reviewCards: reviewCards.isEmpty ? nil : reviewCards, updatedAt: now,
            questions: questions.isEmpty ? nil : questions, teachBack: teachBack.isEmpty ? nil : teachBack,
            learnerPath: learnerPath, language: tutorial.library.language.rawValue)
    }
}
