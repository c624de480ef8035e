#if canImport(Glibc)
    import Glibc
#endif

/// Whether the kiosk can keep its counts at a `--stats` path. Asked before the terminal is
/// set up: a kiosk that ran all day and then could not write its counts would lose them
/// without anyone seeing why.
public enum StatsPathCheck {
    /// What stops the counts being written at `path`, in words for one line; nil when nothing.
    public static func problem(_ path: String) -> String? {
        if path.isEmpty { return "the stats file name is empty" }
        if FileSystem.isFolder(path) { return "\(path) is a folder, not a file" }
        let folder = FileSystem.folder(of: path).isEmpty ? "." : FileSystem.folder(of: path)
        guard FileSystem.isFolder(folder) else { return "the folder \(folder) does not exist" }
        // The counts are written to a new file beside the old one and renamed over it
        // (AtomicFile), so the folder must take new files, not only the file itself.
        guard access(folder, W_OK | X_OK) == 0 else {
            return "the folder \(folder) cannot be written (\(String(cString: strerror(errno))))"
        }
        if FileSystem.exists(path), access(path, W_OK) != 0 {
            return "\(path) cannot be written (\(String(cString: strerror(errno))))"
        }
        return nil
    }
}
