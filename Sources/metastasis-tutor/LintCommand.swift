import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lesson files and the course, one line per problem (FILE:LINE:COLUMN: message).",
        discussion: "Without DIR, checks the lessons built into this program. Exit status 1 when there is any problem."
    )

    @Argument(help: ArgumentHelp("The folder of lesson files (for example Lessons/en).", valueName: "DIR"))
    var directory: String?

    func run() throws {
        let (files, readProblems) = LessonSourceOptions(directory: directory).files()
        let (_, problems) = LessonLibrary.load(files)
        let all = readProblems + problems
        for problem in all { print(problem.description) }
        if !all.isEmpty { throw ExitCode.failure }
    }
}

extension LessonSourceOptions {
    init(directory: String?) {
        self.init()
        self.directory = directory
    }
}
