import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// Lesson files made to break the loader. Each gives a clear `FILE:LINE:COLUMN` problem, and
/// quickly: the time limit is generous for a debug build on a busy machine, and far below
/// what an unbounded expansion, a wait on a pipe or a quadratic walk would take.
@Suite struct HostileLessonFileTests {
    static let limit = Duration.seconds(5)

    func problems(_ lesson: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        var found: [String] = []
        let elapsed = ContinuousClock().measure { found = LintTests().problems(lesson: lesson) }
        #expect(elapsed < Self.limit, "took \(elapsed)", sourceLocation: sourceLocation)
        return found
    }

    func read(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        var result: Result<LessonFile, Problem>?
        let elapsed = ContinuousClock().measure { result = LessonFileReader.readFile(path) }
        #expect(elapsed < Self.limit, "took \(elapsed)", sourceLocation: sourceLocation)
        guard case .failure(let problem) = result else { return nil }
        return problem.description
    }

    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The "billion laughs": ten lines that stand for 10^9 strings. Used as a mapping key it
    /// would make Yams hash the whole expansion; it must be refused before Yams sees it.
    @Test func anAliasBombIsRefusedBeforeItExpands() {
        var bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            bomb +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        bomb += "? *a9\n: boom\n"
        let found = problems(bomb)
        #expect(
            found.first
                == "L/a.yaml:1:5: a YAML anchor ('&a0') is not allowed in lesson files; write the text out in full")
        #expect(
            found.contains(
                "L/a.yaml:2:10: a YAML alias ('*a0') is not allowed in lesson files; write the text out in full"))
        #expect(found.count == ProblemLimit.perFile + 1)
    }

    @Test func aSingleAnchorOrAliasIsRefusedToo() {
        let anchored = LintTests.goodLesson.replacingOccurrences(of: "title: A", with: "title: &t A")
        #expect(
            problems(anchored) == [
                "L/a.yaml:2:8: a YAML anchor ('&t') is not allowed in lesson files; write the text out in full"
            ])
        let aliased = LintTests.goodLesson.replacingOccurrences(of: "  - NCI", with: "  - *t")
        #expect(
            problems(aliased) == [
                "L/a.yaml:9:5: a YAML alias ('*t') is not allowed in lesson files; write the text out in full"
            ])
    }

    @Test func deepNestingInBlockStyleIsRefusedAtTheLevelTooMany() {
        // A list in a list in a list..., one level a line, 500 deep.
        let deep = (0..<500).map { String(repeating: " ", count: $0 * 2) + "-\n" }.joined()
        #expect(
            problems(deep) == [
                "L/a.yaml:17:33: lists and groups are nested more than 16 deep here; a lesson file never needs that many"
            ])
    }

    @Test func deepNestingInFlowStyleIsRefused() {
        let deep = "id: " + String(repeating: "[\n", count: 50_000) + String(repeating: "]\n", count: 50_000)
        #expect(
            problems(deep) == [
                "L/a.yaml:16:1: lists and groups are nested more than 16 deep here; a lesson file never needs that many"
            ])
    }

    @Test func aVeryLongLineIsReportedWhereItGoesOverTheLimit() {
        let long = LintTests.goodLesson.replacingOccurrences(
            of: "title: A", with: "title: " + String(repeating: "word ", count: 200_000))
        #expect(
            problems(long) == ["L/a.yaml:2:2001: this line is longer than 2000 characters; break it into shorter lines"]
        )
    }

    @Test func aFileOfAMillionProblemsListsTheFirstOnes() {
        let many =
            "id: a\ntitle: A\nkind: step\nsources: [NCI]\nscreens:\n" + String(repeating: "  - x\n", count: 150_000)
        let found = problems(many)
        #expect(found.first == "L/a.yaml:6:5: expected a group of 'key: value' lines for 'screens'")
        #expect(found.count == ProblemLimit.perFile + 1)
        #expect(found.last == "L/a.yaml:26:5: more problems follow in this file; fix the ones above first")
    }

    @Test func aTenMegabyteFileIsRefusedWithoutReadingItAll() throws {
        let path = try folder() + "/big.yaml"
        let line = "title: " + String(repeating: "x", count: 92) + "\n"
        try String(repeating: line, count: 100_000).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(read(path) == "\(path):1:1: the file is larger than 1 MB; a lesson file is far smaller")
    }

    @Test func invalidUTF8OnDiskIsReportedAtItsLine() throws {
        let path = try folder() + "/bad.yaml"
        try Data("id: a\ntitle: ok\nkind: caf\u{E9}".utf8.dropLast() + [0xFF, 0x0A]).write(
            to: URL(fileURLWithPath: path))
        #expect(read(path) == "\(path):3:10: the text is not valid UTF-8 here; save the file as UTF-8")
    }

    @Test func aFolderNamedLikeALessonFile() throws {
        let dir = try folder()
        try FileManager.default.createDirectory(atPath: dir + "/a.yaml", withIntermediateDirectories: true)
        let (_, found) = LessonFileReader.read(directory: dir)
        #expect(found.map(\.description) == ["\(dir)/a.yaml:1:1: this is a folder, not a lesson file"])
    }

    /// Opening a named pipe waits for a writer: without the check, lint would hang here.
    @Test func aNamedPipeIsRefusedWithoutWaitingForIt() throws {
        let path = try folder() + "/pipe.yaml"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(read(path) == "\(path):1:1: this is not an ordinary file (it is a device, pipe or socket)")
    }

    @Test func aLinkToNothingCannotBeRead() throws {
        let path = try folder() + "/gone.yaml"
        #expect(symlink("/nonexistent/lesson.yaml", path) == 0)
        #expect(read(path) == "\(path):1:1: cannot read this file (check that it exists and that you may read it)")
    }

    /// Root reads any file whatever its permissions, so this check runs for other users only.
    @Test(.enabled(if: getuid() != 0, "root may read a file without read permission"))
    func aFileWithoutReadPermission() throws {
        let path = try folder() + "/locked.yaml"
        try "id: a\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0) == 0)
        #expect(read(path) == "\(path):1:1: cannot read this file (check that it exists and that you may read it)")
    }

    /// What `lint DIR` prints for a folder: the reading problems, then the lint ones (none
    /// when the folder itself could not be read).
    func lint(_ directory: String) -> [String] {
        let (files, readProblems) = LessonFileReader.read(directory: directory)
        let lintProblems = files.isEmpty && !readProblems.isEmpty ? [] : LessonLibrary.load(files).problems
        return (readProblems + lintProblems).map(\.description)
    }

    /// A folder with the course of LintTests and the given lesson files.
    func course(_ lessons: [String: String]) throws -> String {
        let dir = try folder()
        try LintTests.course.write(toFile: dir + "/course.yaml", atomically: false, encoding: .utf8)
        for (name, text) in lessons {
            try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        return dir
    }

    /// A file named with an escape sequence (here a clipboard write, OSC 52) or a line feed
    /// is named in every message with each control character shown as U+FFFD, one line each.
    @Test func fileNamesInMessagesAreCleaned() throws {
        let dir = try course(["\u{1B}]52;c;aGVsbG8=\u{07}x.yaml": "id: x\n", "line\nfeed.yaml": "id: y\n"])
        let found = lint(dir)
        for line in found {
            #expect(!line.unicodeScalars.contains(where: TerminalText.isUnsafe), "\(line)")
        }
        #expect(found.contains("\(dir)/\u{FFFD}]52;c;aGVsbG8=\u{FFFD}x.yaml:1:1: a lesson is missing the key 'title'"))
        #expect(found.contains("\(dir)/line\u{FFFD}feed.yaml:1:1: a lesson is missing the key 'title'"))
    }

    @Test func aFolderNameGivenOnTheCommandLineIsCleaned() {
        #expect(lint("/nonexistent/\u{1B}[2J\nx") == ["/nonexistent/\u{FFFD}[2J\u{FFFD}x:1:1: no such folder"])
    }

    /// A megabyte of unknown keys: the first ones are named, then one line says more follow.
    /// The work is linear in the keys (scripts/benchmark times this file), so it is quick.
    @Test func aMegabyteOfUnknownKeysGivesTheFirstOnes() {
        let keys = (0..<100_000).map { "k\($0): v\n" }.joined()
        let found = problems(LintTests.goodLesson + keys)
        #expect(found.count == ProblemLimit.perFile + 1)
        #expect(
            found.first
                == "L/a.yaml:10:1: unknown key 'k0' in a lesson (allowed: id, title, kind, screens, terms, something-to-do, sources, teach-back)")
        #expect(found.last == "L/a.yaml:30:1: more problems follow in this file; fix the ones above first")
    }

    @Test func aLongUnknownKeyIsEchoedShort() {
        // libyaml itself refuses a key of more than 1,024 characters.
        let key = String(repeating: "x", count: 1_000)
        #expect(
            problems(LintTests.goodLesson + key + ": v\n") == [
                "L/a.yaml:10:1: unknown key '\(String(repeating: "x", count: 40))...' in a lesson (allowed: id, title, kind, screens, terms, something-to-do, sources, teach-back)"
            ])
    }

    /// A link could make lint read any file on the machine and print pieces of it.
    @Test func aLinkOutOfTheLessonFolderIsNotFollowed() throws {
        let outside = try folder() + "/secret.yaml"
        try "id: a\ntitle: top secret\n".write(toFile: outside, atomically: false, encoding: .utf8)
        let dir = try course([:])
        #expect(symlink(outside, dir + "/a.yaml") == 0)
        #expect(lint(dir) == ["\(dir)/a.yaml:1:1: this is a link to a file outside the lesson folder; it is not read"])
    }

    @Test func aLinkInsideTheLessonFolderIsFollowed() throws {
        let dir = try course(["lesson-a.txt": LintTests.goodLesson])
        #expect(symlink(dir + "/lesson-a.txt", dir + "/a.yaml") == 0)
        #expect(lint(dir) == [])
    }

    /// Some editors start a UTF-8 file with a byte-order mark; it is not part of the lesson.
    @Test func aByteOrderMarkIsAccepted() throws {
        #expect(problems("\u{FEFF}" + LintTests.goodLesson) == [])
        let dir = try course([
            "a.yaml": "\u{FEFF}" + LintTests.goodLesson.replacingOccurrences(of: "title: A", with: "titel: A")
        ])
        #expect(
            lint(dir) == [
                "\(dir)/a.yaml:1:1: a lesson is missing the key 'title'",
                "\(dir)/a.yaml:2:1: unknown key 'titel' in a lesson (did you mean 'title'?)",
            ])
    }

    /// A file saved as Latin-1: its one bad byte is the one problem, with no line claiming
    /// that the course names a lesson that does not exist.
    @Test func aLatin1ByteIsOneProblemAtItsPlace() throws {
        let dir = try course([:])
        var bytes = Array(LintTests.goodLesson.replacingOccurrences(of: "title: A", with: "title: Caf#").utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "#"))!] = 0xE9
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/a.yaml"))
        #expect(lint(dir) == ["\(dir)/a.yaml:2:11: the text is not valid UTF-8 here; save the file as UTF-8"])
    }
}
