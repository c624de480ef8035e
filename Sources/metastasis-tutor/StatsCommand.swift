import ArgumentParser
import LessonModel
import TutorStorage

/// Staff read a kiosk's counts (`--kiosk --stats FILE`) without opening the JSON by hand.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show a kiosk's anonymous counts: visits, lessons, answers, the most-missed questions."
    )

    static let defaultPath = "/var/lib/metastasis-tutor/stats.json"

    // ArgumentParser prints the default itself.
    @Option(help: ArgumentHelp("The kiosk's stats file.", valueName: "FILE"))
    var stats: String = Self.defaultPath

    @Flag(help: "Print the counts as JSON.")
    var json = false

    /// The kiosk's course (`--lessons`, as the kiosk was started), for the questions' words;
    /// `--language` is read by `commandWords()`, as for every command.
    @OptionGroup var source: LessonSourceOptions

    func run() throws {
        // Reading only: a damaged file is reported and left where it is for the kiosk to
        // keep aside when it next starts.
        let stats: KioskStats
        switch KioskStats.read(path: self.stats) {
        case .missing:
            // A mistyped path must not look like a kiosk nobody has used.
            printError("metastasis-tutor: " + commandWords().noStatsYet(self.stats))
            throw ExitCode.failure
        case .counts(let read): stats = read
        case .unusable(let reason):
            printError("metastasis-tutor: " + commandWords().statsUnusable(self.stats, reason: reason))
            throw ExitCode.failure
        }
        let library = try source.library()
        let prompts = library.lessons.values.flatMap(\.questions).map { ($0.id, $0.prompt) }
        let report = KioskStatsReport(stats, prompts: Dictionary(prompts, uniquingKeysWith: { first, _ in first }))
        if json {
            SystemIO.writeOut(String(decoding: try JSON.encode(report), as: UTF8.self))
        } else {
            SystemIO.writeOut(report.text(labels: commandWords().statsLabels()))
        }
    }
}
