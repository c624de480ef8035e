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

    @Flag(help: "Read each screen aloud as it opens (needs espeak-ng; press r to read one screen).")
    var readAloud = false

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp(
            "A path of your own: where the cancer started (\(BuiltinNames.cancerNames)). With no --site, the places it most often spreads.",
            valueName: "CANCER"))
    var cancer: String?

    @Option(
        name: .customLong("site"),
        help: ArgumentHelp(
            "A path of your own: where the cancer has spread (\(BuiltinNames.siteNames)); give it once for each place.",
            valueName: "SITE"))
    var sites: [String] = []

    @Option(help: ArgumentHelp("Add this lesson to your own path.", valueName: "ID"))
    var addLesson: [String] = []

    @Option(help: ArgumentHelp("Leave this lesson out of your own path.", valueName: "ID"))
    var dropLesson: [String] = []

    var settings: StartSettings {
        StartSettings(
            lessonsDirectory: session.source.directory, language: session.source.language,
            progressFile: session.progress.file,
            learner: session.progress.learner, plain: session.plain, theme: session.theme, marks: session.marks,
            kiosk: kiosk.kiosk,
            idleTimeout: kiosk.idleTimeout, idleCountdown: kiosk.idleCountdown, stats: kiosk.stats, lesson: lesson,
            path: path, guided: guided, readAloud: readAloud, cancer: cancer, sites: sites, addLessons: addLesson,
            dropLessons: dropLesson)
    }

    func validate() throws { try settings.validate() }

    func run() throws { try settings.run() }
}
