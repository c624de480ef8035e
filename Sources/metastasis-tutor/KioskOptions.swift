import ArgumentParser
import Foundation
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// A clinic kiosk: see README.md, "Kiosk mode".
struct KioskOptions: ParsableArguments {
    static let exitPINVariable = "METASTASIS_TUTOR_EXIT_PIN"

    @Flag(
        help:
            "Run as an unattended clinic kiosk: a start screen, idle reset, no keys that leave, nothing saved about visitors. Staff leave with F12 or Ctrl-K and the PIN in \(exitPINVariable), or SIGTERM."
    )
    var kiosk = false

    @Option(
        help: ArgumentHelp(
            "Kiosk: seconds without a key before the \"Are you still there?\" warning.", valueName: "SECONDS"))
    var idleTimeout: Double = 180

    @Option(
        help: ArgumentHelp(
            "Kiosk: seconds the warning counts down before the session is cleared.", valueName: "SECONDS"))
    var idleCountdown: Double = 30

    @Option(
        help: ArgumentHelp(
            "Kiosk: keep anonymous counts (sessions, lessons finished, answers right and wrong per question) in this file.",
            valueName: "FILE"))
    var stats: String?

    func validate() throws {
        if !kiosk && stats != nil { throw ValidationError("--stats goes with --kiosk") }
        if idleTimeout <= 0 || idleCountdown <= 0 {
            throw ValidationError("--idle-timeout and --idle-countdown must be more than 0")
        }
    }

    /// The kiosk's settings, with the exit PIN from the environment (never the command line,
    /// where `ps` would show it).
    func settings() -> KioskSettings {
        let pin = ProcessInfo.processInfo.environment[Self.exitPINVariable].flatMap { $0.isEmpty ? nil : $0 }
        return KioskSettings(idleTimeout: idleTimeout, idleCountdown: idleCountdown, exitPIN: pin)
    }
}
