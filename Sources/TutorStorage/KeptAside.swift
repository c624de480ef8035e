import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Names for files moved out of the way: `PATH.LABEL-DATE-TIME`, so an unusable progress or
/// stats file is never overwritten silently and its name says what was wrong with it.
enum KeptAside {
    /// `PATH.LABEL-DATE-TIME`, with a number added if that name is taken.
    static func name(for path: String, label: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = "\(path).\(label)-\(formatter.string(from: Date()))"
        var target = base
        var attempt = 1
        while FileManager.default.fileExists(atPath: target) {
            attempt += 1
            target = "\(base)-\(attempt)"
        }
        return target
    }

    /// Moves `path` aside; the new name, or nil when it could not be moved (it stays put).
    static func move(_ path: String, label: String) -> String? {
        let target = name(for: path, label: label)
        return rename(path, target) == 0 ? target : nil
    }
}
