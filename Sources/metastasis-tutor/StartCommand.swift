import ArgumentParser
import Foundation
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

    @Option(help: ArgumentHelp("Open this lesson, for example step-3 or site-liver.", valueName: "ID"))
    var lesson: String?

    @Option(
        help: ArgumentHelp("Follow a shorter path: six-steps, where-it-spreads, overview (or full).", valueName: "NAME")
    )
    var path: String?

    func validate() throws {
        guard kiosk.kiosk else { return }
        if session.progress.file != nil || session.progress.learner != nil {
            throw ValidationError("a kiosk keeps no progress: leave out --progress and --learner")
        }
        if session.plain { throw ValidationError("--kiosk needs a full-screen terminal; leave out --plain") }
    }

    func run() throws {
        let library = try session.source.library()
        if kiosk.kiosk { return try runKiosk(library) }
        let keeper = ProgressKeeper(store: try session.progress.store())
        let record = keeper.record

        var pathName = path ?? record?.path ?? Course.fullPathName
        if library.lessonIDs(inPath: pathName) == nil {
            if path != nil {
                throw ValidationError(
                    "there is no path called '\(pathName)'; the paths are: \(library.pathNames.joined(separator: ", "))"
                )
            }
            pathName = Course.fullPathName
        }
        if let lesson {
            guard library.lessons[lesson] != nil else {
                throw library.unknownLesson(lesson)
            }
            if library.lessonIDs(inPath: pathName)?.contains(lesson) != true {
                pathName = Course.fullPathName
            }
        }
        guard let tutorial = Tutorial(library: library, pathName: pathName) else { throw ExitCode.failure }
        var state = record.map { TutorState(resuming: $0, tutorial: tutorial) } ?? TutorState()
        state.utcOffset = SystemClock.utcOffset()
        if let lesson {
            _ = Engine.reduce(&state, .openLesson(lesson), tutorial: tutorial, now: SystemClock.now())
        }
        try session.run(tutorial: tutorial, state: state, keeper: keeper)
    }

    /// A fresh visitor every time: nothing is read from or written to a progress file.
    private func runKiosk(_ library: LessonLibrary) throws {
        let pathName = path ?? Course.fullPathName
        guard let tutorial = Tutorial(library: library, pathName: pathName) else {
            throw ValidationError(
                "there is no path called '\(pathName)'; the paths are: \(library.pathNames.joined(separator: ", "))")
        }
        var state = TutorState()
        state.kiosk = KioskState(settings: kiosk.settings(), now: SystemClock.now())
        try session.run(
            tutorial: tutorial, state: state, keeper: ProgressKeeper(keepingNothing: ()), stats: kiosk.stats)
    }
}
