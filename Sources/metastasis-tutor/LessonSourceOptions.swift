import ArgumentParser
import BuiltinLessons
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// Where the lessons come from: the ones built into the binary, or `--lessons DIR`.
struct LessonSourceOptions: ParsableArguments {
    @Option(
        name: .customLong("lessons"),
        help: ArgumentHelp("Use the lesson files in this folder instead of the built-in ones.", valueName: "DIR"))
    var directory: String?

    /// The checked library, or the problems printed one a line and exit status 1. The built-in
    /// lessons were checked when the program was built, so only `--lessons DIR` reads YAML.
    func library() throws -> LessonLibrary { try Self.library(directory: directory) }

    static func library(directory: String?) throws -> LessonLibrary {
        guard let directory else {
            guard let library = BuiltinLessons.library() else { throw ExitCode.failure }
            return library
        }
        let (files, readProblems) = LessonFileReader.read(directory: directory)
        // A folder that cannot be read is one problem, not also "there is no course file".
        let (library, problems) =
            files.isEmpty && !readProblems.isEmpty ? (nil, []) : LessonLibrary.load(files)
        let all = readProblems + problems
        if let library, all.isEmpty { return library }
        for problem in all { printError(problem.description) }
        printError(
            "metastasis-tutor: the lessons have \(all.count) problem\(all.count == 1 ? "" : "s"); fix them and run 'metastasis-tutor lint' to check"
        )
        throw ExitCode.failure
    }
}

extension LessonLibrary {
    /// The command-line error for a lesson id that names no lesson, listing the ones there are.
    func unknownLesson(_ id: String) -> ValidationError {
        ValidationError("there is no lesson called '\(id)'; the lessons are: \(courseOrder.joined(separator: ", "))")
    }
}
