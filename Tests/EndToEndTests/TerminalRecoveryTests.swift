import Foundation
import Testing

/// The terminal is never left broken: a terminal type the tutorial cannot drive gets one line
/// of explanation and an untouched terminal, and a crash still puts the terminal back into its
/// normal mode (the crash handlers in shim.h) before the program dies.
@Suite struct TerminalRecoveryTests {
    /// Runs the tutorial after `setup` (shell words), then prints how it ended and the
    /// terminal's mode, as TutorialInTerminalTests does.
    func command(_ setup: String = "") throws -> String {
        "\(setup) \(Paths.binary) --lessons \(Paths.fixtureLessons) --progress \(try Paths.temporaryDirectory())/p.json; "
            + "echo \"exit=$?\"; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr \"\\n\" \" \"; echo; echo shell-done; sleep 60"
    }

    /// The screen's lines, without the blank ones.
    func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func anUnknownTerminalTypeGetsOneLine() throws {
        // Wide enough that the message is not wrapped, so "one line" can be checked.
        let terminal = try TmuxTerminal(try command("env TERM=no-such-terminal"), width: 160, height: 24)
        let screen = try terminal.waitFor("shell-done")
        #expect(
            lines(screen) == [
                "metastasis-tutor: cannot use the terminal type 'no-such-terminal'", "exit=1", "icanon echo",
                "shell-done",
            ])
    }

    /// With no terminal type, or a dumb one, a full screen cannot work, so the tutorial speaks
    /// in plain lines instead, and leaves the terminal as it found it.
    @Test(arguments: ["env -u TERM", "env TERM=dumb"])
    func noOrADumbTerminalTypeGetsPlainMode(setup: String) throws {
        let terminal = try TmuxTerminal(try command(setup), width: 160, height: 24)
        try terminal.waitFor("Press Enter to go on.")
        try terminal.send("q", "Enter")
        let screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("Note: General education only, not medical advice."))
        #expect(screen.contains("exit=0"))
        #expect(screen.contains("\nicanon echo"))
        let styled = try terminal.tmux("capture-pane", "-p", "-e", "-t", terminal.target)
        #expect(!styled.contains("\u{1B}[7m") && !styled.contains("\u{1B}[1m"), "no attributes in plain mode")
    }

    /// A crash is simulated from outside with the signal a real one raises: SIGSEGV for a bad
    /// pointer, SIGILL and SIGTRAP for a Swift runtime trap, SIGABRT for abort(), SIGBUS and
    /// SIGFPE. No hidden crash switch is built into the program for this.
    @Test(arguments: [("SEGV", 11), ("ILL", 4), ("TRAP", 5), ("ABRT", 6), ("BUS", 7), ("FPE", 8)])
    func aCrashStillRestoresTheTerminal(signal: String, number: Int) throws {
        let terminal = try TmuxTerminal(try command())
        try terminal.waitFor("This is a small course used by the tests.")
        let pid = try #require(try terminal.programPID())
        _ = try TmuxTerminal.run(["kill", "-\(signal)", "\(pid)"])
        let screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("exit=\(128 + number)"), "died of SIG\(signal): \(screen)")
        #expect(screen.contains("\nicanon echo"), "terminal restored to line mode with echo: \(screen)")
        #expect(!screen.contains("This is a small course"), "the tutorial's screen is gone: \(screen)")
    }

    /// A stack overflow leaves no stack for the crash handler; shim.h gives it its own.
    /// Tried with a small C program built on the same shim.h (Tests/Fixtures/stack-overflow.c).
    @Test func aStackOverflowStillRestoresTheTerminal() throws {
        let program = try Paths.temporaryDirectory() + "/stack-overflow"
        let arguments = [
            "-O0", "-o", program, Paths.packageRoot.appendingPathComponent("Tests/Fixtures/stack-overflow.c").path,
            "-I", Paths.packageRoot.appendingPathComponent("Sources/CNcursesw").path, "-lncursesw",
        ]
        // cc where the system has one, otherwise the clang that comes with Swift.
        let compiled = try (try? TmuxTerminal.run(["cc"] + arguments)) ?? TmuxTerminal.run(["clang"] + arguments)
        try #require(FileManager.default.isExecutableFile(atPath: program), "cc failed: \(compiled)")
        let terminal = try TmuxTerminal(
            "\(program); echo \"exit=$?\"; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr \"\\n\" \" \"; echo; echo shell-done; sleep 60"
        )
        let screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("exit=139"), "died of SIGSEGV: \(screen)")
        #expect(screen.contains("\nicanon echo"), "terminal restored to line mode with echo: \(screen)")
    }
}
