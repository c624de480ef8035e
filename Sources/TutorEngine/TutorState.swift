import LessonModel

/// One answer a learner gave, as the progress file keeps it.
public struct Answer: Equatable, Sendable, Codable {
    public var questionID: String
    public var lessonID: String
    /// Single choice and true/false: the choice picked. Order: the items in the order picked.
    /// Match: for each pair, the option picked. All indices count from 0 in the lesson file.
    public var response: [Int]
    public var correct: Bool
    public var at: Instant
    /// True for an answer given while quizzing; lesson screens show only their own answers.
    public var inQuiz: Bool?

    public init(questionID: String, lessonID: String, response: [Int], correct: Bool, at: Instant, inQuiz: Bool? = nil) {
        self.questionID = questionID
        self.lessonID = lessonID
        self.response = response
        self.correct = correct
        self.at = at
        self.inQuiz = inQuiz
    }
}

/// What is open on top of the lesson.
public enum Overlay: Equatable, Sendable {
    /// The index of the selected entry of `Engine.menuEntries`.
    case menu(selection: Int)
    case help
    case glossary(scroll: Int)
    /// The report is made when the screen opens, with the time of that key press.
    case progress(ProgressReport, scroll: Int)
    case quitConfirm
    /// The learner's own questions, with the selected one.
    case myQuestions(selection: Int)
    /// Guided sessions: the teach-back prompt of the lesson just finished, for the educator.
    case teachBack(lessonID: String)
}

/// A question being answered on screen: the highlighted choice, and for order and match
/// questions the picks made so far.
public struct Draft: Equatable, Sendable {
    public var highlight: Int?
    public var picks: [Int]

    public init(highlight: Int? = nil, picks: [Int] = []) {
        self.highlight = highlight
        self.picks = picks
    }
}

/// How much of the current screen's text the window shows, so "go on" can first show the rest
/// of a long screen.
public struct Viewport: Equatable, Sendable {
    public var contentLines: Int
    public var visibleLines: Int
    /// Lines that must be in view: the highlighted choice, or the feedback after an answer.
    public var focus: Range<Int>?

    public init(contentLines: Int, visibleLines: Int, focus: Range<Int>? = nil) {
        self.contentLines = contentLines
        self.visibleLines = visibleLines
        self.focus = focus
    }
}

/// Which characters the terminal can draw, found once at start (`Glyphs.choose` in the view):
/// the view draws every mark from the set, so it stays a function of the state.
public enum GlyphSet: String, Equatable, Sendable, CaseIterable {
    /// Any terminal with a UTF-8 locale: ✓ ✗ ▶ █ ░ ↑ ↓ and box lines.
    case unicode
    /// The Linux console (TERM=linux): marks its fonts have, ASCII or Latin-1 (√ x > #).
    case console
    /// No UTF-8 locale: plain ASCII only.
    case ascii
}

/// The terminal's size in cells.
public struct WindowSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The view's layout, handed to the engine as a pure function: how many lines the current
/// screen has and how many the window shows. The engine has the window size before it
/// decides (as Bubble Tea's WindowSizeMsg); nothing is fed back from drawing.
public typealias ScreenMeasure = @Sendable (TutorState, Tutorial, WindowSize) -> Viewport?

/// Everything about one learner's session. A value: the engine returns a new one for each action.
public struct TutorState: Equatable, Sendable {
    public var position: Position
    /// Every answer given, oldest first.
    public var answerLog: [Answer]
    public var finishedLessons: Set<String>
    public var draft: Draft
    public var overlay: Overlay?
    /// The first line of the screen's text that is shown.
    public var scroll: Int
    /// The terminal's size, an input like a key (the front end sends `.resize` first).
    public var window: WindowSize?
    /// A one-line message for the learner, cleared by the next key.
    public var notice: Notice?
    /// A second message from the start, shown when the first is cleared: one line holds one
    /// notice, and neither may be lost (a progress file kept aside, and no UTF-8).
    public var laterNotice: Notice?
    /// When this learner was last here, from the progress file.
    public var lastVisit: Instant?
    /// Positions on other paths, kept so switching paths loses nothing.
    public var otherPaths: [String: SavedPosition]
    /// The quiz round under way, shown instead of the lesson.
    public var quiz: QuizRound?
    /// Each question's review box, by question id.
    public var reviewCards: [String: ReviewCard]
    /// Set in kiosk mode.
    public var kiosk: KioskState?
    /// Seconds from UTC where the learner is (the front end reads it), for wording dates.
    public var utcOffset: Int
    /// The picks of order and match questions left half done, by question id, so stepping
    /// back to read a screen again does not throw them away.
    public var keptDrafts: [String: Draft]
    /// The learner's questions for their care team, oldest first.
    public var questions: [LearnerQuestion]
    /// Open while a question is being written or changed; it takes every key.
    public var editor: QuestionEditor?
    /// A session with an educator (`--guided`): teach-back prompts after lessons.
    public var guided: Bool
    /// The educator's teach-back marks, by lesson id.
    public var teachBack: [String: TeachBackMark]
    /// The learner's own path, kept so it is saved with their progress.
    public var learnerPath: LearnerPath?
    /// The sentence being read aloud, while the screen is read.
    public var speech: Speech?
    /// `--read-aloud`: each screen is read as it opens.
    public var readAloudAlways: Bool
    /// Whether a speech engine is installed (the front end finds out at start).
    public var speechAvailable: Bool
    /// The characters the terminal can draw (the front end finds out at start).
    public var glyphs: GlyphSet
    /// The language `l` switches to, when the course is there in another language too (the
    /// front end knows which courses it has).
    public var otherLanguage: Language?

    public init(position: Position = Position(unit: 0, screen: 0)) {
        self.position = position
        self.answerLog = []
        self.finishedLessons = []
        self.draft = Draft()
        self.overlay = nil
        self.scroll = 0
        self.window = nil
        self.notice = nil
        self.lastVisit = nil
        self.otherPaths = [:]
        self.quiz = nil
        self.reviewCards = [:]
        self.kiosk = nil
        self.utcOffset = 0
        self.keptDrafts = [:]
        self.questions = []
        self.editor = nil
        self.guided = false
        self.teachBack = [:]
        self.learnerPath = nil
        self.speech = nil
        self.readAloudAlways = false
        self.speechAvailable = false
        self.glyphs = .unicode
        self.otherLanguage = nil
    }

    /// The latest answer given to a question on its lesson screen, if any.
    public func answer(to questionID: String) -> Answer? {
        answerLog.last { $0.questionID == questionID && $0.inQuiz != true }
    }
}

/// A place on a path by lesson id, which survives lessons being added or moved.
public struct SavedPosition: Equatable, Sendable, Codable {
    public var lesson: String
    public var screen: Int

    public init(lesson: String, screen: Int) {
        self.lesson = lesson
        self.screen = screen
    }
}
