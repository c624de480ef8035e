import Foundation
import Testing

/// The tutorial as a person at an 80x24 terminal meets it: the built binary in tmux.
@Suite(.serialized) struct TutorialInTerminalTests {
    /// The shell line that runs the tutorial, then shows how it ended and whether the terminal
    /// was given back in its normal (canonical, echoing) mode.
    func command(progress: String, extra: String = "") -> String {
        "\(Paths.binary) --lessons \(Paths.fixtureLessons) --progress \(progress) \(extra); "
            + "echo \"exit=$?\"; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr \"\\n\" \" \"; echo; echo shell-done; sleep 60"
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
        try terminal.send("2")
        screen = try terminal.waitFor("Not quite")
        #expect(screen.contains("(your answer)"))
        #expect(screen.contains("The right answer is 1"))

        try terminal.resize(width: 50, height: 16)
        screen = try terminal.waitFor("Not quite")
        for line in screen.split(separator: "\n") { #expect(line.count <= 50) }
        try terminal.resize(width: 30, height: 10)
        try terminal.waitFor("Please make this window")
        try terminal.resize(width: 80, height: 24)
        try terminal.waitFor("The right answer is 1")

        try terminal.send("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.send("y")
        screen = try terminal.waitFor("shell-done")
        #expect(screen.contains("exit=0"))
        #expect(screen.contains("\nicanon echo"), "terminal restored to line mode with echo: \(screen)")
        #expect(!screen.contains("What is intravasation?"), "the tutorial's screen is gone")

        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(saved.contains("\"formatVersion\" : 1"))
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
        try terminal.send("Escape", "q", "y")
        try terminal.waitFor("exit=0")
    }
}

/// What the command line says when something is wrong: one line, no stack trace.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func lintPassesOnTheBuiltInCourse() throws {
        let (status, output) = try run(["lint"])
        #expect(status == 0)
        #expect(output == "")
    }

    @Test func refusesToStartOnBrokenLessonsWithTheLintMessages() throws {
        let folder = try Paths.temporaryDirectory()
        for name in ["course.yaml", "alpha.yaml", "beta.yaml", "glossary.yaml"] {
            try FileManager.default.copyItem(atPath: Paths.fixtureLessons + "/" + name, toPath: folder + "/" + name)
        }
        let alpha = folder + "/alpha.yaml"
        let text = try String(contentsOfFile: alpha, encoding: .utf8).replacingOccurrences(of: "answer: 1", with: "answer: 5")
        try text.write(toFile: alpha, atomically: true, encoding: .utf8)

        let lint = try run(["lint", folder])
        #expect(lint.status == 1)
        #expect(lint.output == "\(alpha):33:7: answer 5 points at no choice (there are 3; count from 1)\n")

        let start = try run(["--lessons", folder, "--progress", folder + "/p.json"])
        #expect(start.status == 1)
        #expect(start.output.hasPrefix("\(alpha):33:7: answer 5 points at no choice"))
        #expect(!start.output.contains("Fatal error"))
    }

    @Test func withoutATerminalItSaysSoInOneLine() throws {
        let folder = try Paths.temporaryDirectory()
        let (status, output) = try run(["--lessons", Paths.fixtureLessons, "--progress", folder + "/p.json"])
        #expect(status == 1)
        #expect(output == "metastasis-tutor: the tutorial needs a terminal: standard input and output must not be files or pipes\n")
    }

    @Test func unknownLessonOrPathIsAClearError() throws {
        let (status, output) = try run(["--lessons", Paths.fixtureLessons, "--lesson", "nope"])
        #expect(status != 0)
        #expect(output.contains("there is no lesson called 'nope'"))
    }

    @Test func glossaryAndHandoutPrintPlainText() throws {
        let glossary = try run(["glossary", "--lessons", Paths.fixtureLessons])
        #expect(glossary.status == 0)
        #expect(glossary.output.hasPrefix("Intravasation: Cancer cells pushing into a blood or lymph vessel.\n"))
        let handout = try run(["handout", "--lessons", Paths.fixtureLessons, "alpha", "beta"])
        #expect(handout.status == 0)
        #expect(handout.output.hasPrefix("Step 3: Entering the blood or lymph\n"))
        #expect(handout.output.contains("\u{0C}Review:"))
        #expect(handout.output.contains("Picture: Cancer cells leave the tumor and enter a blood vessel."))
        #expect(handout.output.contains("Answer: Cancer cells pushing into a blood or lymph vessel."))
    }

    @Test func aCopiedBinaryRunsWithItsBuiltInLessons() throws {
        let folder = try Paths.temporaryDirectory()
        let copy = folder + "/metastasis-tutor"
        try FileManager.default.copyItem(atPath: Paths.binary, toPath: copy)
        // A process that another test forks while the copy is still open for writing keeps
        // it open, and exec fails with "text file busy" until that process has exec'd too.
        var attempt = 0
        while true {
            attempt += 1
            let process = Process()
            process.executableURL = URL(fileURLWithPath: copy)
            process.arguments = ["handout", "step-3"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            let pipe = Pipe()
            process.standardOutput = pipe
            do {
                try process.run()
            } catch let error as NSError
                where attempt < 20 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY)
            {
                Thread.sleep(forTimeInterval: 0.1)
                continue
            }
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(output.hasPrefix("Step 3: Entering the blood or lymph\n"))
            return
        }
    }
}
