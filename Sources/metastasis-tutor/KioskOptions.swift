import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// A clinic kiosk: see README.md, "Kiosk mode".
struct KioskOptions: ParsableArguments {
    static let exitPINVariable = "METASTASIS_TUTOR_EXIT_PIN"
    static let defaultIdleTimeout: Double = 180
    static let defaultIdleCountdown: Double = 30

    @Flag(
        help:
            "Run as an unattended clinic kiosk: a start screen, idle reset, no keys that leave, nothing saved about visitors. Staff leave with F12 or Ctrl-K and the PIN in \(exitPINVariable), or SIGTERM."
    )
    var kiosk = false

    @Option(
        help: ArgumentHelp(
            "Kiosk: seconds without a key before the \"Are you still there?\" warning.", valueName: "SECONDS"))
    var idleTimeout: Double = Self.defaultIdleTimeout

    @Option(
        help: ArgumentHelp(
            "Kiosk: seconds the warning counts down before the session is cleared.", valueName: "SECONDS"))
    var idleCountdown: Double = Self.defaultIdleCountdown

    @Option(
        help: ArgumentHelp(
            "Kiosk: keep anonymous counts (sessions, lessons finished, answers right and wrong per question) in this file.",
            valueName: "FILE"))
    var stats: String?

    func validate() throws {
        try Self.check(kiosk: kiosk, stats: stats, idleTimeout: idleTimeout, idleCountdown: idleCountdown)
    }

    static func check(kiosk: Bool, stats: String?, idleTimeout: Double, idleCountdown: Double) throws {
        if !kiosk && stats != nil { throw ValidationError("--stats goes with --kiosk") }
        // Written so NaN fails too, and infinity (a kiosk that never wipes) is refused.
        guard idleTimeout > 0, idleCountdown > 0, idleTimeout.isFinite, idleCountdown.isFinite else {
            throw ValidationError("--idle-timeout and --idle-countdown must be a number of seconds more than 0")
        }
    }

    /// The kiosk's settings, with the exit PIN from the environment (never the command line,
    /// where `ps` would show it).
    static func settings(idleTimeout: Double, idleCountdown: Double) -> KioskSettings {
        let pin = SystemIO.environment(Self.exitPINVariable).flatMap { $0.isEmpty ? nil : $0 }
        return KioskSettings(idleTimeout: idleTimeout, idleCountdown: idleCountdown, exitPIN: pin)
    }
}
