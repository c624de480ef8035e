import Foundation
import Testing
import BuiltinLessons
import LessonModel
import TutorEngine
import TutorStorage

/// Runs the built binary with arguments and standard input; returns its status and output.
func runTutor(
    _ arguments: [String], input: String = "", environment: [String: String]? = nil, directory: String? = nil,
    program: String = Paths.binary
) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    // Without NO_COLOR or a language from the test run's environment, unless a test sets one.
    process.environment = environment ?? TmuxTerminal.environmentNamed
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// What the command line says and does, without a full-screen terminal.
@Suite struct CommandLineTests {
    /// The PIN prompt takes digits only: a PIN staff could not type, or one too short or too
    /// long, stops the kiosk with one line before it takes the terminal.
    @Test(arguments: ["abc", "12a4", "123", "12345678901234567", "１２３４", "12 34"])
    func aKioskPINThatIsNotFourToSixteenDigitsIsRefused(pin: String) throws {
        var environment = TmuxTerminal.environmentNamed
        environment["METASTASIS_TUTOR_EXIT_PIN"] = pin
        let (status, output) = try runTutor(
            ["--kiosk", "--lessons", Paths.fixtureLessons], environment: environment)
        #expect(status != 0)
        #expect(
            output
                == "Error: METASTASIS_TUTOR_EXIT_PIN must be 4 to 16 digits (0 to 9), as the PIN prompt takes only digits; the kiosk did not start\n",
            "\(output)")
    }

    @Test func lintPassesOnTheBuiltInCourse() throws {
        let (status, output) = try runTutor(["lint"])
        #expect(status == 0)
        #expect(output == "")
    }

    @Test func refusesToStartOnBrokenLessonsWithTheLintMessages() throws {
        let folder = try Paths.temporaryDirectory()
        for name in ["course.yaml", "alpha.yaml", "beta.yaml", "glossary.yaml"] {
            try FileManager.default.copyItem(atPath: Paths.fixtureLessons + "/" + name, toPath: folder + "/" + name)
        }
        let alpha = folder + "/alpha.yaml"
        let text = try String(contentsOfFile: alpha, encoding: .utf8).replacingOccurrences(
            of: "answer: 1", with: "answer: 5")
        try text.write(toFile: alpha, atomically: true, encoding: .utf8)

        let lint = try runTutor(["lint", folder])
        #expect(lint.status == 1)
        #expect(lint.output == "\(alpha):33:7: answer 5 points at no choice (there are 3; count from 1)\n")

        let start = try runTutor(["--lessons", folder, "--progress", folder + "/p.json"])
        #expect(start.status == 1)
        #expect(start.output.hasPrefix("\(alpha):33:7: answer 5 points at no choice"))
        #expect(!start.output.contains("Fatal error"))
    }

    @Test func unknownLessonOrPathIsAClearError() throws {
        let (status, output) = try runTutor(["--lessons", Paths.fixtureLessons, "--lesson", "nope"])
        #expect(status != 0)
        #expect(output.contains("there is no lesson called 'nope'"))
    }

    @Test func helpNamesThePathsAndLessonsTheCourseHas() throws {
        let (status, output) = try runTutor(["start", "--help"])
        #expect(status == 0)
        let help = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let library = try #require(BuiltinLessons.library())
        for name in library.pathNames { #expect(help.contains(name), "help lacks the path \(name)") }
        let firstLesson = try #require(library.course.parts.first?.lessons.first?.id)
        #expect(help.contains("for example \(firstLesson)"))
        let quiz = try runTutor(["quiz", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(quiz.contains("(1 to \(library.course.parts.count))"))
    }

    @Test func aPathOfYourOwnNamesWhatItDoesNotKnow() throws {
        let folder = try Paths.temporaryDirectory()
        let unknownCancer = try runTutor(["--for", "elbow", "--progress", folder + "/p.json"])
        #expect(unknownCancer.status != 0)
        #expect(unknownCancer.output.contains("--for: there is no cancer called 'elbow'; the course knows: breast, lung, colon"))
        let unknownSite = try runTutor(["--for", "colon", "--site", "toe", "--progress", folder + "/p.json"])
        #expect(unknownSite.output.contains("--site: there is no site called 'toe'; the sites are: liver, lungs"))
        let both = try runTutor(["--for", "colon", "--path", "overview", "--progress", folder + "/p.json"])
        #expect(both.output.contains("use --path, or --for and --site for a path of your own, not both"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.json"))
    }

    @Test func aGuidedSessionOnItsOwnPathResumesAtHomeInPlainMode() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/p.json"
        // At the clinic: a path for colon cancer, two screens on, then quit.
        let clinic = try runTutor(["--guided", "--for", "colon", "--plain", "--progress", progress], input: "\n\nm\n")
        #expect(clinic.status == 0)
        #expect(clinic.output.contains("(where colon cancer often spreads)"), "\(clinic.output)")
        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(saved.contains("\"path\" : \"yours\""))
        #expect(saved.contains("\"cancer\" : \"colon\""))
        // At home: no options; the same path, at the same place.
        let home = try runTutor(["--plain", "--progress", progress], input: "m\n")
        #expect(home.output.contains("Your own path: colon cancer"), "\(home.output)")
        #expect(home.output.contains("(where colon cancer often spreads)"))
    }

    /// soxi's and sox's numbers for a WAV file: its length in seconds and its RMS amplitude.
    func soundOf(_ path: String) throws -> (seconds: Double, rms: Double) {
        let soxi = Process()
        soxi.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        soxi.arguments = ["soxi", "-D", path]
        let out = Pipe()
        soxi.standardOutput = out
        try soxi.run()
        let seconds = Double(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        soxi.waitUntilExit()
        let sox = Process()
        sox.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sox.arguments = ["sox", path, "-n", "stat"]
        let err = Pipe()
        sox.standardError = err
        try sox.run()
        let stat = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sox.waitUntilExit()
        let line = stat.split(separator: "\n").first { $0.hasPrefix("RMS     amplitude") } ?? ""
        return (seconds, Double(line.split(separator: " ").last ?? "") ?? 0)
    }

    @Test func speakWritesAWAVThatGrowsWithTheText() throws {
        let folder = try Paths.temporaryDirectory()
        let one = try runTutor(["speak", "step-1", "--screen", "1", "--wav", folder + "/one.wav"])
        #expect(one.status == 0, "\(one.output)")
        let all = try runTutor(["speak", "step-1", "--wav", folder + "/all.wav"])
        #expect(all.status == 0)
        let (short, loudness) = try soundOf(folder + "/one.wav")
        let (long, _) = try soundOf(folder + "/all.wav")
        #expect(short > 2, "a screen of text takes seconds to say: \(short)")
        #expect(long > short * 3, "the whole lesson is longer than one screen: \(long) vs \(short)")
        #expect(loudness > 0.01, "not silent")
        let bad = try runTutor(["speak", "step-1", "--screen", "99", "--wav", folder + "/x.wav"])
        #expect(bad.status != 0 && bad.output.contains("--screen: lesson 'step-1' has screens 1 to"))
    }

    @Test func aKioskNeedsTheCoursesKioskSection() throws {
        let folder = try Paths.temporaryDirectory()
        for name in ["course.yaml", "alpha.yaml", "beta.yaml", "glossary.yaml"] {
            try FileManager.default.copyItem(atPath: Paths.fixtureLessons + "/" + name, toPath: folder + "/" + name)
        }
        let course = folder + "/course.yaml"
        var text = try String(contentsOfFile: course, encoding: .utf8)
        let start = try #require(text.range(of: "kiosk:\n"))
        let end = try #require(text.range(of: "parts:\n"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        try text.write(toFile: course, atomically: true, encoding: .utf8)
        let (status, output) = try runTutor(["--kiosk", "--lessons", folder])
        #expect(status != 0)
        #expect(output.contains("\(course): the course has no 'kiosk:' section, which --kiosk needs"))
        #expect(output.split(separator: "\n").count <= 3)
    }

    @Test func glossaryAndHandoutPrintPlainText() throws {
        let glossary = try runTutor(["glossary", "--lessons", Paths.fixtureLessons])
        #expect(glossary.status == 0)
        #expect(glossary.output.hasPrefix("Intravasation: Cancer cells pushing into a blood or lymph vessel.\n"))
        let handout = try runTutor(["handout", "--lessons", Paths.fixtureLessons, "alpha", "beta"])
        #expect(handout.status == 0)
        #expect(handout.output.hasPrefix("Step 3: Entering the blood or lymph\n"))
        #expect(handout.output.contains("\u{0C}Review:"))
        #expect(handout.output.contains("Picture: Cancer cells leave the tumor and enter a blood vessel."))
        #expect(handout.output.contains("Answer key\n1. 2 (Cancer cells pushing into a blood or lymph vessel)\n"))
    }

    @Test func handoutPrintsTheCallNowSheet() throws {
        let sheet = try runTutor(["handout", "--sheet", "call-now"])
        #expect(sheet.status == 0)
        #expect(sheet.output.hasPrefix("Call your care team right away\n"))
        #expect(sheet.output.contains("[!] A seizure that has stopped, if you have had seizures before"))
        #expect(sheet.output.contains("Call 911"))
    }

    @Test func handoutSheetsNeedASheetsFileAndAKnownName() throws {
        let none = try runTutor(["handout", "--lessons", Paths.fixtureLessons, "--sheet", "questions"])
        #expect(none.status == 1)
        #expect(
            none.output == "metastasis-tutor: this course has no sheets (there is no sheets.yaml beside its lessons)\n")
        let unknown = try runTutor(["handout", "--sheet", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.output.hasPrefix("Error: The value 'nope' is invalid for '--sheet <SHEET>'."))
    }

    @Test func theWholeHandoutStartsWithATitlePage() throws {
        let handout = try runTutor(["handout", "--lessons", Paths.fixtureLessons])
        #expect(handout.status == 0)
        #expect(handout.output.hasPrefix("Test Course\n\nGeneral education only, not medical advice."))
        #expect(handout.output.contains("\u{0C}Step 3: Entering the blood or lymph\n"))
    }

    @Test func aCopiedBinaryRunsWithItsBuiltInLessons() throws {
        let folder = try Paths.temporaryDirectory()
        let copy = folder + "/metastasis-tutor"
        try FileManager.default.copyItem(atPath: Paths.binary, toPath: copy)
        var result: (status: Int32, output: String)?
        // A process that a parallel test forks while the copy is being written can hold it
        // open for a moment, and exec then fails with "text file busy": try again shortly.
        for attempt in 1...10 where result == nil {
            do {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: copy)
                process.arguments = ["handout", "step-3"]
                process.environment = TmuxTerminal.environmentNamed
                process.currentDirectoryURL = URL(fileURLWithPath: folder)
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                result = (process.terminationStatus, output)
            } catch  where attempt < 10 {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        #expect(result?.status == 0)
        #expect(result?.output.hasPrefix("Step 3: Entering the blood or lymph\n") == true)
    }
}

/// `--plain`, chosen by itself over a pipe: lines in, lines out.
@Suite struct PlainModeTests {
    func tutor(_ arguments: [String], input: String, progress: String) throws -> (status: Int32, output: String) {
        try runTutor(["--lessons", Paths.fixtureLessons, "--progress", progress] + arguments, input: input)
    }

    @Test func overAPipeItIsPlainAndEndOfInputSavesAndExits() throws {
        let progress = try Paths.temporaryDirectory() + "/p.json"
        // The choices show mixed up (the same each time): 1 is angiogenesis, a wrong one.
        let first = try tutor([], input: "\n\n\n1\n", progress: progress)
        #expect(first.status == 0)
        #expect(first.output.contains("Note: General education only, not medical advice."))
        #expect(first.output.contains("Picture: Cancer cells leave the tumor and enter a blood vessel."))
        #expect(
            first.output.contains(
                "Not quite.\nThat is angiogenesis.\nThe right answer is: Cancer cells pushing into a blood or lymph vessel."
            ))
        #expect(!first.output.contains("\u{1B}"), "no escape sequences")

        let again = try tutor([], input: "q\n", progress: progress)
        #expect(again.output.contains("Lesson 1 of 3: Step 3: Entering the blood or lymph. Screen 3 of 4."))
        #expect(again.output.contains("Not quite."), "the answer is remembered")
    }

    @Test func numbersTypedOutsideAQuestionAreExplained() throws {
        let progress = try Paths.temporaryDirectory() + "/p.json"
        let result = try tutor(["--plain"], input: "hello\nq\n", progress: progress)
        #expect(result.output.contains("Type a number to answer, press Enter to go on, or type q to quit."))
    }

    @Test func quizRoundOverAPipeBringsMissedQuestionsBackAndSummarises() throws {
        let progress = try Paths.temporaryDirectory() + "/p.json"
        // Choices are mixed differently each round, so answer 1 twice, then stop with s.
        let result = try runTutor(
            ["quiz", "--lessons", Paths.fixtureLessons, "--progress", progress, "--lesson", "alpha"],
            input: "1\n\n1\n\ns\n\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Test yourself. Question 1 of 2."))
        #expect(result.output.contains("Test yourself. Question 2 of 2."))
        #expect(result.output.contains("Right on the first try:"))
        #expect(result.output.contains("By topic:"))
        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(saved.contains("\"reviewCards\""))
        #expect(saved.contains("\"inQuiz\" : true"))
    }
}

@Suite struct ProgressCommandTests {
    @Test func printsTextAndJSONAndResetsKeepingACopy() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/p.json"
        _ = try runTutor(["--lessons", Paths.fixtureLessons, "--progress", progress], input: "\n\n\n2\n\n2\n\n")
        let text = try runTutor(["progress", "--lessons", Paths.fixtureLessons, "--progress", progress])
        #expect(text.status == 0)
        #expect(text.output.contains("Whole course: 1 of 3 lessons"))
        #expect(text.output.contains("Step 3: Entering the blood or lymph (quiz: 2 of 2 right)"))
        let json = try runTutor(["progress", "--json", "--lessons", Paths.fixtureLessons, "--progress", progress])
        let report = try JSONDecoder.iso8601.decode(ProgressReport.self, from: Data(json.output.utf8))
        #expect(report.lessonsDone == 1)

        let refused = try runTutor(["progress", "--reset", "--progress", progress], input: "no\n")
        #expect(refused.output.contains("Nothing was changed."))
        #expect(FileManager.default.fileExists(atPath: progress))
        let reset = try runTutor(["progress", "--reset", "--yes", "--progress", progress])
        #expect(reset.status == 0)
        #expect(!FileManager.default.fileExists(atPath: progress))
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasPrefix("p.json.before-reset-")
        }
        #expect(kept.count == 1)
    }

    @Test func learnersKeepSeparateProgressAndUnsafeNamesAreRefused() throws {
        let state = try Paths.temporaryDirectory()
        var environment = TmuxTerminal.environmentNamed
        environment["XDG_STATE_HOME"] = state
        _ = try runTutor(
            ["--lessons", Paths.fixtureLessons, "--learner", "Ana"], input: "\n\n", environment: environment)
        _ = try runTutor(
            ["--lessons", Paths.fixtureLessons, "--learner", "Ben"], input: "\n", environment: environment)
        let folder = state + "/metastasis-tutor/learners"
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }) == [
                "Ana.json", "Ben.json",
            ])

        let bad = try runTutor(
            ["--lessons", Paths.fixtureLessons, "--learner", "../../etc/x"], environment: environment)
        #expect(bad.status != 0)
        #expect(bad.output.contains("the learner name '../../etc/x' cannot be used: it may not contain / or \\"))
        let both = try runTutor(["--progress", "x.json", "--learner", "Ana"], environment: environment)
        #expect(both.output.contains("use --progress or --learner, not both"))
    }

    @Test func aDamagedFileIsKeptAndTheLearnerIsTold() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/p.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: progress))
        let result = try runTutor(["--lessons", Paths.fixtureLessons, "--progress", progress], input: "q\n")
        #expect(
            result.output.hasPrefix(
                "Your saved progress could not be used (it is damaged), so you start afresh. The old file is kept as \(progress).damaged-"
            ))
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasPrefix("p.json.damaged-")
        }
        #expect(kept.count == 1)
        #expect(try String(contentsOfFile: folder + "/" + kept[0], encoding: .utf8) == "{ not json")
    }
}

extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
