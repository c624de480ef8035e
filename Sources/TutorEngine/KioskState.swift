import LessonModel

/// How a kiosk behaves, fixed when it starts.
public struct KioskSettings: Equatable, Sendable {
    /// Seconds without a key before the "Are you still there?" warning.
    public var idleTimeout: Double
    /// Seconds the warning counts down before the session is wiped.
    public var idleCountdown: Double
    /// The staff exit PIN (from the environment); nil when staff cannot leave by PIN.
    public var exitPIN: String?
    /// Seconds the PIN is locked after the first wrong PIN, the second, and so on; the last
    /// holds for every one after. 5 s, 30 s, 5 min, then 15 min each: 10,000 guesses at a
    /// 4-digit PIN take over 100 days.
    public var wrongPINPauses: [Double]

    public static let defaultWrongPINPauses: [Double] = [5, 30, 300, 900]

    public init(
        idleTimeout: Double = 180, idleCountdown: Double = 30, exitPIN: String? = nil,
        wrongPINPauses: [Double] = KioskSettings.defaultWrongPINPauses
    ) {
        self.idleTimeout = idleTimeout
        self.idleCountdown = idleCountdown
        self.exitPIN = exitPIN
        self.wrongPINPauses = wrongPINPauses.isEmpty ? [0] : wrongPINPauses
    }

    /// Seconds of lock-out after `wrongPINs` wrong PINs in a row (at least 1).
    public func pause(afterWrongPINs wrongPINs: Int) -> Double {
        wrongPINPauses[min(max(wrongPINs, 1), wrongPINPauses.count) - 1]
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
        /// After a wrong PIN: no PIN is taken until then (Esc goes back to the tutorial; the
        /// lock-out holds, and the staff key shows this again).
        case pinPause(until: Instant)
    }

    public var settings: KioskSettings
    public var phase: Phase
    public var lastActivity: Instant
    /// The time of the latest tick, for the countdowns on screen.
    public var clock: Instant
    /// The PIN typed so far. Kept out of `Phase`, so nothing that shows the phase can show it.
    var pinDigits: String
    /// Wrong PINs since the kiosk started; kept when a visitor's session is wiped, so waiting
    /// for the idle reset does not shorten the lock-out.
    public var wrongPINs: Int
    /// No PIN is taken before then.
    public var lockedUntil: Instant?
    /// A key came during the lock-out and was not taken: the screen says so.
    public var keyRefused: Bool

    public init(settings: KioskSettings, now: Instant) {
        self.settings = settings
        self.phase = .welcome
        self.lastActivity = now
        self.clock = now
        self.pinDigits = ""
        self.wrongPINs = 0
        self.lockedUntil = nil
        self.keyRefused = false
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
