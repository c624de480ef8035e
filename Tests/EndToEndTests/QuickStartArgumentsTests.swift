import ArgumentParser
import Testing

@testable import metastasis_tutor

/// The fast start path reads common command lines without ArgumentParser. Whatever it takes,
/// it must take exactly as ArgumentParser would; whatever it cannot, it must leave alone.
@Suite struct QuickStartArgumentsTests {
    /// Pieces of command lines, valid and not: options, values that look like options, values
    /// ArgumentParser and `Double` read in their own ways, and words that are subcommands.
    static let pieces = [
        "start", "quiz", "--plain", "--kiosk", "--guided", "--read-aloud", "--plain=yes", "--progress", "p.json", "--progress=x.json",
        "--learner", "ann", "--learner=", "--theme", "mono", "high-contrast", "standard", "default", "plum",
        "--theme=mono", "--idle-timeout", "--idle-countdown", "30", "0.5", "1e3", "-5", "0", "nan", "inf",
        "0x10", "--idle-timeout=2", "--stats", "s.json", "--lesson", "step-3", "--path", "overview",
        "--path=full", "--lessons", "Lessons/en", "--help", "-h", "--", "", "-", "--unknown", "--glyphs",
        "ascii", "--for", "colon", "--site", "liver", "--add-lesson",
    ]

    @Test func agreesWithArgumentParserOnGeneratedCommandLines() throws {
        // A fixed seed, so a failure names a command line that can be run again.
        var generator = SeededGenerator(seed: 20_261_202)
        var taken = 0
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...6, using: &generator)
            let arguments = (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }
            guard let quick = QuickStartArguments.settings(arguments), (try? quick.validate()) != nil else { continue }
            taken += 1
            let parsed: any ParsableCommand
            do {
                parsed = try MetastasisTutor.parseAsRoot(arguments)
            } catch {
                Issue.record("quick start took \(arguments) but ArgumentParser refuses it: \(error)")
                continue
            }
            guard let start = parsed as? StartCommand else {
                Issue.record("quick start took \(arguments) but ArgumentParser runs \(type(of: parsed))")
                continue
            }
            #expect(start.settings == quick, "\(arguments)")
        }
        // The generator must reach the quick path often, or this test checks nothing.
        #expect(taken > 100, "only \(taken) of 2,000 command lines took the quick path")
    }

    @Test(arguments: [
        [], ["--progress", "p.json"], ["start", "--kiosk", "--stats", "s.json"], ["--theme=mono", "--plain"],
        ["--kiosk", "--idle-timeout", "90", "--path", "overview"], ["--guided", "--learner", "Ana"],
    ])
    func takesTheCommonStarts(arguments: [String]) throws {
        let quick = try #require(QuickStartArguments.settings(arguments))
        let start = try #require(try MetastasisTutor.parseAsRoot(arguments) as? StartCommand)
        #expect(start.settings == quick)
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["quiz"], ["--progress"], ["--progress", "--plain"], ["--plain", "--plain"],
        ["--theme", "plum"], ["--idle-timeout", "soon"], ["--", "--plain"],
    ])
    func leavesTheRestToArgumentParser(arguments: [String]) {
        #expect(QuickStartArguments.settings(arguments) == nil)
    }
}
