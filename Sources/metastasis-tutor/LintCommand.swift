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
        discussion: """
            Without DIR, checks the Lessons folder in the current folder (the built-in lessons were \
            checked when this program was built). Exit status 1 when there is any problem.
            """
    )

    @Argument(help: ArgumentHelp("The folder of lesson files (for example Lessons/en).", valueName: "DIR"))
    var directory: String?

    func run() throws {
        guard let folder = directory ?? (FileSystem.isFolder("Lessons") ? "Lessons" : nil) else {
            print(
                "metastasis-tutor: there is no Lessons folder here; give the folder to check. "
                    + "The built-in lessons were checked when this program was built.")
            return
        }
        let (files, readProblems) = LessonFileReader.read(directory: folder)
        // A folder that cannot be read is one problem, not also "there is no course file".
        let problems = files.isEmpty && !readProblems.isEmpty ? [] : LessonLibrary.load(files).problems
        let all = readProblems + problems
        for problem in all { print(problem.description) }
        if !all.isEmpty { throw ExitCode.failure }
    }
}
