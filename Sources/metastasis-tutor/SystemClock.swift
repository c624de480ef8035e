import TutorEngine

#if canImport(Glibc)
    import Glibc
#endif

/// The one place the program reads the clock; the engine gets the time as a value.
enum SystemClock {
    static func now() -> Instant {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        return Instant(secondsSince1970: Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9)
    }

    /// Seconds from UTC here and now (from TZ and /etc/localtime, as `date` does), for
    /// wording dates in the learner's own time.
    static func utcOffset() -> Int {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return 0 }
        return parts.tm_gmtoff
    }
}
