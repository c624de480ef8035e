import ArgumentParser
import LessonModel
import TerminalUI
import TutorEngine

/// Everything the tutorial's start takes from its command line, as plain values: what
/// `StartCommand` parses, and what `QuickStartArguments` reads without ArgumentParser.
struct StartSettings: Equatable {
    var lessonsDirectory: String?
    var progressFile: String?
    var learner: String?
    var plain = false
    var theme = Theme.standard
    var kiosk = false
    var idleTimeout = KioskOptions.defaultIdleTimeout
    var idleCountdown = KioskOptions.defaultIdleCountdown
    var stats: String?
    var lesson: String?
    var path: String?
    var guided = false

    /// The checks ArgumentParser runs on each option group, in one place for both parsers.
    func validate() throws {
        try ProgressOptions.check(file: progressFile, learner: learner)
        try KioskOptions.check(kiosk: kiosk, stats: stats, idleTimeout: idleTimeout, idleCountdown: idleCountdown)
        guard kiosk else { return }
        if progressFile != nil || learner != nil {
            throw ValidationError("a kiosk keeps no progress: leave out --progress and --learner")
        }
        if plain { throw ValidationError("--kiosk needs a full-screen terminal; leave out --plain") }
        if guided { throw ValidationError("--guided is for a session with an educator, not a kiosk; leave out --guided") }
    }

    func run() throws {
        let library = try LessonSourceOptions.library(directory: lessonsDirectory)
        if kiosk { return try runKiosk(library) }
        let keeper = ProgressKeeper(store: try ProgressOptions.store(file: progressFile, learner: learner))
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
        state.guided = guided
        if let lesson {
            _ = Engine.reduce(&state, .openLesson(lesson), tutorial: tutorial, now: SystemClock.now())
        }
        try SessionOptions.run(plain: plain, theme: theme, tutorial: tutorial, state: state, keeper: keeper)
    }

    /// A fresh visitor every time: nothing is read from or written to a progress file.
    private func runKiosk(_ library: LessonLibrary) throws {
        let settings = try KioskOptions.settings(idleTimeout: idleTimeout, idleCountdown: idleCountdown)
        guard let kioskText = library.course.kiosk else {
            throw ValidationError(
                "\(library.course.location.file): the course has no 'kiosk:' section, which --kiosk needs (see Lessons/README.md)")
        }
        let pathName = path ?? kioskText.path
        guard let tutorial = Tutorial(library: library, pathName: pathName, kiosk: true) else {
            throw ValidationError(
                "there is no path called '\(pathName)'; the paths are: \(library.pathNames.joined(separator: ", "))")
        }
        var state = TutorState()
        state.kiosk = KioskState(settings: settings, now: SystemClock.now())
        try SessionOptions.run(
            plain: plain, theme: theme, tutorial: tutorial, state: state, keeper: ProgressKeeper(keepingNothing: ()),
            stats: stats)
    }
}
