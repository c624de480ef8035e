import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

@Suite struct ProgressStoreTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func keptFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("progress.json.") }
    }

    @Test func savesAtomicallyAndLoadsBack() throws {
        let store = ProgressStore(path: try folder() + "/sub/progress.json")
        #expect(store.load() == .none)
        let record = ProgressRecord(
            positions: ["full": SavedPosition(lesson: "alpha", screen: 2)], finishedLessons: ["a"],
            answers: [Answer(questionID: "q", lessonID: "a", response: [1], correct: true, at: Fixtures.now)],
            updatedAt: Fixtures.now)
        try store.save(record)
        #expect(store.load() == .loaded(record))
        let folderContents = try FileManager.default.contentsOfDirectory(
            atPath: (store.path as NSString).deletingLastPathComponent)
        #expect(folderContents == ["progress.json"], "no temporary file is left behind")
    }

    @Test(arguments: [
        ("", "it is empty", "empty"),
        ("{\"formatVersion\": 1, \"path\": \"full\", \"positions\": {", "it is damaged", "damaged"),
        ("hello, this is not JSON", "it is damaged", "damaged"),
        ("\u{0}\u{1}\u{FF}binary\u{7}", "it is damaged", "damaged"),
        (
            "{\"formatVersion\": 99, \"whatever\": true}", "it was saved by a newer version of this tutorial",
            "newer-version"
        ),
    ])
    func aBadFileIsKeptAsideUnderANameThatSaysWhatItIs(content: String, reason: String, label: String) throws {
        let folder = try folder()
        let store = ProgressStore(path: folder + "/progress.json")
        try Data(content.utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .unusable(let said, let keptAs?) = store.load() else {
            Issue.record("expected the file to be kept aside")
            return
        }
        #expect(said == reason)
        #expect(keptAs.hasPrefix(store.path + ".\(label)-"))
        #expect(try String(contentsOfFile: keptAs, encoding: .utf8) == content, "kept byte for byte")
        #expect(!FileManager.default.fileExists(atPath: store.path), "the way is clear for a new file")
        #expect(try keptFiles(in: folder).count == 1)
    }

    @Test func aFileThatCannotBeReadIsLeftAloneAndNotWrittenOver() throws {
        let folder = try folder()
        let store = ProgressStore(path: folder + "/progress.json")
        try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: false)
        #expect(store.load() == .unusable(reason: "it cannot be read", keptAs: nil))
        #expect(throws: ProgressStore.SaveError.self) { try store.save(ProgressRecord()) }
    }

    @Test func aFolderThatCannotBeWrittenGivesAClearError() throws {
        let folder = try folder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        let store = ProgressStore(path: folder + "/file/progress.json")
        #expect(throws: ProgressStore.SaveError.self) { try store.save(ProgressRecord()) }
    }

    @Test func aSecondCopyCannotTakeTheLock() throws {
        let store = ProgressStore(path: try folder() + "/progress.json")
        let first = try #require(store.lock())
        #expect(store.lock() == nil)
        first.unlock()
        #expect(store.lock() != nil)
    }

    @Test func aFileFromBeforeQuizzesStillLoads() throws {
        let store = ProgressStore(path: try folder() + "/progress.json")
        let old = """
            {"formatVersion": 1, "path": "full", "positions": {"full": {"lesson": "alpha", "screen": 1}},
             "finishedLessons": [], "answers": [{"questionID": "q", "lessonID": "a", "response": [0], "correct": true, "at": "2027-01-15T08:00:00Z"}]}
            """
        try Data(old.utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .loaded(let record) = store.load() else {
            Issue.record("expected it to load")
            return
        }
        #expect(record.reviewCards == nil)
        #expect(record.answers.first?.inQuiz == nil)
    }

    @Test func backUpKeepsACopy() throws {
        let store = ProgressStore(path: try folder() + "/progress.json")
        try store.save(ProgressRecord())
        let copy = try #require(try store.backUp(label: "before-reset"))
        #expect(FileManager.default.contentsEqual(atPath: copy, andPath: store.path))
    }
}

@Suite struct LearnerNameTests {
    @Test(arguments: ["Ana", "José García", "mum_2", "Dr. Lee", "O'Brien"])
    func ordinaryNamesBecomeFileNames(name: String) throws {
        #expect(try LearnerName.fileName(for: name) == name + ".json")
    }

    @Test(arguments: [
        ("../etc/passwd", "it may not contain / or \\"), ("a/b", "it may not contain / or \\"),
        ("..", "it may not contain .."), ("", "it is empty"), ("   ", "it is empty"),
        (".hidden", "it may not start with . or -"), ("-rf", "it may not start with . or -"),
        ("bell\u{07}", "it contains control characters"), ("a:b", "use letters, digits, spaces, - and _ only"),
        (String(repeating: "a", count: 65), "it is longer than 64 characters"),
    ])
    func unsafeNamesAreRefusedWithAReason(name: String, reason: String) {
        #expect(throws: LearnerName.Unusable.self) { try LearnerName.fileName(for: name) }
        do {
            _ = try LearnerName.fileName(for: name)
        } catch {
            #expect("\(error)".hasSuffix(reason))
        }
    }
}

@Suite struct PlainViewTests {
    @Test func aPictureBecomesItsDescription() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 1)
        let lines = PlainView.screen(driver.state, driver.tutorial)
        #expect(lines.contains("Picture: Cancer cells leave the tumor and enter a blood vessel."))
        #expect(!lines.joined().contains("┌"))
    }

    @Test func firstScreenCarriesTheDisclaimerAndFeedbackIsInWords() throws {
        var driver = Driver(try Fixtures.tutorial())
        #expect(
            PlainView.screen(driver.state, driver.tutorial).contains {
                $0.contains("General education only, not medical advice.")
            })
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(driver.shownNumber(ofChoice: 2)))
        let lines = PlainView.screen(driver.state, driver.tutorial)
        #expect(lines.contains("Not quite."))
        #expect(lines.contains("The right answer is: Cancer cells pushing into a blood or lymph vessel."))
        #expect(lines.contains("That is angiogenesis."))
    }
}
