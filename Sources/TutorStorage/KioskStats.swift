import LessonModel
import TutorEngine
import Foundation

/// What a kiosk may keep with `--stats`: counts only. Nothing in it tells one visitor from
/// another: no times, no order of answers, no sessions' contents.
public struct KioskStats: Codable, Equatable, Sendable {
    public struct Tally: Codable, Equatable, Sendable {
        public var right = 0
        public var wrong = 0
    }

    public var formatVersion = 1
    public var sessions = 0
    public var lessonsFinished: [String: Int] = [:]
    public var answers: [String: Tally] = [:]

    public init() {}

    /// Counts what the engine reports a visitor did; true when anything was counted.
    public mutating func count(_ effects: [Effect]) -> Bool {
        var changed = false
        for effect in effects {
            switch effect {
            case .visitorStarted: sessions += 1
            case .lessonFinished(let lesson): lessonsFinished[lesson, default: 0] += 1
            case .answered(let questionID, let correct):
                var tally = answers[questionID] ?? Tally()
                if correct { tally.right += 1 } else { tally.wrong += 1 }
                answers[questionID] = tally
            case .saveProgress, .quit, .forgetVisitor: continue
            }
            changed = true
        }
        return changed
    }

    /// Loads the counts kept so far; a missing or unreadable file starts from zero.
    public static func load(path: String) -> KioskStats {
        guard let data = FileManager.default.contents(atPath: path),
            let stats = try? JSONDecoder().decode(KioskStats.self, from: data)
        else { return KioskStats() }
        return stats
    }

    public func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: path)
    }
}
