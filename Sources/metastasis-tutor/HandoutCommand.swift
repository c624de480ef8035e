import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Print lessons as plain text for printing or reading aloud, one lesson a page.",
        discussion: """
            Without IDs, prints a title page and every lesson in course order. Pages are separated \
            by a form feed; lines fit 80 columns. --sheet prints a one-page sheet instead.
            """
    )

    @OptionGroup var source: LessonSourceOptions
    // Whose questions the question sheet carries (the learner's own, written with w).
    @OptionGroup var progress: ProgressOptions

    @Option(help: ArgumentHelp("Print a one-page sheet instead of lessons.", valueName: "SHEET"))
    var sheet: SheetKind?

    @Flag(
        inversion: .prefixedNo,
        help: "Start with a title page (the course title and the disclaimer). Default: only for the whole course.")
    var titlePage: Bool?

    // For tools that measure sentences (scripts/reading-level): a line per paragraph.
    @Option(help: .hidden)
    var width: Int = Handout.width

    @Argument(help: ArgumentHelp("Lesson ids, such as \(BuiltinNames.lessonExamples).", valueName: "ID"))
    var lessonIDs: [String] = []

    func validate() throws {
        if sheet != nil && !lessonIDs.isEmpty {
            throw ValidationError(commandWords().lessonsOrSheet())
        }
        if width < 0 { throw ValidationError(commandWords().widthIsColumns()) }
    }

    func run() throws {
        let library = try source.library()
        if let sheet {
            guard let sheets = library.sheets else {
                printError("metastasis-tutor: " + library.words.noSheets(Sheets.fileName))
                throw ExitCode.failure
            }
            var own: [String] = []
            if sheet == .questions {
                own = try progress.savedRecord(checkedAgainst: library)?.questions?.map(\.text) ?? []
            }
            print(PrintedSheet.text(sheet, of: sheets, in: library, learnerQuestions: own), terminator: "")
            return
        }
        for id in lessonIDs where library.lessons[id] == nil {
            throw library.unknownLesson(id)
        }
        let ids = lessonIDs.isEmpty ? library.courseOrder : lessonIDs
        let text = Handout.text(of: ids, in: library, width: width, titlePage: titlePage ?? lessonIDs.isEmpty)
        print(text, terminator: "")
    }
}

// The values `--sheet` takes are the sheets' own names, so help and errors list them.
extension SheetKind: ExpressibleByArgument {}
