import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the tutorial, or carry on where you left off (the default)."
    )

    @OptionGroup var session: SessionOptions
    @OptionGroup var kiosk: KioskOptions

    @Option(help: ArgumentHelp("Open this lesson, for example \(BuiltinNames.lessonExamples).", valueName: "ID"))
    var lesson: String?

    @Option(
        help: ArgumentHelp(
            "Follow a path of the course: \(BuiltinNames.pathNames). A kiosk runs its own short path unless this names one.",
            valueName: "NAME")
    )
    var path: String?

    @Flag(
        help:
            "A session with a nurse or health educator: after each lesson with a teach-back question, the educator asks it and marks how it went."
    )
    var guided = false

    var settings: StartSettings {
        StartSettings(
            lessonsDirectory: session.source.directory, progressFile: session.progress.file,
            learner: session.progress.learner, plain: session.plain, theme: session.theme, kiosk: kiosk.kiosk,
            idleTimeout: kiosk.idleTimeout, idleCountdown: kiosk.idleCountdown, stats: kiosk.stats, lesson: lesson,
            path: path, guided: guided)
    }

    func validate() throws { try settings.validate() }

    func run() throws { try settings.run() }
}
