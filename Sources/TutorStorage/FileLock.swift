import LessonModel
import TutorEngine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a file, held until `unlock()` or the process ends (the kernel drops
/// flock(2) locks with the process, so a killed tutorial never leaves a stale lock).
public final class FileLock {
    private var descriptor: Int32

    /// nil when another process holds the lock, or the lock file cannot be made.
    public init?(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
    }

    public func unlock() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { unlock() }

    /// Whether anyone holds the lock on `path` now.
    public static func isHeld(path: String) -> Bool {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return true
    }
}
