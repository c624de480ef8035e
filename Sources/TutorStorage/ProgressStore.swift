import LessonModel
import TutorEngine
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
        /// The file could not be used. It was moved aside to `keptAs`, or, when it could not
        /// even be moved (`keptAs` nil), it stays where it is and must not be written over.
        case unusable(reason: String, keptAs: String?)
    }

    public func load() -> LoadResult {
        guard FileManager.default.fileExists(atPath: path) else { return .none }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unusable(reason: "it cannot be read", keptAs: nil)
        }
        let reason: String
        let label: String
        if data.isEmpty {
            (reason, label) = ("it is empty", "empty")
        } else {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            struct VersionOnly: Decodable { var formatVersion: Int }
            if let version = try? decoder.decode(VersionOnly.self, from: data).formatVersion,
                version > ProgressRecord.currentFormatVersion
            {
                (reason, label) = ("it was saved by a newer version of this tutorial", "newer-version")
            } else if let record = try? decoder.decode(ProgressRecord.self, from: data) {
                return .loaded(record)
            } else {
                (reason, label) = ("it is damaged", "damaged")
            }
        }
        return .unusable(reason: reason, keptAs: keepAside(label: label))
    }

    /// Moves an unusable file out of the way under a name that says what it is, so it is
    /// never overwritten silently: `progress.json.damaged-20261121-184000`.
    private func keepAside(label: String) -> String? {
        let target = asideName(label: label)
        return rename(path, target) == 0 ? target : nil
    }

    /// Keeps a copy of the current file (before a reset), named like a kept-aside file.
    public func backUp(label: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let target = asideName(label: label)
        try FileManager.default.copyItem(atPath: path, toPath: target)
        return target
    }

    /// `PATH.LABEL-DATE-TIME`, with a number added if that name is taken.
    private func asideName(label: String) -> String {
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

    /// Temporary files of a save that a killed process never finished. Call only while
    /// holding the lock, when no other process can be writing one.
    public func removeLeftoverTemporaryFiles() {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent + ".tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for leftover in names where leftover.hasPrefix(name) {
            unlink((folder.isEmpty ? "" : folder + "/") + leftover)
        }
    }

    /// Holds the progress file for this process, so a second copy of the tutorial on the same
    /// file knows to leave it alone. The lock ends with the process, even on a crash.
    public func lock() -> FileLock? {
        FileLock(path: path + ".lock")
    }

    public struct SaveError: Error, CustomStringConvertible {
        public var description: String
    }

    public func save(_ record: ProgressRecord) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try AtomicFile.write(try encoder.encode(record), to: path)
        } catch let error as AtomicFile.WriteError {
            throw SaveError(description: error.description)
        }
    }

}
