import Foundation
import Testing

/// A real terminal for the real binary: a private tmux server with one window of a fixed
/// size, driven with send-keys and read with capture-pane, as a person at the keyboard would.
final class TmuxTerminal {
    let socket = "metastasis-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let target = "e2e"

    /// Starts `command` (run by sh) in a window of the given size. The window stays after the
    /// program ends, so what it left on screen can still be read.
    init(_ command: String, width: Int = 80, height: Int = 24) throws {
        try tmux(
            "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
            "sh -c '\(command)'")
        try tmux("set-option", "-t", target, "remain-on-exit", "on")
    }

    deinit {
        _ = try? tmux("kill-server")
    }

    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.run(["tmux", "-L", socket] + arguments)
    }

    /// Runs a command and returns what it printed. Not with Foundation's Process: on Linux it
    /// waits for a descriptor that tmux's background server inherits and keeps open, so it
    /// would never return. The output goes through a file for the same reason.
    static func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
            .path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        var environment: [UnsafeMutablePointer<CChar>?] = Self.environment.map { strdup($0) } + [nil]
        defer { for pointer in environment { free(pointer) } }
        let spawned = withCleanSignals { posix_spawnp(&pid, arguments[0], &actions, &$0, &argv, &environment) }
        guard spawned == 0 else { throw SpawnFailed(command: arguments[0], code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// The test run's environment without what would change how the tutorial looks or speaks
    /// (a CI machine may set NO_COLOR, a language or a locale), and with a UTF-8 locale that
    /// names no language of the course: a test that wants another sets it in its command. tmux's
    /// server passes its environment to every window it starts.
    static let environmentNamed: [String: String] = {
        let changesTheLook: Set<String> = ["NO_COLOR", "LANGUAGE", "LC_MESSAGES", "LC_ALL", "LC_CTYPE", "LANG"]
        return ProcessInfo.processInfo.environment.filter { !changesTheLook.contains($0.key) }
            .merging(["LANG": "C.UTF-8"]) { _, new in new }
    }()

    /// The same as `NAME=value` entries, for posix_spawn.
    static let environment: [String] = environmentNamed.map { $0.key + "=" + $0.value }

    struct SpawnFailed: Error {
        var command: String
        var code: Int32
    }

    /// Keys in tmux's names: "Enter", "Left", "q", "C-c"...
    func send(_ keys: String...) throws {
        for key in keys { try tmux("send-keys", "-t", target, key) }
    }

    func screen() throws -> String {
        try tmux("capture-pane", "-p", "-t", target)
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)")
    }

    /// Waits until the screen shows `text` and has stopped changing, and returns it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            // Only a screen that is drawn, not one caught halfway through a frame (the new
            // header over the old body): the same twice, a moment apart.
            if last.contains(text) {
                Thread.sleep(forTimeInterval: 0.03)
                let again = try screen()
                if again == last { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the screen never showed \"\(text)\"; it shows:\n\(last)", sourceLocation: sourceLocation)
        throw TimedOut()
    }

    struct TimedOut: Error {}

    /// The process id of the program sh started in the window.
    func programPID() throws -> Int32? {
        let shell = try tmux("display-message", "-p", "-t", target, "#{pane_pid}").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let child = try Self.run(["pgrep", "-P", shell]).split(separator: "\n").first
        return child.flatMap { Int32($0.trimmingCharacters(in: .whitespaces)) }
    }
}

/// Paths to the built binary and the test lessons.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureLessons = packageRoot.appendingPathComponent("Tests/Fixtures/lessons").path

    /// The metastasis-tutor built beside this test bundle.
    static var binary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("metastasis-tutor").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/metastasis-tutor").path
    }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("metastasis-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
