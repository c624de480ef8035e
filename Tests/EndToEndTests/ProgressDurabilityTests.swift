import Foundation
import Testing
import LessonModel
import TutorEngine
import TutorStorage

#if canImport(Glibc)
    import Glibc
#endif

/// A progress file a learner can trust: it survives the tutorial being killed at any moment,
/// and two copies of the tutorial never write it at once.
@Suite(.serialized) struct ProgressDurabilityTests {
    /// xorshift, so a failing run can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    /// Starts the tutorial in plain mode with its output in a file; returns its process and
    /// the pipe to its standard input, kept open so the test types one line at a time.
    func spawn(_ arguments: [String], output: String) throws -> (pid: pid_t, input: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let all = [Paths.binary] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = withCleanSignals { posix_spawn(&pid, Paths.binary, &actions, &$0, &argv, environ) }
        close(fds[0])
        guard spawned == 0 else { throw POSIXError(.ENOEXEC) }
        return (pid, fds[1])
    }

    /// What the tutorial has printed so far, as lines.
    func printed(_ output: String) -> [String] {
        ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").components(separatedBy: "\n")
    }

    static func isFeedback(_ line: String) -> Bool { line == "Correct." || line == "Not quite." }
    static func isQuestion(_ line: String) -> Bool { line.hasPrefix("Test yourself. Question") }

    /// Waits until the output shows `count` lines that `match`: an event, never a fixed sleep,
    /// so a busy machine only makes the test slower. Returns false when the tutorial ended
    /// first, or after five minutes of nothing (a hang, not slowness).
    @discardableResult
    func waitFor(_ count: Int, _ match: (String) -> Bool, in output: String, pid: pid_t) -> Bool {
        let start = Date()
        while printed(output).filter(match).count < count {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            if Date().timeIntervalSince(start) > 300 {
                Issue.record("the tutorial printed nothing new for five minutes")
                return false
            }
            usleep(1000)
        }
        return true
    }

    /// Answers the question on screen with 1 as often as it takes (an order or match question
    /// takes one pick per item); waits for each pick's reply but, when `waitForFeedback` is
    /// false, not for the last one's.
    func answer(_ input: Int32, feedbackSoFar: Int, waitForFeedback: Bool, output: String, pid: pid_t) {
        while true {
            let replies = printed(output).filter { Self.isFeedback($0) || Self.isQuestion($0) }.count
            let pick = "\(Self.firstFreeNumber(printed(output)))\n"
            _ = pick.withCString { write(input, $0, strlen($0)) }
            if !waitForFeedback && Self.picksLeft(printed(output)) <= 1 { return }
            guard waitFor(replies + 1, { Self.isFeedback($0) || Self.isQuestion($0) }, in: output, pid: pid)
            else { return }
            if printed(output).filter(Self.isFeedback).count > feedbackSoFar { return }
        }
    }

    /// The first number still to pick on screen: an order question lists the items it has
    /// placed with their place, and picking one again only gets a reminder.
    static func firstFreeNumber(_ lines: [String]) -> Int {
        guard let last = lines.lastIndex(where: isQuestion) else { return 1 }
        let free = lines[last...].first { $0.first?.isNumber == true && $0.contains(". ") && !$0.contains("(placed ") }
        return free.flatMap { Int($0.prefix { $0.isNumber }) } ?? 1
    }

    /// How many picks the question on screen still needs, from what plain mode printed.
    static func picksLeft(_ lines: [String]) -> Int {
        guard let last = lines.lastIndex(where: isQuestion) else { return 1 }
        let shown = lines[last...]
        if shown.contains(where: { $0.hasPrefix("Type the number of your answer") }) { return 1 }
        // Order and match questions list what is left to pick as "N. ..." lines.
        return max(
            1, shown.filter { $0.first?.isNumber == true && $0.contains(". ") && !$0.contains("(placed ") }.count)
    }

    @Test func killedAtRandomMomentsTheFileAlwaysLoadsAndKeepsEverySavedAnswer() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["KILL_TEST_SEED"] ?? "") ?? 20_261_121
        let runs = Int(ProcessInfo.processInfo.environment["KILL_TEST_RUNS"] ?? "") ?? 40
        var random = SeededGenerator(state: seed)
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        let output = folder + "/output.txt"
        let store = ProgressStore(path: progress)
        var answersSoFar = 0
        var killedMidSave = 0
        for run in 0..<runs {
            let (pid, input) = try spawn(
                ["quiz", "--plain", "--lessons", Paths.fixtureLessons, "--progress", progress, "--count", "4"],
                output: output)
            waitFor(1, Self.isQuestion, in: output, pid: pid)
            // Answer and go on a random number of times, each time waiting for what the tutorial
            // prints back. The feedback is drawn first and the answer saved right after it, so
            // the last line typed is sent without waiting for half of the runs: the kill then
            // lands while the tutorial is answering, often in the middle of its save.
            let answers = Int.random(in: 1...3, using: &random)
            let waitForTheLast = Bool.random(using: &random)
            for number in 1...answers {
                answer(
                    input, feedbackSoFar: number - 1, waitForFeedback: number < answers || waitForTheLast,
                    output: output, pid: pid)
                if number < answers {
                    // Each pick of an order or match question shows the question again, so wait
                    // for one more question than is on screen now, not for a count of answers.
                    let shown = printed(output).filter(Self.isQuestion).count
                    _ = "\n".withCString { write(input, $0, 1) }
                    waitFor(shown + 1, Self.isQuestion, in: output, pid: pid)
                }
            }
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(input)
            if !waitForTheLast { killedMidSave += 1 }

            // Every answer whose feedback was followed by the next question was saved before
            // that question was read; the very last feedback may have been killed mid-save.
            let lines = printed(output)
            let confirmed = lines.filter(Self.isFeedback).count
            let lastFeedback = lines.lastIndex(where: Self.isFeedback) ?? -1
            let nextShown = lines.indices.contains { $0 > lastFeedback && Self.isQuestion(lines[$0]) }
            let surelySaved = nextShown ? confirmed : max(0, confirmed - 1)
            switch store.load() {
            case .none:
                #expect(surelySaved == 0, "run \(run) (seed \(seed)): answers were confirmed but no file exists")
            case .loaded(let record):
                #expect(
                    record.answers.count >= answersSoFar + surelySaved,
                    "run \(run) (seed \(seed)): \(record.answers.count) answers saved, expected at least \(answersSoFar + surelySaved)"
                )
                answersSoFar = record.answers.count
            case .unusable(let reason, _):
                Issue.record("run \(run) (seed \(seed)): the progress file could not be loaded: \(reason)")
                return
            }
        }
        #expect(answersSoFar > 0, "some answers were saved")
        #expect(killedMidSave > 0, "some runs were killed while answering")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.count <= 1, "temporary files of killed saves are cleaned up: \(leftovers)")
    }

    @Test func aSecondCopyOnTheSameFileSaysSoAndDoesNotWrite() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        try ProgressStore(path: progress).save(ProgressRecord())
        let before = try Data(contentsOf: URL(fileURLWithPath: progress))
        let held = try #require(ProgressStore(path: progress).lock(), "the first copy holds the file")
        defer { held.unlock() }
        let second = try runTutor(["--lessons", Paths.fixtureLessons, "--progress", progress], input: "\n\n\n1\n\n")
        #expect(second.status == 0)
        #expect(
            second.output.hasPrefix(
                "This progress file is open in another copy of the tutorial, so this one will not save."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: progress)) == before, "the file is untouched")
    }
}
