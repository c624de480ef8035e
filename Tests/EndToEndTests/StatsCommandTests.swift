import Foundation
import Testing

/// `--version`, `stats`, and the check of a kiosk's `--stats` path before the terminal starts.
@Suite struct StatsCommandTests {
    /// The version the binary prints is the one scripts/package names the .deb with.
    @Test func versionIsTheOneInTutorVersion() throws {
        let source = try String(
            contentsOfFile: Paths.packageRoot.path + "/Sources/metastasis-tutor/TutorVersion.swift", encoding: .utf8)
        let line = try #require(source.split(separator: "\n").first { $0.contains("static let current = \"") })
        let version = line.split(separator: "\"")[1]
        let (status, output) = try runTutor(["--version"])
        #expect(status == 0)
        #expect(output == "\(version)\n")
    }

    @Test(arguments: ["/nonexistent/dir/stats.json", "FOLDER", "FILE/stats.json"])
    func unwritableStatsPathIsRefusedWithOneLine(_ given: String) throws {
        let folder = try Paths.temporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/FILE"))
        // "FOLDER" is the temporary folder itself; "FILE/stats.json" is below a plain file.
        let path = given == "FOLDER" ? folder : given.hasPrefix("/") ? given : folder + "/" + given
        let (status, output) = try runTutor(["--kiosk", "--stats", path])
        #expect(status != 0)
        #expect(output.hasPrefix("metastasis-tutor: --stats \(path): "))
        #expect(output.filter { $0 == "\n" }.count == 1)
        // Nothing was sent to a terminal: no escape sequence at all.
        #expect(!output.contains("\u{1B}"))
    }

    /// Run as another user: root writes anywhere, so as root the check would not be tried.
    /// setpriv (util-linux, on every Debian) drops to nobody; the binary is copied where nobody
    /// can run it, since the build folder may be root's alone.
    @Test func readOnlyFolderIsRefused() throws {
        let folder = try Paths.temporaryDirectory()
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        var arguments = ["--kiosk", "--stats", folder + "/stats.json"]
        var program = Paths.binary
        if getuid() == 0 {
            let runnable = try Paths.temporaryDirectory()
            chmod(runnable, 0o755)
            program = runnable + "/metastasis-tutor"
            try FileManager.default.copyItem(atPath: Paths.binary, toPath: program)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", program] + arguments
            program = "/usr/bin/setpriv"
        }
        let (status, output) = try runTutor(arguments, program: program)
        #expect(status != 0)
        #expect(output.contains("cannot be written"), "\(output)")
        #expect(output.filter { $0 == "\n" }.count == 1)
    }

    /// A damaged file is moved aside with a notice, and the kiosk counts from zero again.
    @Test func damagedStatsFileIsKeptAside() throws {
        let folder = try Paths.temporaryDirectory()
        let path = folder + "/stats.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        // No terminal here, so the kiosk stops once the counts are loaded; the file is moved first.
        let (_, output) = try runTutor(
            ["--kiosk", "--stats", path], environment: ["TERM": "dumb", "PATH": "/usr/bin:/bin"])
        #expect(output.contains("it is kept as \(path).damaged-"))
        #expect(output.contains("counting starts again"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.contains { $0.hasPrefix("stats.json.damaged-") })
        #expect(!names.contains("stats.json"))
    }

    @Test func statsPrintsTextAndJSON() throws {
        let folder = try Paths.temporaryDirectory()
        let path = folder + "/stats.json"
        let version1 = """
            {"formatVersion":1,"sessions":3,"lessonsFinished":{"step-1":2},
             "answers":{"q-a":{"right":1,"wrong":4},"q-b":{"right":2,"wrong":0}}}
            """
        try Data(version1.utf8).write(to: URL(fileURLWithPath: path))
        let (status, text) = try runTutor(["stats", "--stats", path])
        #expect(status == 0)
        #expect(text.contains("Visits: 3"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let (jsonStatus, json) = try runTutor(["stats", "--stats", path, "--json"])
        #expect(jsonStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["visits"] as? Int == 3)
        let missed = try #require(object["mostMissed"] as? [[String: Any]])
        #expect(missed.map { $0["question"] as? String } == ["q-a"])
    }

    /// Staff see what a missed question asks, not only its id: the words come from the course.
    @Test func statsNamesWhatTheMostMissedQuestionAsks() throws {
        let folder = try Paths.temporaryDirectory()
        let path = folder + "/stats.json"
        let counts = """
            {"formatVersion":1,"sessions":1,"lessonsFinished":{},"answers":{"alpha-q1":{"right":0,"wrong":2},"gone-q9":{"right":0,"wrong":1}}}
            """
        try Data(counts.utf8).write(to: URL(fileURLWithPath: path))
        let (status, text) = try runTutor(["stats", "--stats", path, "--lessons", Paths.fixtureLessons])
        #expect(status == 0)
        let lines = text.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("  alpha-q1") })
        #expect(lines[row + 1] == "    What is intravasation?", "\(text)")
        let gone = try #require(lines.firstIndex { $0.hasPrefix("  gone-q9") })
        #expect(!lines[gone + 1].hasPrefix("    "), "an id the course no longer has has no words")
        let (_, json) = try runTutor(["stats", "--stats", path, "--lessons", Paths.fixtureLessons, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let missed = try #require(object["mostMissed"] as? [[String: Any]])
        #expect(missed.first?["prompt"] as? String == "What is intravasation?")
    }

    /// A mistyped path must not read as a kiosk nobody has used ("Visits: 0").
    @Test(arguments: ["en", "es"])
    func statsSaysWhenThereIsNoFile(_ language: String) throws {
        let folder = try Paths.temporaryDirectory()
        let (status, output) = try runTutor(["stats", "--stats", folder + "/stats.json", "--language", language])
        #expect(status == 1)
        #expect(output.hasPrefix("metastasis-tutor: \(folder)/stats.json "))
        #expect(output.contains(language == "es" ? "no existe" : "does not exist"))
        #expect(output.filter { $0 == "\n" }.count == 1)
        #expect(!output.contains("Visits"))
    }

    @Test func statsRefusesADamagedFileAndLeavesIt() throws {
        let folder = try Paths.temporaryDirectory()
        let path = folder + "/stats.json"
        try Data("[]".utf8).write(to: URL(fileURLWithPath: path))
        let (status, output) = try runTutor(["stats", "--stats", path])
        #expect(status != 0)
        #expect(output.contains("could not be used"))
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
