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

    /// Adds what changed between two states of one visitor's session; true when anything did.
    public mutating func observe(before: TutorState, after: TutorState, effects: [Effect]) -> Bool {
        var changed = false
        if effects.contains(.visitorStarted) {
            sessions += 1
            changed = true
        }
        // A wiped session starts with an empty log: nothing new to count.
        if after.answerLog.count > before.answerLog.count {
            for answer in after.answerLog[before.answerLog.count...] {
                var tally = answers[answer.questionID] ?? Tally()
                if answer.correct { tally.right += 1 } else { tally.wrong += 1 }
                answers[answer.questionID] = tally
            }
            changed = true
        }
        for lesson in after.finishedLessons.subtracting(before.finishedLessons) {
            lessonsFinished[lesson, default: 0] += 1
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
