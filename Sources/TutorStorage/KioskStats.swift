import LessonModel
import TutorEngine

/// What a kiosk may keep with `--stats`: counts only. Nothing in it tells one visitor from
/// another: no times, no order of answers, no sessions' contents.
public struct KioskStats: Codable, Equatable, Sendable {
    public struct Tally: Codable, Equatable, Sendable {
        public var right = 0
        public var wrong = 0
    }

    /// 2 added `lessonsStarted`; a version 1 file loads with none started.
    public static let currentFormatVersion = 2
    public var formatVersion = Self.currentFormatVersion
    public var sessions = 0
    public var lessonsStarted: [String: Int] = [:]
    public var lessonsFinished: [String: Int] = [:]
    public var answers: [String: Tally] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case formatVersion, sessions, lessonsStarted, lessonsFinished, answers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        sessions = try container.decode(Int.self, forKey: .sessions)
        lessonsStarted = try container.decodeIfPresent([String: Int].self, forKey: .lessonsStarted) ?? [:]
        lessonsFinished = try container.decode([String: Int].self, forKey: .lessonsFinished)
        answers = try container.decode([String: Tally].self, forKey: .answers)
    }

    /// Counts a lesson a visitor opened (the session loop sees the lesson change; the
    /// engine has no effect for it).
    public mutating func countStarted(_ lesson: String) {
        lessonsStarted[lesson, default: 0].addOne()
    }

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
            case .saveProgress, .quit, .forgetVisitor, .switchLanguage: continue
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
        switch read(path: path) {
        case .missing: return (KioskStats(), nil)
        case .counts(let stats): return (stats, nil)
        case .unusable(let label): return (KioskStats(), KeptAside.move(path, label: label))
        }
    }

    public enum Reading: Equatable, Sendable {
        case missing
        case counts(KioskStats)
        /// Why the file cannot be used, as the word its kept-aside name carries.
        case unusable(String)
    }

    /// Reads the counts and moves nothing (`stats` for staff reads a kiosk's file this way).
    public static func read(path: String) -> Reading {
        switch LimitedRead.read(path, limit: ProgressStore.sizeLimit) {
        case .missing: return .missing
        // Not ours to move: counting starts again in memory, and the save says why it fails.
        case .unreadable, .notRegularFile: return .missing
        case .tooLarge: return .unusable("too-large")
        case .contents(let data) where data.isEmpty: return .unusable("empty")
        case .contents(let data):
            guard let stats = try? JSON.decode(KioskStats.self, from: data) else { return .unusable("damaged") }
            guard stats.formatVersion <= currentFormatVersion else { return .unusable("newer-version") }
            guard stats.isSane else { return .unusable("damaged") }
            return .counts(stats)
        }
    }

    /// Counts as `count` makes them: none below zero, none near overflowing.
    var isSane: Bool {
        let range = 0...ProgressRecord.countLimit * 1000
        return range.contains(sessions) && lessonsFinished.values.allSatisfy(range.contains)
            && lessonsStarted.values.allSatisfy(range.contains)
            && answers.values.allSatisfy { range.contains($0.right) && range.contains($0.wrong) }
    }

    /// Saves as the current format, so a version 1 file read in is written back as 2.
    public func save(path: String) throws {
        var current = self
        current.formatVersion = Self.currentFormatVersion
        try AtomicFile.write(try JSON.encode(current), to: path)
    }
}

extension Int {
    /// Counting never traps: a count that reached the top stays there.
    fileprivate mutating func addOne() {
        if self < Int.max { self += 1 }
    }
}
