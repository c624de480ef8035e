import ArgumentParser
import Foundation
import TutorCore

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the tutorial, or carry on where you left off (the default)."
    )

    @OptionGroup var session: SessionOptions

    @Option(help: ArgumentHelp("Open this lesson, for example step-3 or site-liver.", valueName: "ID"))
    var lesson: String?

    @Option(help: ArgumentHelp("Follow a shorter path: six-steps, where-it-spreads, overview (or full).", valueName: "NAME"))
    var path: String?

    func run() throws {
        let library = try session.source.library()
        let keeper = ProgressKeeper(store: try session.progress.store())
        let record = keeper.record

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
        try session.run(tutorial: tutorial, state: state, keeper: keeper)
    }
}
