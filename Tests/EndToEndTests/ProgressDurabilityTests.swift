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

    /// Starts the tutorial in plain mode with `input` on standard input and its output in a file.
    func spawn(_ arguments: [String], input: String, output: String) throws -> pid_t {
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
        let spawned = posix_spawn(&pid, Paths.binary, &actions, nil, &argv, environ)
        close(fds[0])
        guard spawned == 0 else { throw POSIXError(.ENOEXEC) }
        _ = input.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        return pid
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
        var killedMidway = 0
        // Answer, go on, again and again: every answer is saved before its feedback is printed.
        let input = String(repeating: "1\n\n2\n\n", count: 30) + "s\n\n"
        for run in 0..<runs {
            let pid = try spawn(
                ["quiz", "--plain", "--lessons", Paths.fixtureLessons, "--progress", progress, "--count", "4"],
                input: input, output: output)
            usleep(UInt32.random(in: 0...60_000, using: &random))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            if (status & 0x7f) == SIGKILL { killedMidway += 1 }

            let printed = try String(contentsOfFile: output, encoding: .utf8)
            let confirmed = printed.components(separatedBy: "\n").filter { $0 == "Correct." || $0 == "Not quite." }
                .count
            switch store.load() {
            case .none:
                #expect(confirmed == 0, "run \(run) (seed \(seed)): answers were confirmed but no file exists")
            case .loaded(let record):
                #expect(
                    record.answers.count >= answersSoFar + confirmed,
                    "run \(run) (seed \(seed)): \(record.answers.count) answers saved, expected at least \(answersSoFar + confirmed)"
                )
                answersSoFar = record.answers.count
            case .unusable(let reason, _):
                Issue.record("run \(run) (seed \(seed)): the progress file could not be loaded: \(reason)")
                return
            }
        }
        #expect(answersSoFar > 0, "some answers were saved")
        #expect(killedMidway > runs / 4, "most runs were killed before they finished (\(killedMidway) of \(runs))")
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
