import LessonModel

/// How a kiosk behaves, fixed when it starts.
public struct KioskSettings: Equatable, Sendable {
    /// Seconds without a key before the "Are you still there?" warning.
    public var idleTimeout: Double
    /// Seconds the warning counts down before the session is wiped.
    public var idleCountdown: Double
    /// The staff exit PIN (from the environment); nil when staff cannot leave by PIN.
    public var exitPIN: String?
    /// Seconds to wait after a wrong PIN.
    public var wrongPINPause: Double

    public init(
        idleTimeout: Double = 180, idleCountdown: Double = 30, exitPIN: String? = nil,
        wrongPINPause: Double = 5
    ) {
        self.idleTimeout = idleTimeout
        self.idleCountdown = idleCountdown
        self.exitPIN = exitPIN
        self.wrongPINPause = wrongPINPause
    }
}

/// A clinic kiosk: strangers one after another, nobody watching.
public struct KioskState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        /// "Press any key to start", with the disclaimer.
        case welcome
        case visiting
        /// "Are you still there?" until the time given, then the session is wiped.
        case idleWarning(until: Instant)
        /// Staff typing the exit PIN; the digits are never shown.
        case pinEntry(typed: Int, wrongBefore: Bool)
        /// After a wrong PIN: nothing is accepted until then.
        case pinPause(until: Instant)
    }

    public var settings: KioskSettings
    public var phase: Phase
    public var lastActivity: Instant
    /// The time of the latest tick, for the countdowns on screen.
    public var clock: Instant
    /// The PIN typed so far. Kept out of `Phase`, so nothing that shows the phase can show it.
    var pinDigits: String

    public init(settings: KioskSettings, now: Instant) {
        self.settings = settings
        self.phase = .welcome
        self.lastActivity = now
        self.clock = now
        self.pinDigits = ""
    }

    /// Whole seconds left on the countdown on screen, if one is running.
    public var secondsLeft: Int? {
        switch phase {
        case .idleWarning(let until), .pinPause(let until):
            return max(0, Int((until.seconds(since: clock)).rounded(.up)))
        default:
            return nil
        }
    }
}
