#if canImport(Glibc)
    import Glibc
#endif

/// Names for files moved out of the way: `PATH.LABEL-DATE-TIME`, so an unusable progress or
/// stats file is never overwritten silently and its name says what was wrong with it.
enum KeptAside {
    /// `PATH.LABEL-DATE-TIME` (local time), with a number added if that name is taken.
    static func name(for path: String, label: String) -> String {
        let base = "\(path).\(label)-\(localStamp())"
        var target = base
        var attempt = 1
        while FileSystem.exists(target) {
            attempt += 1
            target = "\(base)-\(attempt)"
        }
        return target
    }

    /// Now as `yyyyMMdd-HHmmss` in local time, as staff read the clock on the wall.
    static func localStamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }

    /// Moves `path` aside; the new name, or nil when it could not be moved (it stays put).
    static func move(_ path: String, label: String) -> String? {
        let target = name(for: path, label: label)
        return rename(path, target) == 0 ? target : nil
    }
}
