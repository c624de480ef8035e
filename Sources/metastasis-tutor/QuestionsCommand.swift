import ArgumentParser
import LessonModel
import TutorEngine
import TutorStorage
import TutorView

/// `metastasis-tutor questions`: the learner's own questions, to print or take to a visit.
struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "Print the questions you wrote down for your care team (press w in the tutorial to write one).",
        discussion: "handout --sheet questions prints them on the question sheet too."
    )

    @OptionGroup var source: LessonSourceOptions
    @OptionGroup var progress: ProgressOptions

    @Flag(help: "Print the questions as JSON.")
    var json = false

    func run() throws {
        let library = try source.library()
        let questions = try progress.savedRecord(checkedAgainst: library)?.questions ?? []
        if json {
            SystemIO.writeOut(String(decoding: try JSON.encode(questions), as: UTF8.self))
        } else {
            print(QuestionsPrint.text(questions, library: library), terminator: "")
        }
    }
}
