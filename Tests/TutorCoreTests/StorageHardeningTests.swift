import Foundation
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorStorage
@testable import TutorView

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 12: what is at the progress path, and how big it is, is not trusted either.
@Suite struct StorageHardeningTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("harden-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aSymlinkPlantedAtTheTemporaryNameIsNotFollowed() throws {
        let folder = try folder()
        let store = ProgressStore(path: folder + "/progress.json")
        let target = folder + "/precious.txt"
        try Data("do not touch".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: "\(store.path).tmp-\(getpid())", withDestinationPath: target)
        try store.save(ProgressRecord(finishedLessons: ["alpha"]))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "do not touch")
        guard case .loaded(let record) = store.load() else { throw CancellationError() }
        #expect(record.finishedLessons == ["alpha"])
        #expect(!FileManager.default.fileExists(atPath: "\(store.path).tmp-\(getpid())"))
    }

    @Test func aSymlinkPlantedAtTheLockNameIsNotFollowed() throws {
        let folder = try folder()
        let store = ProgressStore(path: folder + "/progress.json")
        let target = folder + "/elsewhere"
        try FileManager.default.createSymbolicLink(atPath: store.path + ".lock", withDestinationPath: target)
        #expect(store.lock() == nil)
        #expect(!FileManager.default.fileExists(atPath: target), "nothing is made at the link's target")
    }

    @Test(arguments: ["/dev/zero", "/dev/null"])
    func aDeviceIsRefusedAndGetsNoLockFile(device: String) throws {
        #expect(throws: ProgressStore.PathRefused.self) { try ProgressStore.checked(path: device) }
        do {
            _ = try ProgressStore.checked(path: device)
        } catch {
            #expect("\(error)" == "\(device) cannot hold progress: it is not a regular file")
        }
        let store = ProgressStore(path: device)
        #expect(store.lock() == nil)
        #expect(store.load() == .unusable(reason: "it cannot be read", keptAs: nil), "read without hanging")
        #expect(!FileManager.default.fileExists(atPath: device + ".lock"))
    }

    @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let path = try folder() + "/progress.json"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: ProgressStore.PathRefused.self) { try ProgressStore.checked(path: path) }
        #expect(ProgressStore(path: path).load() == .unusable(reason: "it cannot be read", keptAs: nil))
        #expect(ProgressStore(path: path).lock() == nil)
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        #expect(throws: Never.self) { try ProgressStore.checked(path: path + "-missing") }
    }

    @Test func aFileOverTheSizeLimitIsKeptAsideUnread() throws {
        let store = ProgressStore(path: try folder() + "/progress.json")
        var big = Data(
            #"{"formatVersion": 1, "path": "full", "positions": {}, "finishedLessons": [], "answers": []"#.utf8)
        big.append(Data(repeating: 0x20, count: ProgressStore.sizeLimit))
        big.append(Data("}".utf8))
        try big.write(to: URL(fileURLWithPath: store.path))
        guard case .unusable(let reason, let keptAs?) = store.load() else {
            Issue.record("expected the file to be kept aside")
            return
        }
        #expect(reason == "it is larger than 4 MB")
        #expect(keptAs.hasPrefix(store.path + ".too-large-"))
        #expect(FileManager.default.contents(atPath: keptAs) == big, "never lost")
    }

    @Test func theAnswerLogStaysBoundedAcrossSaves() throws {
        let tutorial = try Fixtures.tutorial()
        let store = ProgressStore(path: try folder() + "/progress.json")
        let question = try #require(tutorial.library.questions.first)
        var driver = Driver(tutorial)
        var sizes: [Int] = []  // answers in the file after each round
        for round in 0..<4 {
            for _ in 0..<40 {
                driver.send(.startQuiz(.lesson(question.lessonID), origin: .menu, count: 1))
                driver.send(.choose(1), .choose(1), .choose(1))
                driver.send(.endQuiz, .endQuiz)
                driver.now = driver.now.adding(seconds: 86_400 * 30)
            }
            try store.save(driver.state.record(tutorial: tutorial, now: driver.now))
            guard case .loaded(let record) = store.load() else { throw CancellationError() }
            driver.state = TutorState(resuming: record, tutorial: tutorial)
            let perQuestion = Dictionary(grouping: record.answers, by: \.questionID).mapValues(\.count)
            #expect(perQuestion.values.allSatisfy { $0 <= AnswerLog.quizAnswersKept + 1 }, "round \(round)")
            sizes.append(record.answers.count)
        }
        #expect(sizes == [40, 50, 50, 50], "the log stops growing at the bound: \(sizes)")
    }

    @Test func theLogKeepsTheLessonAnswerAndTheLatestQuizAnswers() {
        let now = Fixtures.now
        let lesson = Answer(questionID: "q", lessonID: "a", response: [0], correct: true, at: now)
        let quiz = (0..<100).map {
            Answer(
                questionID: "q", lessonID: "a", response: [$0 % 2], correct: false, at: now.adding(seconds: Double($0)),
                inQuiz: true)
        }
        let kept = AnswerLog.bounded([lesson] + quiz)
        #expect(kept.first == lesson)
        #expect(Array(kept.dropFirst()) == Array(quiz.suffix(AnswerLog.quizAnswersKept)))
    }

    @Test func aReadOnlyFolderIsNotAnotherCopy() throws {
        #expect(FileLock.problem(openErrno: EROFS, path: "/ro/progress.json.lock") == .folderNotWritable("/ro"))
        #expect(FileLock.problem(openErrno: EACCES, path: "/ro/progress.json.lock") == .folderNotWritable("/ro"))
        let store = ProgressStore(path: try folder() + "/progress.json")
        let held = try #require(store.lock())
        #expect(store.acquireLock().notice == .progressFileInUse, "only a held lock means another copy")
        held.unlock()
        #expect(
            EnglishWords().notice(.progressFolderNotWritable(folder: "/ro"), mode: .plain)
                == "Your progress cannot be saved: the folder /ro cannot be written. You can carry on.")
    }

    /// Root may write anywhere, so the folder can only be made read-only for other users.
    @Test(.enabled(if: getuid() != 0)) func aReadOnlyFolderSaysSo() throws {
        let folder = try folder()
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        let lock = ProgressStore(path: folder + "/progress.json").acquireLock()
        #expect(lock.notice == .progressFolderNotWritable(folder: folder))
    }
}

@Suite struct KioskStatsFileTests {
    func path() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/stats.json"
    }

    @Test(arguments: [
        ("{\"formatVersion\": 1, \"sessions\": ", "damaged"),
        ("not json", "damaged"),
        (#"{"formatVersion": 1, "sessions": -5, "lessonsFinished": {}, "answers": {}}"#, "damaged"),
        ("", "empty"),
        (#"{"formatVersion": 7, "sessions": 1, "lessonsFinished": {}, "answers": {}}"#, "newer-version"),
    ])
    func aStatsFileThatCannotBeUsedIsKeptAside(content: String, label: String) throws {
        let path = try path()
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        let (stats, keptAs) = KioskStats.loadKeepingAside(path: path)
        #expect(stats == KioskStats())
        let kept = try #require(keptAs)
        #expect(kept.hasPrefix(path + ".\(label)-"))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == content, "the old counts are not lost")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func goodAndMissingFilesAreNotMoved() throws {
        let path = try path()
        #expect(KioskStats.loadKeepingAside(path: path).keptAs == nil)
        var stats = KioskStats()
        _ = stats.count([.visitorStarted, .answered(questionID: "q", correct: true)])
        try stats.save(path: path)
        let (loaded, keptAs) = KioskStats.loadKeepingAside(path: path)
        #expect(loaded == stats && keptAs == nil)
    }

    @Test func countsStopAtTheTopInsteadOfTrapping() {
        var stats = KioskStats()
        stats.sessions = .max
        stats.answers["q"] = KioskStats.Tally(right: .max, wrong: 0)
        let counted = stats.count([.visitorStarted, .answered(questionID: "q", correct: true)])
        #expect(counted)
        #expect(stats.sessions == .max && stats.answers["q"]?.right == .max)
    }
}
