import Foundation
import Testing
import BuiltinLessons

/// The tutorial as a person at an 80x24 terminal meets it: the built binary in tmux.
@Suite(.serialized) struct TutorialInTerminalTests {
    /// The shell line that runs the tutorial, then shows how it ended and whether the terminal
    /// was given back in its normal (canonical, echoing) mode.
    func command(progress: String, extra: String = "") -> String {
        "\(Paths.binary) --lessons \(Paths.fixtureLessons) --progress \(progress) \(extra); "
            + "echo \"exit=$?\"; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr \"\\n\" \" \"; echo; echo shell-done; sleep 60"
    }

    /// The pids of speech children (our stand-in espeak-ng) whose command line names `marker`.
    func speechChildren(_ marker: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.filter { pid in
            let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            return command.contains(marker + "/bin/espeak-ng")
        }
    }

    /// A folder holding a stand-in espeak-ng that speaks for as long as it is let (the real
    /// one ends at once on a machine with no sound card), to put first on PATH.
    func fakeSpeechEngine(in folder: String) throws -> String {
        let bin = folder + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/bash\nsleep 600\n".write(toFile: bin + "/espeak-ng", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/espeak-ng")
        return bin
    }

    /// Waits until `check` holds, looking again each time the process table is read.
    func waitUntil(_ what: String, timeout: TimeInterval = 15, _ check: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !check() {
            guard Date() < deadline else {
                Issue.record("timed out waiting until \(what)")
                throw TmuxTerminal.TimedOut()
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// The footer bar's background colour as tmux holds it: "44" is the 8-colour blue,
    /// "5;25" the 256-colour one (ESC [48;5;25m).
    func barBackground(term: String) throws -> String {
        let folder = try Paths.temporaryDirectory()
        let terminal = try TmuxTerminal("TERM=\(term) " + command(progress: folder + "/progress.json"))
        try terminal.waitFor("q quit")
        let styled = StyledScreen(try terminal.tmux("capture-pane", "-p", "-e", "-t", terminal.target))
        let footer = try #require(styled.lines.last { String($0.map(\.character)).contains("q quit") })
        let cell = try #require(footer.first { $0.character == "q" })
        return cell.style.background
    }

    @Test func a256ColourTerminalGetsThe256ColourTheme() throws {
        #expect(try barBackground(term: "xterm-256color") == "5;25")
        #expect(try barBackground(term: "xterm") == "44")
    }

    @Test func theLinuxConsoleAndALocaleWithoutUTF8GetMarksTheyCanDraw() throws {
        let folder = try Paths.temporaryDirectory()
        let console = try TmuxTerminal(
            "TERM=linux LC_ALL=C.UTF-8 " + command(progress: folder + "/console.json", extra: "--lesson alpha"))
        let drawn = try console.waitFor("q quit")
        #expect(!drawn.contains("░") && drawn.contains("-------"), "the progress bar in ASCII:\n\(drawn)")
        #expect(!drawn.contains("UTF-8"), "a UTF-8 locale needs no notice")
        let plain = try TmuxTerminal("LC_ALL=C LANG=C " + command(progress: folder + "/plain.json"))
        let screen = try plain.waitFor("not set up for UTF-8")
        #expect(screen.allSatisfy { $0.isASCII }, "\(screen)")
        try plain.send("Enter")
        let next = try plain.waitFor("Screen 1 of")
        #expect(!next.contains("UTF-8"), "the notice is shown once")
    }

    /// A UTF-8 terminal whose font lacks ✓: --marks console draws what every console font has.
    @Test func marksCanBeChosenForAFontThatLacksThem() throws {
        let folder = try Paths.temporaryDirectory()
        let terminal = try TmuxTerminal(
            "TERM=xterm-256color " + command(progress: folder + "/p.json", extra: "--lesson alpha --marks console"))
        try terminal.waitFor("Screen 1 of 4")
        try terminal.send("Right", "Right")
        try terminal.waitFor("What is intravasation?")
        try terminal.send("3")
        let answered = try terminal.waitFor("Not quite")
        #expect(answered.contains("x Not quite.") && !answered.contains("✗"), "\(answered)")
        let (status, output) = try runTutor(["--marks", "pretty", "--lessons", Paths.fixtureLessons])
        #expect(status == 64)
        #expect(output.contains("unicode") && output.contains("console") && output.contains("ascii"))
    }

    @Test func rStartsASpeechChildAndAnyKeyEndsIt() throws {
        let folder = try Paths.temporaryDirectory()
        // The stand-in's command line names the folder, so the test finds its own children.
        let bin = try fakeSpeechEngine(in: folder)
        let terminal = try TmuxTerminal(
            "PATH=\(bin):$PATH " + command(progress: folder + "/progress.json"))
        try terminal.waitFor("Welcome")
        try terminal.send("Enter")
        try terminal.waitFor("Screen 1 of 4")
        #expect(speechChildren(folder).isEmpty)
        try terminal.send("r")
        try waitUntil("r starts a speech child") { speechChildren(folder).count == 1 }
        try terminal.send("Right")
        try terminal.waitFor("Screen 2 of 4")
        try waitUntil("going on ends the speech child") { speechChildren(folder).isEmpty }
        try terminal.send("r")
        try waitUntil("r starts it again") { speechChildren(folder).count == 1 }
        try terminal.send("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.send("y")
        try terminal.waitFor("shell-done")
        try waitUntil("no speech child is left after quitting") { speechChildren(folder).isEmpty }
    }

    @Test func noSpeechChildOutlivesAKioskResetOrSIGTERM() throws {
        let folder = try Paths.temporaryDirectory()
        let bin = try fakeSpeechEngine(in: folder)
        // --read-aloud: the kiosk reads each screen as it opens, the start screen too.
        let terminal = try TmuxTerminal(
            "PATH=\(bin):$PATH \(Paths.binary) --kiosk --read-aloud --lessons \(Paths.fixtureLessons) "
                + "--idle-timeout 2 --idle-countdown 1; echo shell-done; sleep 60")
        try terminal.waitFor("Press any key to start")
        try terminal.send("Enter")
        try terminal.waitFor("Welcome to the kiosk")
        try waitUntil("the welcome is read as it opens") { speechChildren(folder).count == 1 }
        // Left alone, the kiosk clears the visitor: speech of their screen ends with it.
        try terminal.waitFor("Are you still there?")
        try terminal.waitFor("Press any key to start")
        try terminal.send("Enter")
        try terminal.waitFor("Welcome to the kiosk")
        try waitUntil("the next visitor's screen is read") { speechChildren(folder).count == 1 }
        let pid = try #require(try terminal.programPID())
        kill(pid, SIGTERM)
        try terminal.waitFor("shell-done")
        try waitUntil("no speech child is left after SIGTERM") { speechChildren(folder).isEmpty }
    }

    @Test func aGuidedSessionEndToEndAt80x24() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        let library = try #require(BuiltinLessons.library())
        let screens = try #require(library.lessons["step-1"]).screens.count
        let terminal = try TmuxTerminal(
            "\(Paths.binary) --guided --for colon --lesson step-1 --progress \(progress); echo \"exit=$?\"; echo shell-done; sleep 60"
        )
        try terminal.waitFor("Screen 1 of \(screens)")
        try terminal.send("m")
        let menu = try terminal.waitFor("for everyone")
        #expect(menu.contains("What metastasis is for everyone"))
        try terminal.send("Escape")
        try terminal.waitFor("Enter next")  // the lesson's footer: the menu has closed
        // The Right arrow goes on, and skips a question.
        for screen in 2...screens {
            try terminal.send("Right")
            try terminal.waitFor("Screen \(screen) of \(screens)")
        }
        try terminal.send("Right")
        let prompt = try terminal.waitFor("Teach-back: Step 1")
        #expect(prompt.contains("In your own words"))
        try terminal.send("2")
        try terminal.waitFor("Step 2")
        try terminal.send("w")
        try terminal.waitFor("A question for your care team:")
        try terminal.send("How big is my tumor?", "Enter")
        try terminal.waitFor("Your question is kept.")
        try terminal.send("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.send("y")
        #expect(try terminal.waitFor("shell-done").contains("exit=0"))

        let summary = try runTutor(["summary", "--progress", progress])
        #expect(summary.status == 0)
        #expect(summary.output.contains("To go over again\n[ ] Step 1: Tumor growth"), "\(summary.output)")
        #expect(summary.output.contains("1. How big is my tumor?"))
        #expect(summary.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let report = try runTutor(["progress", "--progress", progress])
        #expect(report.output.contains("To go over again (from teach-back)"))
    }

    @Test func aQuestionWrittenWithWIsKeptAndPrinted() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        let terminal = try TmuxTerminal(command(progress: progress))
        try terminal.waitFor("General education only, not medical advice.")
        try terminal.send("Enter")
        try terminal.waitFor("Screen 1 of 4")
        try terminal.send("w")
        try terminal.waitFor("A question for your care team:")
        // q and m are letters here: they neither quit nor open the menu.
        try terminal.send("Is my cancer in the blood? q m", "BSpace", "BSpace", "BSpace", "BSpace")
        try terminal.waitFor("Is my cancer in the blood?")
        try terminal.send("Enter")
        try terminal.waitFor("Your question is kept.")
        try terminal.send("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.send("y")
        let end = try terminal.waitFor("shell-done")
        #expect(end.contains("exit=0"))
        let printed = try runTutor(["questions", "--lessons", Paths.fixtureLessons, "--progress", progress])
        #expect(printed.status == 0)
        #expect(printed.output.contains("1. Is my cancer in the blood?\n"), "\(printed.output)")
        #expect(printed.output.contains("(written on: Step 3: Entering the blood or lymph)"))
    }

    /// Home and End as PuTTY and tmux send them, and sequences the tutorial does not know,
    /// once answered a question as choice 1 or 4: each is read whole and answers nothing.
    @Test func homeEndAndUnknownSequencesNeverAnswerAQuestion() throws {
        let folder = try Paths.temporaryDirectory()
        let terminal = try TmuxTerminal(command(progress: folder + "/p.json", extra: "--lesson alpha"))
        try terminal.waitFor("Screen 1 of 4")
        try terminal.send("Right", "Right")
        try terminal.waitFor("3  Cancer cells leaving")
        try terminal.send("Home", "End")
        let sequences = [
            "\u{1B}[1~", "\u{1B}[4~", "\u{1B}[H", "\u{1B}[F", "\u{1B}OH", "\u{1B}OF",  // Home, End
            "\u{1B}[2~", "\u{1B}[3~", "\u{1B}[15~", "\u{1B}OP",  // Insert, Delete, F5, F1
            "\u{1B}1", "\u{1B}4",  // Alt-1, Alt-4
            "\u{1B}[200~1\r2\r4\u{1B}[201~",  // a paste
            "\u{1B}[I", "\u{1B}[O",  // focus in and out
        ]
        for sequence in sequences {
            let bytes = sequence.utf8.map { String(format: "%02x", $0) }
            try terminal.tmux(["send-keys", "-t", terminal.target, "-H"] + bytes)
        }
        // Then choice 3: if anything before had answered, 3 would do nothing.
        try terminal.send("3")
        let screen = try terminal.waitFor("Not quite")
        let rows = screen.split(separator: "\n")
        let answer = try #require(rows.first { $0.contains("(your answer)") })
        #expect(answer.contains("Cancer cells leaving"), "choice 3 is the answer taken: \(screen)")
    }

    @Test func readAnswerResizeQuitAndResumeInTheSamePlace() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        var terminal = try TmuxTerminal(command(progress: progress))
        var screen = try terminal.waitFor("General education only, not medical advice.")
        #expect(screen.contains("Welcome"))

        try terminal.send("Enter")
        try terminal.waitFor("Screen 1 of 4")
        try terminal.send("Right", "Enter")
        screen = try terminal.waitFor("Question 1 of 2")
        #expect(screen.contains("What is intravasation?"))
        try terminal.send("3")  // extravasation: wrong (choices show mixed up, the same each time)
        screen = try terminal.waitFor("Not quite")
        #expect(screen.contains("(your answer)"))
        #expect(screen.contains("The right answer is 2"))

        try terminal.resize(width: 50, height: 16)
        screen = try terminal.waitFor("Not quite")
        for line in screen.split(separator: "\n") { #expect(line.count <= 50) }
        try terminal.resize(width: 30, height: 10)
        try terminal.waitFor("Please make this window")
        try terminal.resize(width: 80, height: 24)
        try terminal.waitFor("The right answer is 2")

        try terminal.send("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.send("y")
        screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("exit=0"))
        #expect(screen.contains("\nicanon echo"), "terminal restored to line mode with echo: \(screen)")
        #expect(!screen.contains("What is intravasation?"), "the tutorial's screen is gone")

        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(saved.contains("\"formatVersion\" : 2"))
        #expect(saved.contains("alpha-q1"))

        terminal = try TmuxTerminal(command(progress: progress))
        screen = try terminal.waitFor("Question 1 of 2")
        #expect(screen.contains("Not quite"), "the answer is still shown")
        #expect(screen.contains("Screen 3 of 4"))
        try terminal.send("q", "y")
        try terminal.waitFor("exit=0")
    }

    @Test(arguments: ["TERM", "HUP", "INT"])
    func aSignalSavesAndRestoresTheTerminal(signal: String) throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        let terminal = try TmuxTerminal(command(progress: progress))
        try terminal.waitFor("Welcome")
        try terminal.send("Enter", "Right")
        try terminal.waitFor("Screen 2 of 4")
        let pid = try #require(try terminal.programPID())
        _ = try TmuxTerminal.run(["kill", "-\(signal)", "\(pid)"])
        let screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("\nicanon echo"), "terminal restored to line mode with echo: \(screen)")
        #expect(!screen.contains("exit=0"), "a signal is not a normal quit")
        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(saved.contains("\"lesson\" : \"alpha\""))
        #expect(saved.contains("\"screen\" : 1"))
    }

    @Test func startingAtALessonAndFollowingAPath() throws {
        let folder = try Paths.temporaryDirectory()
        let terminal = try TmuxTerminal(command(progress: folder + "/p.json", extra: "--path short --lesson beta"))
        let screen = try terminal.waitFor("Lesson 1 of 1")
        #expect(screen.contains("日本語のテキスト"))
        try terminal.send("m")
        try terminal.waitFor("Lessons: A short path")
        // Esc with another key straight after it (in 30 ms) is Alt with that key, which does
        // nothing: wait for the menu to close, as a person's next key would.
        try terminal.send("Escape")
        try terminal.waitFor("m menu")
        try terminal.send("q", "y")
        try terminal.waitFor("exit=0")
    }
}
