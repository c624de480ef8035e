import LessonModel
import TutorEngine

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
            case .visitorStarted: sessions.addOne()
            case .lessonFinished(let lesson): lessonsFinished[lesson, default: 0].addOne()
            case .answered(let questionID, let correct):
                var tally = answers[questionID] ?? Tally()
                if correct { tally.right.addOne() } else { tally.wrong.addOne() }
                answers[questionID] = tally
            case .saveProgress, .quit, .forgetVisitor: continue
            }
            changed = true
        }
        return changed
    }

    /// Loads the counts kept so far; a missing file starts from zero. A file that cannot be
    /// used is moved aside like a progress file (`stats.json.damaged-DATE`), so a staff
    /// member can still see the counts it held, instead of being written over with zeros.
    public static func load(path: String) -> KioskStats {
        loadKeepingAside(path: path).stats
    }

    /// The counts, and where an unusable file was moved (nil when it was used or missing).
    public static func loadKeepingAside(path: String) -> (stats: KioskStats, keptAs: String?) {
        let label: String
        switch LimitedRead.read(path, limit: ProgressStore.sizeLimit) {
        case .missing: return (KioskStats(), nil)
        case .unreadable, .notRegularFile: return (KioskStats(), nil)
        case .tooLarge: label = "too-large"
        case .contents(let data) where data.isEmpty: label = "empty"
        case .contents(let data):
            guard let stats = try? JSON.decode(KioskStats.self, from: data) else {
                label = "damaged"
                break
            }
            guard stats.formatVersion <= 1 else {
                label = "newer-version"
                break
            }
            guard stats.isSane else {
                label = "damaged"
                break
            }
            return (stats, nil)
        }
        return (KioskStats(), KeptAside.move(path, label: label))
    }

    /// Counts as `count` makes them: none below zero, none near overflowing.
    var isSane: Bool {
        let range = 0...ProgressRecord.countLimit * 1000
        return range.contains(sessions) && lessonsFinished.values.allSatisfy(range.contains)
            && answers.values.allSatisfy { range.contains($0.right) && range.contains($0.wrong) }
    }

    public func save(path: String) throws {
        try AtomicFile.write(try JSON.encode(self), to: path)
    }
}

extension Int {
    /// Counting never traps: a count that reached the top stays there.
    fileprivate mutating func addOne() {
        if self < Int.max { self += 1 }
    }
}
