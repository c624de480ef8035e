import Foundation
import TutorEngine

/// The one place the program reads the clock; the engine gets the time as a value.
enum SystemClock {
    static func now() -> Instant { Instant(secondsSince1970: Date().timeIntervalSince1970) }

    /// Seconds from UTC here and now, for wording dates in the learner's own time.
    static func utcOffset() -> Int { TimeZone.current.secondsFromGMT() }
}
