import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and writes the progress file. A write never leaves a half-written file: it goes to
/// a temporary file in the same folder, is synced, and is renamed over the old one.
public struct ProgressStore: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The default file: `$XDG_STATE_HOME/metastasis-tutor/progress.json`, or under
    /// `~/.local/state` when that is not set.
    public static func defaultPath(environment: [String: String]) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/metastasis-tutor/progress.json"
    }

    public enum LoadResult: Equatable, Sendable {
        case none
        case loaded(ProgressRecord)
        /// The file could not be used; it was kept under `keptAs` and a fresh start is made.
        case unusable(reason: String, keptAs: String?)
    }

    public func load() -> LoadResult {
        guard FileManager.default.fileExists(atPath: path) else { return .none }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unusable(reason: "it cannot be read", keptAs: nil)
        }
        let reason: String
        if data.isEmpty {
            reason = "it is empty"
        } else {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            struct VersionOnly: Decodable { var formatVersion: Int }
            if let version = try? decoder.decode(VersionOnly.self, from: data).formatVersion,
                version > ProgressRecord.currentFormatVersion
            {
                reason = "it was written by a newer version of this tutorial"
            } else if let record = try? decoder.decode(ProgressRecord.self, from: data) {
                return .loaded(record)
            } else {
                reason = "it is damaged"
            }
        }
        return .unusable(reason: reason, keptAs: keepAside(suffix: "unreadable"))
    }

    /// Moves an unusable file out of the way under a name that says what it is, so it is
    /// never overwritten silently.
    private func keepAside(suffix: String) -> String? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime]
        let stamp = formatter.string(from: Date()).replacingOccurrences(of: ":", with: "")
        let target = "\(path).\(suffix)-\(stamp)"
        return (try? FileManager.default.moveItem(atPath: path, toPath: target)) != nil ? target : nil
    }

    public struct SaveError: Error, CustomStringConvertible {
        public var description: String
    }

    public func save(_ record: ProgressRecord) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(record)
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SaveError(description: "cannot make the folder \(directory)")
        }
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw SaveError(description: "cannot write in \(directory): \(errnoText())") }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        let failure = errnoText()
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let reason = ok ? errnoText() : failure
            unlink(temporary)
            throw SaveError(description: "cannot save progress to \(path): \(reason)")
        }
        let folderFD = open(directory, O_RDONLY)
        if folderFD >= 0 {
            fsync(folderFD)  // makes the rename itself survive a power cut
            close(folderFD)
        }
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }
}
