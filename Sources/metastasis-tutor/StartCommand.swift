import ArgumentParser
import Foundation
import TerminalUI
import TutorCore

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the tutorial, or carry on where you left off (the default)."
    )

    @OptionGroup var source: LessonSourceOptions

    @Option(help: ArgumentHelp("Open this lesson, for example step-3 or site-liver.", valueName: "ID"))
    var lesson: String?

    @Option(help: ArgumentHelp("Follow a shorter path: six-steps, where-it-spreads, overview (or full).", valueName: "NAME"))
    var path: String?

    @Option(help: ArgumentHelp("Keep progress in this file instead of the default one.", valueName: "FILE"))
    var progress: String?

    func run() throws {
        let library = try source.library()
        let environment = ProcessInfo.processInfo.environment
        let store = ProgressStore(path: progress ?? ProgressStore.defaultPath(environment: environment))
        let loaded = store.load()
        var record: ProgressRecord?
        var notice: String?
        switch loaded {
        case .none: break
        case .loaded(let saved): record = saved
        case .unusable(let reason, let keptAs):
            notice = "Your saved progress could not be used (\(reason)), so you start afresh."
                + (keptAs.map { " The old file is kept as \($0)." } ?? "")
        }

        var pathName = path ?? record?.path ?? Course.fullPathName
        if library.lessonIDs(inPath: pathName) == nil {
            if path != nil {
                throw ValidationError("there is no path called '\(pathName)'; the paths are: \(library.pathNames.joined(separator: ", "))")
            }
            pathName = Course.fullPathName
        }
        if let lesson {
            guard library.lessons[lesson] != nil else {
                throw ValidationError("there is no lesson called '\(lesson)'; the lessons are: \(library.courseOrder.joined(separator: ", "))")
            }
            if library.lessonIDs(inPath: pathName)?.contains(lesson) != true {
                pathName = Course.fullPathName
            }
        }
        guard let tutorial = Tutorial(library: library, pathName: pathName) else { throw ExitCode.failure }
        var state = record.map { TutorState(resuming: $0, tutorial: tutorial) } ?? TutorState()
        if let lesson {
            _ = Engine.reduce(&state, .openLesson(lesson), tutorial: tutorial, now: Date())
        }
        state.notice = notice

        let terminal: Terminal
        do {
            terminal = try Terminal(useColor: environment["NO_COLOR"].map(\.isEmpty) ?? true)
        } catch {
            printError("metastasis-tutor: \(error)")
            throw ExitCode.failure
        }
        let session = TutorialSession(terminal: terminal, tutorial: tutorial, store: store, state: state)
        let signal = session.run()
        terminal.close()
        if let signal { throw ExitCode(128 + signal) }
    }
}
