import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Test yourself: questions from the course, with the ones you missed coming back.",
        discussion:
            "Questions due for review and ones you got wrong before come first. A round ends with how you did, by topic."
    )

    @OptionGroup var session: SessionOptions

    @Option(help: ArgumentHelp("Ask only about this part of the course (1 to \(BuiltinNames.partCount)).", valueName: "N"))
    var part: Int?

    @Option(help: ArgumentHelp("Ask only about this lesson, for example \(BuiltinNames.lessonExamples).", valueName: "ID"))
    var lesson: String?

    @Option(help: ArgumentHelp("How many different questions to ask.", valueName: "N"))
    var count = QuizPlanner.defaultRoundSize

    func validate() throws {
        let words = commandWords()
        if part != nil && lesson != nil { throw ValidationError(words.partOrLesson()) }
        if count < 1 { throw ValidationError(words.countAtLeastOne()) }
    }

    func run() throws {
        let library = try session.source.library()
        var scope = QuizScope.all
        if let part {
            guard (1...library.course.parts.count).contains(part) else {
                throw ValidationError(library.words.noSuchPart(part, count: library.course.parts.count))
            }
            scope = .part(part)
        }
        if let lesson {
            guard let found = library.lessons[lesson] else {
                throw library.unknownLesson(lesson)
            }
            guard !found.questions.isEmpty else { throw ValidationError(library.words.lessonHasNoQuestions(lesson)) }
            scope = .lesson(lesson)
        }
        let keeper = ProgressKeeper(store: try session.progress.store())
        let pathName = keeper.record?.path ?? Course.fullPathName
        guard let tutorial = Tutorial(library: library, pathName: pathName) ?? Tutorial(library: library) else {
            throw ExitCode.failure
        }
        var state = keeper.record.map { TutorState(resuming: $0, tutorial: tutorial) } ?? TutorState()
        state.utcOffset = SystemClock.utcOffset()
        _ = Engine.reduce(&state, .startQuiz(scope, origin: .command, count: count), tutorial: tutorial, now: SystemClock.now())
        try session.run(tutorial: tutorial, state: state, keeper: keeper)
    }
}
