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
        if !kiosk && stats != nil { throw ValidationError(commandWords().statsGoesWithKiosk()) }
        // Written so NaN fails too, and infinity (a kiosk that never wipes) is refused.
        guard idleTimeout > 0, idleCountdown > 0, idleTimeout.isFinite, idleCountdown.isFinite else {
            throw ValidationError(commandWords().idleSecondsPositive())
        }
    }

    /// The kiosk's settings, with the exit PIN from the environment (never the command line,
    /// where `ps` would show it). A PIN staff could not type at the prompt (which takes
    /// digits only), or one too short to hold, stops the kiosk before it takes the terminal.
    static func settings(idleTimeout: Double, idleCountdown: Double) throws -> KioskSettings {
        let pin = try exitPIN(SystemIO.environment(Self.exitPINVariable))
        return KioskSettings(idleTimeout: idleTimeout, idleCountdown: idleCountdown, exitPIN: pin)
    }

    static let pinLengths = 4...16

    /// The exit PIN from the variable's value: nil when unset or empty (staff cannot leave by
    /// PIN), the PIN when it is 4 to 16 ASCII digits, otherwise a one-line refusal.
    static func exitPIN(_ value: String?) throws -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard pinLengths.contains(value.utf8.count), value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw StartRefused(
                description:
                    "\(exitPINVariable) must be \(pinLengths.lowerBound) to \(pinLengths.upperBound) digits (0 to 9), as the PIN prompt takes only digits; the kiosk did not start"
            )
        }
        return value
    }
}

/// A reason not to start, said in one line (ArgumentParser adds no usage to it).
struct StartRefused: Error, CustomStringConvertible {
    var description: String
}
