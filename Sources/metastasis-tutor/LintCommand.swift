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
            checked when this program was built): every language folder in it, and that each \
            translation has the same lessons, screens, questions and right answers as Lessons/en. \
            Exit status 1 when there is any problem.
            """
    )

    @Argument(help: ArgumentHelp("The folder of lesson files (for example Lessons/en), or Lessons for every language.", valueName: "DIR"))
    var directory: String?

    func run() throws {
        guard let folder = directory ?? (FileSystem.isFolder("Lessons") ? "Lessons" : nil) else {
            print(
                "metastasis-tutor: there is no Lessons folder here; give the folder to check. "
                    + "The built-in lessons were checked when this program was built.")
            return
        }
        let all = CourseLint.problems(folder: folder)
        for problem in all { print(problem.description) }
        if !all.isEmpty { throw ExitCode.failure }
    }
}
