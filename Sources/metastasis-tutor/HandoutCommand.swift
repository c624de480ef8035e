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
        discussion: "Without IDs, prints every lesson in course order. Lessons are separated by a form feed."
    )

    @OptionGroup var source: LessonSourceOptions

    @Argument(help: ArgumentHelp("Lesson ids, such as step-3 or site-liver.", valueName: "ID"))
    var lessonIDs: [String] = []

    func run() throws {
        let library = try source.library()
        for id in lessonIDs where library.lessons[id] == nil {
            throw library.unknownLesson(id)
        }
        print(Handout.text(of: lessonIDs.isEmpty ? library.courseOrder : lessonIDs, in: library), terminator: "")
    }
}
