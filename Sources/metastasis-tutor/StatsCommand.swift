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

    @Option(help: ArgumentHelp("The kiosk's stats file (default \(Self.defaultPath)).", valueName: "FILE"))
    var stats: String = Self.defaultPath

    @Flag(help: "Print the counts as JSON.")
    var json = false

    /// Read by `commandWords()`, as for every command.
    @Option(help: ArgumentHelp("The language of the report: en or es.", valueName: "LANG"))
    var language: Language?

    func run() throws {
        // Reading only: a damaged file is reported and left where it is for the kiosk to
        // keep aside when it next starts.
        let stats: KioskStats
        switch KioskStats.read(path: self.stats) {
        case .missing: stats = KioskStats()
        case .counts(let read): stats = read
        case .unusable(let reason):
            printError("metastasis-tutor: " + commandWords().statsUnusable(self.stats, reason: reason))
            throw ExitCode.failure
        }
        let report = KioskStatsReport(stats)
        if json {
            SystemIO.writeOut(String(decoding: try JSON.encode(report), as: UTF8.self))
        } else {
            SystemIO.writeOut(report.text(labels: commandWords().statsLabels()))
        }
    }
}
