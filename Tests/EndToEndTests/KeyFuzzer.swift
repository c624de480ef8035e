import Foundation
import Testing

/// Drives the real tutorial in tmux with random input (FuzzInput) and watches it: after each
/// batch it must stay alive and read everything it was sent; at checkpoints, the screen it
/// built up key by key must equal a full repaint of the same state (Ctrl-L), which is what
/// "not garbled" means; at the end it must show its footer and quit normally.
final class KeyFuzzer {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let seed: UInt64
    let inputCount: Int
    let logPath: String
    private var rng: SeededGenerator
    private var terminal: TmuxTerminal!
    private var pid: Int32 = 0
    private var tty: Int32 = -1
    private var sent = 0
    private var recent: [String] = []
    private var log: FileHandle?

    /// The footer at 80 columns, on a screen to read or a question to answer, in English or
    /// (after l) in Spanish, ending with the key for the other language where it has one.
    static let footers = [
        #"^ Enter next  ← back  m menu  g words  \? help  q quit(  l español)?$"#,
        #"^ 1-\d answer  → skip  ← back  m menu  \? help  q quit(  l español)?$"#,
        // A quiz's summary, which Esc does not leave: the walk can end on it.
        #"^ Enter done  \? help  q quit$"#,
        #"^ Enter seguir  ← volver  m menú  g palabras  \? ayuda  q salir(  l English)?$"#,
        #"^ 1-\d responder  → saltar  ← volver  m menú  \? ayuda  q salir(  l English)?$"#,
        #"^ Enter listo  \? ayuda  q salir$"#,
    ]

    init(seed: UInt64, inputs: Int) throws {
        self.seed = seed
        self.inputCount = inputs
        self.rng = SeededGenerator(seed: seed)
        let folder = try Paths.temporaryDirectory()
        logPath = folder + "/inputs.log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        log = FileHandle(forWritingAtPath: logPath)
        terminal = try TmuxTerminal(
            "\(Paths.binary) --progress \(folder)/progress.json; echo \"exit=$?\"; "
                + "stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr \"\\n\" \" \"; echo; echo shell-done; sleep 600"
        )
    }

    deinit {
        if tty >= 0 { close(tty) }
        try? log?.close()
    }

    /// Runs the whole session; throws a Failure that names the seed and the input.
    func run(checkpointEvery: Int = 200) throws {
        try terminal.waitFor("q quit")
        guard let pid = try terminal.programPID() else { throw fail("the tutorial did not start") }
        self.pid = pid
        let ttyPath = try terminal.tmux("display-message", "-p", "-t", terminal.target, "#{pane_tty}")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        tty = open(ttyPath, O_RDWR | O_NOCTTY | O_NONBLOCK)
        guard tty >= 0 else { throw fail("cannot open the terminal \(ttyPath) to watch its input") }

        var batch: [UInt8] = []
        var nextCheckpoint = checkpointEvery
        while sent < inputCount {
            let input = FuzzInput.random(using: &rng)
            sent += 1
            record(input)
            switch input {
            case .bytes(let bytes):
                batch += bytes
                if batch.count > 64 || Int.random(in: 0..<8, using: &rng) == 0 { try flush(&batch) }
            case .resize(let width, let height):
                try flush(&batch)
                try terminal.resize(width: width, height: height)
                try waitUntilIdle()
            }
            if sent >= nextCheckpoint {
                try flush(&batch)
                try checkRepaintMatches()
                nextCheckpoint += checkpointEvery
            }
        }
        try flush(&batch)
        try checkRepaintMatches()
        try finish()
    }

    private func flush(_ batch: inout [UInt8]) throws {
        guard !batch.isEmpty else { return }
        try terminal.tmux(["send-keys", "-t", terminal.target, "-H"] + batch.map { String($0, radix: 16) })
        batch.removeAll(keepingCapacity: true)
        try waitUntilIdle()
    }

    /// Until the tutorial has read all its input and is waiting for more.
    private func waitUntilIdle(timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var quietChecks = 0
        while quietChecks < 2 {
            guard let state = processState(), state != "Z" else {
                throw fail("the tutorial died; the screen shows:\n\((try? terminal.screen()) ?? "")")
            }
            var pending: Int32 = 0
            _ = ioctl(tty, UInt(FIONREAD), &pending)
            quietChecks = pending == 0 && state == "S" ? quietChecks + 1 : 0
            if Date() > deadline {
                throw fail("the tutorial hung: \(pending) bytes unread after \(Int(timeout)) s (state \(state))")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// The one-letter state in /proc/PID/stat (S sleeping, R running, Z dead), nil when gone.
    private func processState() -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        return stat[close...].dropFirst(2).first
    }

    /// The screen with its colours and attributes, once it has stopped changing for four times
    /// the tutorial's input timeout (250 ms): a resize signal that lands just before the
    /// tutorial starts waiting for a key is only seen when that wait ends, and on a busy
    /// machine the repaint after it can come well after the timeout.
    private func settledScreen() throws -> String {
        try waitUntilIdle()
        var last = try terminal.tmux("capture-pane", "-p", "-e", "-t", terminal.target)
        var unchanged = 0
        for _ in 0..<400 {
            Thread.sleep(forTimeInterval: 0.05)
            let now = try terminal.tmux("capture-pane", "-p", "-e", "-t", terminal.target)
            unchanged = now == last ? unchanged + 1 : 0
            if unchanged == 20 { try waitUntilIdle(); return now }
            last = now
        }
        throw fail("the screen never stopped changing")
    }

    /// The screen as built up change by change must equal a repaint from scratch (Ctrl-L).
    private func checkRepaintMatches() throws {
        let incremental = try settledScreen()
        try terminal.tmux("send-keys", "-t", terminal.target, "-H", "c")
        let repainted = try settledScreen()
        if let difference = StyledScreen(incremental).firstDifference(from: StyledScreen(repainted)) {
            throw fail(
                "the screen was garbled (\(difference)): before Ctrl-L\n\(incremental)\nafter Ctrl-L\n\(repainted)")
        }
    }

    /// Back to 80x24, close whatever is open, check the footer, then quit as a person would.
    private func finish() throws {
        try terminal.resize(width: 80, height: 24)
        for _ in 0..<2 {
            try terminal.send("Escape")
            Thread.sleep(forTimeInterval: 0.1)
        }
        let screen = try settledScreen()
        try checkRepaintMatches()
        let plain = try terminal.screen()
        let footer = plain.split(separator: "\n", omittingEmptySubsequences: false).last(where: { !$0.isEmpty }) ?? ""
        let trimmed = String(footer.reversed().drop(while: { $0 == " " }).reversed())
        guard Self.footers.contains(where: { trimmed.range(of: $0, options: .regularExpression) != nil }) else {
            throw fail("the footer is missing at 80x24; the screen shows:\n\(plain)\n(with attributes:\n\(screen))")
        }
        try terminal.send("q")
        let asked = try terminal.waitFor("/n)")
        try terminal.send(asked.contains("(s/n)") ? "s" : "y")
        let end = try terminal.waitFor("shell-done")
        guard end.contains("exit=0"), end.contains("\nicanon echo") else {
            throw fail("quitting did not end cleanly with the terminal restored:\n\(end)")
        }
    }

    private func record(_ input: FuzzInput) {
        let line = "\(sent): \(input)"
        recent.append(line)
        if recent.count > 20 { recent.removeFirst() }
        log?.write(Data((line + "\n").utf8))
    }

    private func fail(_ message: String) -> Failure {
        Failure(
            description: "\(message)\nafter input \(sent) of \(inputCount), seed \(seed) "
                + "(replay: FUZZ_SEED=\(seed) FUZZ_INPUTS=\(inputCount) swift test --filter KeyFuzzTests)\n"
                + "last inputs:\n\(recent.joined(separator: "\n"))\nall inputs: \(logPath)")
    }
}
