import ArgumentParser
import BuiltinLessons
import Foundation
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

    func files() -> (files: [LessonFile], problems: [Problem]) {
        if let directory { return LessonFileReader.read(directory: directory) }
        return (BuiltinLessons.files.map { LessonFile(path: $0.path, text: $0.text) }, [])
    }

    /// The checked library, or the problems printed one a line and exit status 1.
    func library() throws -> LessonLibrary {
        let (files, readProblems) = files()
        let (library, problems) = LessonLibrary.load(files)
        let all = readProblems + problems
        if let library, all.isEmpty { return library }
        for problem in all { printError(problem.description) }
        printError(
            "metastasis-tutor: the lessons have \(all.count) problem\(all.count == 1 ? "" : "s"); fix them and run 'metastasis-tutor lint' to check"
        )
        throw ExitCode.failure
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

extension LessonLibrary {
    /// The command-line error for a lesson id that names no lesson, listing the ones there are.
    func unknownLesson(_ id: String) -> ValidationError {
        ValidationError("there is no lesson called '\(id)'; the lessons are: \(courseOrder.joined(separator: ", "))")
    }
}
