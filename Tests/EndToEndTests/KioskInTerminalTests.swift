import Foundation
import Testing

/// The kiosk as a clinic runs it: the built binary in tmux, pressed by strangers.
@Suite(.serialized) struct KioskInTerminalTests {
    func kiosk(pin: String? = "2468", extra: String = "") -> String {
        let environment = pin.map { "METASTASIS_TUTOR_EXIT_PIN=\($0) " } ?? ""
        return "\(environment)\(Paths.binary) --kiosk --lessons \(Paths.fixtureLessons) \(extra); "
            + "echo \"exit=$?\"; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr \"\\n\" \" \"; echo; echo shell-done; sleep 60"
    }

    @Test func noEscapeKeyLeavesOrReachesAShell() throws {
        let terminal = try TmuxTerminal(kiosk())
        try terminal.waitFor("Press any key to start")
        try terminal.send("Enter")
        try terminal.waitFor("Welcome")
        for key in ["C-c", "C-z", "C-\\", "C-d", "Escape", "F1", "F2", "F4", "F10", "C-s", "C-q"] {
            try terminal.send(key)
        }
        try terminal.send("Enter")
        var screen = try terminal.waitFor("Screen 1 of 4")
        #expect(!screen.contains("exit="), "still running")
        try terminal.send("q")
        screen = try terminal.waitFor("End your session? Your answers will be cleared. (y/n)")
        try terminal.send("n")
        try terminal.waitFor("Screen 1 of 4")
        #expect(try terminal.programPID() != nil)
    }

    /// Waits until the file at `path` holds `text` and no temporary file of a save is beside
    /// it: the save in flight has ended (AtomicFile renames its stats.json.tmp-N over the
    /// file, so once the file says `text` that rename has happened). Returns the file.
    func waitForSave(of path: String, showing text: String, timeout: TimeInterval = 15) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if last.contains(text), !names.contains(where: { $0.contains(".tmp-") }) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("\(path) never showed \(text) with its save finished; it holds:\n\(last)")
        throw TmuxTerminal.TimedOut()
    }

    @Test func idleTimeoutReturnsToTheStartAndKeepsNothing() throws {
        let folder = try Paths.temporaryDirectory()
        let stats = folder + "/stats.json"
        let terminal = try TmuxTerminal(kiosk(extra: "--idle-timeout 1 --idle-countdown 2 --stats \(stats)"))
        try terminal.waitFor("Press any key to start")
        try terminal.send("Enter", "Enter", "Right", "Right")
        try terminal.waitFor("What is intravasation?")
        try terminal.send("3")  // extravasation: wrong (the choices show mixed up, the same each time)
        try terminal.waitFor("(your answer)")
        let warning = try terminal.waitFor("Are you still there?", timeout: 5)
        #expect(warning.contains("This session will end in"))
        let start = try terminal.waitFor("Press any key to start", timeout: 6)
        #expect(!start.contains("intravasation"))
        let history = try terminal.tmux("capture-pane", "-p", "-S", "-2000", "-t", terminal.target)
        #expect(!history.contains("(your answer)"), "nothing of the visitor in the scrollback")
        try terminal.send("x")
        let fresh = try terminal.waitFor("Welcome")
        #expect(fresh.contains("0% done"), "the next visitor starts fresh")

        // The screen is drawn before the counts are saved: wait for that save to end (the
        // rename that puts the new stats.json in place), not only for the screen.
        let counts = try waitForSave(of: stats, showing: "\"sessions\" : 2")
        #expect(counts.contains("\"sessions\" : 2"))
        #expect(counts.contains("\"alpha-q1\""))
        #expect(counts.contains("\"wrong\" : 1"))
        #expect(!counts.contains("20"), "no dates or times: \(counts)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(leftovers == ["stats.json"], "nothing else is written")
    }

    @Test func staffLeaveWithThePINAndTheTerminalIsRestored() throws {
        let terminal = try TmuxTerminal(kiosk())
        try terminal.waitFor("Press any key to start")
        try terminal.send("Enter", "F12")
        try terminal.waitFor("Type the exit PIN")
        try terminal.send("1", "1", "1", "1", "Enter")
        try terminal.waitFor("Please wait")
        try terminal.send("2", "4", "6", "8", "Enter")  // not taken during the pause, and said so
        try terminal.waitFor("that key was not taken")
        try terminal.waitFor("That PIN was not right. Try again.", timeout: 8)
        try terminal.send("2", "4", "6", "8")
        let typing = try terminal.waitFor("PIN: ••••_")
        #expect(!typing.contains("2468"), "the PIN is never shown")
        try terminal.send("Enter")
        let screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("exit=0"))
        #expect(screen.contains("\nicanon echo"), "terminal restored: \(screen)")
    }

    @Test func sigtermLeavesCleanly() throws {
        let terminal = try TmuxTerminal(kiosk(pin: nil))
        try terminal.waitFor("Press any key to start")
        try terminal.send("Enter", "F12")  // no PIN set: the staff key does nothing
        try terminal.waitFor("Welcome")
        let pid = try #require(try terminal.programPID())
        _ = try TmuxTerminal.run(["kill", "-TERM", "\(pid)"])
        let screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("exit=143"))
        #expect(screen.contains("\nicanon echo"))
    }

    @Test func aClickOnAChoiceAnswersIt() throws {
        let folder = try Paths.temporaryDirectory()
        let terminal = try TmuxTerminal(
            "\(Paths.binary) --lessons \(Paths.fixtureLessons) --progress \(folder)/p.json --lesson alpha; sleep 60")
        try terminal.waitFor("Screen 1 of 4")
        try terminal.send("Right", "Right")
        // Wait for the choice itself: the prompt can be on screen a moment before the choices.
        let screen = try terminal.waitFor("3  Cancer cells leaving")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.contains("3  Cancer cells leaving") })
        // An X10 mouse report (as tmux's terminal type declares): button 1 down, column 10.
        try terminal.tmux(
            "send-keys", "-t", terminal.target, "-H", "1b", "5b", "4d", "20", String(format: "%02x", 32 + 10),
            String(format: "%02x", 32 + row + 1))
        try terminal.tmux(
            "send-keys", "-t", terminal.target, "-H", "1b", "5b", "4d", "23", String(format: "%02x", 32 + 10),
            String(format: "%02x", 32 + row + 1))
        let answered = try terminal.waitFor("Not quite")
        #expect(answered.contains("(your answer)"))
    }
}

/// Colour where the terminal has it, in every theme never the only carrier of meaning.
@Suite(.serialized) struct ThemeInTerminalTests {
    func screenWithEscapes(_ environment: String, _ extra: String) throws -> String {
        let folder = try Paths.temporaryDirectory()
        let terminal = try TmuxTerminal(
            "env -u NO_COLOR \(environment) \(Paths.binary) --lessons \(Paths.fixtureLessons) --progress \(folder)/p.json --lesson alpha \(extra); sleep 60"
        )
        try terminal.waitFor("Screen 1 of 4")
        try terminal.send("Right", "Right")
        try terminal.waitFor("What is intravasation?")
        try terminal.send("3")  // extravasation: wrong (the choices show mixed up, the same each time)
        try terminal.waitFor("Not quite")
        return try terminal.tmux("capture-pane", "-p", "-e", "-t", terminal.target)
    }

    static func hasColour(_ screen: String) -> Bool {
        screen.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]", options: .regularExpression)
            != nil
    }

    @Test func defaultThemeUsesColourAndStillSaysCorrectInWords() throws {
        let screen = try screenWithEscapes("", "")
        #expect(Self.hasColour(screen))
        #expect(screen.contains("✗ Not quite."))
        #expect(screen.contains("✓"))
    }

    @Test(arguments: ["NO_COLOR=1", ""])
    func noColourAndMonoHaveNoColour(environment: String) throws {
        let screen = try screenWithEscapes(environment, environment.isEmpty ? "--theme mono" : "")
        #expect(!Self.hasColour(screen), "\(screen)")
        #expect(screen.contains("Not quite."))
    }

    @Test func highContrastThemeDraws() throws {
        let screen = try screenWithEscapes("", "--theme high-contrast")
        #expect(screen.contains("Not quite."))
        #expect(screen.contains("\u{1B}[1m") || screen.contains(";1m") || screen.contains("[1;"), "bold text")
    }
}
