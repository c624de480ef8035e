import ArgumentParser
import LessonModel
import TutorEngine
import TutorStorage
import TutorView

/// `metastasis-tutor summary`: one page to print at the end of a session, or later.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract:
            "Print one page about this learner's sessions: lessons covered, what to go over again, their questions, when to call right away, and where to learn more."
    )

    @OptionGroup var source: LessonSourceOptions
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let library = try source.library()
        let record = try progress.savedRecord(in: try progress.store())
        let words = library.words
        let date = record?.updatedAt.map { words.lastHere(words.describe($0.civil(utcOffset: SystemClock.utcOffset()))) }
        print(SessionSummary.text(record: record, library: library, date: date), terminator: "")
    }
}
