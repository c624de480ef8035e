/// The printable one-page sheets of a course (`Lessons/en/sheets.yaml`): questions to ask
/// the care team, a symptom log and a card of signs that need a call right away.
public struct Sheets: Equatable, Sendable {
    public var questions: QuestionSheet
    public var symptoms: SymptomSheet
    public var callNow: CallNowSheet

    public static let fileName = "sheets.yaml"
    /// A printer's page: 80 columns of a fixed-width font, 66 lines (11 inches at 6 a inch).
    public static let pageWidth = 80
    public static let pageLength = 66

    public init(questions: QuestionSheet, symptoms: SymptomSheet, callNow: CallNowSheet) {
        self.questions = questions
        self.symptoms = symptoms
        self.callNow = callNow
    }
}

/// The names `handout --sheet` takes.
public enum SheetKind: String, CaseIterable, Sendable {
    case questions, symptoms
    case callNow = "call-now"
}

public struct QuestionSheet: Equatable, Sendable {
    /// Where the sheet's key is written, for problems about the sheet as a whole.
    public var location: SourceLocation
    public var title: String
    public var intro: String
    public var groups: [QuestionGroup]
    /// Lines to write the learner's own questions on, after the printed ones.
    public var blankLines: Int

    public init(
        title: String, intro: String, groups: [QuestionGroup], blankLines: Int,
        location: SourceLocation = SourceLocation(file: "")
    ) {
        self.location = location
        self.title = title
        self.intro = intro
        self.groups = groups
        self.blankLines = blankLines
    }
}

/// Questions printed under the title of the lesson they come from.
public struct QuestionGroup: Equatable, Sendable {
    public var lesson: LessonReference
    public var questions: [String]

    public init(lesson: LessonReference, questions: [String]) {
        self.lesson = lesson
        self.questions = questions
    }
}

public struct SymptomSheet: Equatable, Sendable {
    /// Where the sheet's key is written, for problems about the sheet as a whole.
    public var location: SourceLocation
    public var title: String
    public var intro: String
    public var columns: [String]
    public var rows: Int
    public var note: String?

    /// Each empty row is this many lines to write on, then a rule.
    public static let rowHeight = 2

    public init(
        title: String, intro: String, columns: [String], rows: Int, note: String?,
        location: SourceLocation = SourceLocation(file: "")
    ) {
        self.location = location
        self.title = title
        self.intro = intro
        self.columns = columns
        self.rows = rows
        self.note = note
    }

    /// The room inside each column of a table `width` columns wide, drawn as
    /// `| text | text |`: every cell takes its text plus three (a bar and two spaces), and
    /// the line one bar more. Shared by the layout and lint, so lint's sums are the layout's.
    public static func columnWidths(count: Int, width: Int = Sheets.pageWidth) -> [Int] {
        guard count > 0 else { return [] }
        let room = width - 1 - 3 * count
        return (0..<count).map { room / count + ($0 < room % count ? 1 : 0) }
    }
}

public struct CallNowSheet: Equatable, Sendable {
    /// Where the sheet's key is written, for problems about the sheet as a whole.
    public var location: SourceLocation
    public var title: String
    public var intro: String
    public var signs: [String]
    public var emergency: String
    public var moreHelp: String?
    public var source: String

    public init(
        title: String, intro: String, signs: [String], emergency: String, moreHelp: String?, source: String,
        location: SourceLocation = SourceLocation(file: "")
    ) {
        self.location = location
        self.title = title
        self.intro = intro
        self.signs = signs
        self.emergency = emergency
        self.moreHelp = moreHelp
        self.source = source
    }
}
