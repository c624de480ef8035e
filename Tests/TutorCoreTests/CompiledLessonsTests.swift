import BuiltinLessons
import Foundation
import Testing

@testable import LessonFormat
@testable import LessonModel

/// The lessons compiled into the binary at build time are exactly what reading the YAML
/// gives, down to every line and column: the emitter loses nothing.
@Suite struct CompiledLessonsTests {
    static let packageDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func everyBuiltInLanguageEqualsItsYAML() throws {
        #expect(BuiltinLessons.languages.contains(.en))
        let previous = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        FileManager.default.changeCurrentDirectoryPath(Self.packageDirectory)
        for language in BuiltinLessons.languages {
            let (files, readProblems) = LessonFileReader.read(directory: "Lessons/\(language.rawValue)")
            var (fromYAML, problems) = LessonLibrary.load(files)
            #expect(readProblems.isEmpty && problems.isEmpty)
            fromYAML?.language = language
            let compiled = try #require(BuiltinLessons.library(language: language))
            #expect(compiled == fromYAML)
        }
    }

    @Test func literalsKeepEveryCharacter() {
        let tricky = "a \"quote\", a \\ backslash, a\nnew line, é, 😀, \u{7F} and \\(not interpolated)"
        let literal = SwiftSourceEmitter.literal(tricky)
        #expect(!literal.dropFirst().dropLast().contains("\n"))
        #expect(literal == #""a \"quote\", a \\ backslash, a\nnew line, \u{e9}, \u{1f600}, \u{7f} and \\(not interpolated)""#)
    }
}
