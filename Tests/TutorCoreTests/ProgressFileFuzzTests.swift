import BuiltinLessons
import Foundation
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorStorage
@testable import TutorView

/// A small, seeded random source, so a failing run can be replayed with FUZZ_SEED.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Takes a real progress file (the built-in course, a few lessons read and questions answered,
/// a quiz taken), changes its values and types at random and checks that loading, restoring
/// and drawing it never crashes, and that the file is either used (cleaned) or kept aside.
@Suite struct ProgressFileFuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_PROGRESS_FILES"] ?? "") ?? 300

    /// A learner's file as the tutorial writes it.
    static func realFile(_ tutorial: Tutorial) throws -> Data {
        var driver = Driver(tutorial)
        // The reviews hold every kind of question: choice, true/false, order and match.
        for lesson in ["what-is-metastasis", "review-basics", "review-steps", "review-sites"] {
            driver.send(.openLesson(lesson))
            while driver.unitID == lesson {
                // A review asks its questions as a round, where missed ones come back: answer
                // each once, then stop the round (Esc, then Esc at the recap).
                if let round = driver.state.quiz {
                    if round.firstTries.count >= round.questionCount {
                        driver.send(.endQuiz, .endQuiz)
                    } else {
                        // 1, 2, 3..., then 1 again: answers any kind (an order question's items keep
                        // their numbers; a match may use one option for several items).
                        for number in Array(1...9) + Array(repeating: 1, count: 9) { driver.send(.choose(number)) }
                        driver.send(.next)
                    }
                    continue
                }
                if driver.tutorial.screen(at: driver.state.position)?.question != nil {
                    for number in Array(1...9) + Array(repeating: 1, count: 9) { driver.send(.choose(number)) }
                }
                driver.send(.next)
            }
        }
        driver.send(.openLesson("review-steps"))
        driver.send(.startQuiz(.all, origin: .menu, count: 6))
        for _ in 0..<6 {
            for _ in 0..<6 { driver.send(.choose(2)) }
            driver.send(.next)
        }
        driver.send(.endQuiz, .endQuiz)
        let record = driver.state.record(tutorial: tutorial, now: Fixtures.now)
        #expect(!record.answers.isEmpty && record.reviewCards?.isEmpty == false, "the file has something in it")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(record)
    }

    @Test func mutatedProgressFilesNeverCrashAndAreUsedOrKeptAside() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? UInt64.random(in: 0...999_999)
        // Printed first: a crash ends the test process before any failure message.
        print("progress file fuzz: seed \(seed) (replay with FUZZ_SEED=\(seed))")
        var random = SplitMix64(state: seed)
        let library = try #require(BuiltinLessons.library())
        let full = try #require(Tutorial(library: library))
        let original = try JSONSerialization.jsonObject(with: try Self.realFile(full))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = ProgressStore(path: folder + "/progress.json")
        var used = 0
        var keptAside = 0

        for iteration in 0..<Self.iterations {
            let context = "seed \(seed), iteration \(iteration)"
            var value = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                value = ProgressMutator.mutate(value, using: &random)
            }
            let bytes =
                (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]))
                ?? Data("{".utf8)
            try bytes.write(to: URL(fileURLWithPath: store.path))

            switch store.load() {
            case .none:
                Issue.record("\(context): the file was not seen")
            case .unusable(let reason, let keptAs):
                let kept = try #require(keptAs, "\(context): \(reason), but it was not kept aside")
                #expect(FileManager.default.contents(atPath: kept) == bytes, "\(context): kept byte for byte")
                #expect(!FileManager.default.fileExists(atPath: store.path), "\(context)")
                try FileManager.default.removeItem(atPath: kept)
                keptAside += 1
            case .loaded(let record):
                used += 1
                let tutorial = Tutorial(library: library, pathName: record.path) ?? full
                var state = TutorState(resuming: record, tutorial: tutorial)
                Self.draw(state, tutorial)
                // The view draws a saved answer only on its question's screen: go to a few.
                for answer in state.answerLog {
                    var there = state
                    guard let unit = tutorial.unitIndex(of: answer.lessonID),
                        let screen = tutorial.units[unit].screens.firstIndex(where: {
                            $0.question?.id == answer.questionID
                        })
                    else { continue }
                    there.position = Position(unit: unit, screen: screen)
                    Self.draw(there, tutorial)
                }
                for action in [Action.openProgress, .closeOverlay, .openMenu, .closeOverlay] {
                    _ = Engine.reduce(&state, action, tutorial: tutorial, now: Fixtures.now)
                    Self.draw(state, tutorial)
                }
                var quiz = state
                _ = Engine.reduce(
                    &quiz, .startQuiz(.all, origin: .menu, count: 3), tutorial: tutorial, now: Fixtures.now)
                _ = Engine.reduce(&quiz, .choose(1), tutorial: tutorial, now: Fixtures.now)
                Self.draw(quiz, tutorial)
                // What is saved back is clean: checking it again drops nothing.
                let saved = state.record(tutorial: tutorial, now: Fixtures.now)
                #expect(saved.checked(against: library).dropped == 0, "\(context): the cleaned record is clean")
                _ = ProgressReport.make(library: library, record: record, now: Fixtures.now)
            }
        }
        print("progress file fuzz: \(used) files used, \(keptAside) kept aside")
        #expect(used > 0 && keptAside > 0, "seed \(seed): the mutations reach both outcomes")
    }

    static func draw(_ state: TutorState, _ tutorial: Tutorial) {
        for (width, height) in [(80, 24), (40, 12)] {
            _ = ScreenView.render(state, tutorial, width: width, height: height)
        }
        _ = PlainView.screen(state, tutorial)
    }
}

/// Random changes to a JSON tree: numbers made huge or negative, types swapped, keys
/// dropped, ids made up, indices pushed out of range.
enum ProgressMutator {
    /// Changes one value of the tree, chosen evenly among all of them (containers too), so
    /// the many values deep in the answers are reached as often as the few at the top.
    static func mutate(_ value: Any, using random: inout SplitMix64) -> Any {
        var paths: [[PathStep]] = []
        collect(value, at: [], into: &paths)
        let path = paths.randomElement(using: &random) ?? []
        return change(value, at: path[...], using: &random)
    }

    enum PathStep {
        case key(String)
        case index(Int)
    }

    static func collect(_ value: Any, at path: [PathStep], into paths: inout [[PathStep]]) {
        paths.append(path)
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { collect(object[key]!, at: path + [.key(key)], into: &paths) }
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() { collect(element, at: path + [.index(index)], into: &paths) }
        }
    }

    static func change(_ value: Any, at path: ArraySlice<PathStep>, using random: inout SplitMix64) -> Any {
        guard let step = path.first else { return replacement(for: value, using: &random) }
        switch step {
        case .key(let key):
            guard var object = value as? [String: Any], let inner = object[key] else { return value }
            if path.count == 1, Int.random(in: 0..<8, using: &random) == 0 {
                object[key] = nil
            } else {
                object[key] = change(inner, at: path.dropFirst(), using: &random)
            }
            return object
        case .index(let index):
            guard var array = value as? [Any], array.indices.contains(index) else { return value }
            array[index] = change(array[index], at: path.dropFirst(), using: &random)
            return array
        }
    }

    static func replacement(for value: Any, using random: inout SplitMix64) -> Any {
        let numbers: [Any] = [
            Int.max, Int.min, -1, -3, 0, 99, 1_000_000_001, 1e300, -0.5, 9_223_372_036_854_775_808.0,
        ]
        let strings: [Any] = [
            "", "no-such-id", "review-steps-q1", "review-steps", "step-1", "full", "overview",
            "2027-01-15T08:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1900-02-30T00:00:00Z",
            String(repeating: "x", count: 300), "\u{1B}[2J", "🧬",
        ]
        // Most changes keep the type, so the file still decodes and reaches the course checks;
        // the rest change it, so decoding fails and the file must be kept aside.
        if Int.random(in: 0..<3, using: &random) > 0 {
            switch value {
            case let text as String: return strings.randomElement(using: &random)!
            case let number as NSNumber where !(number is Bool) || number.intValue > 1:
                return [Int.max, Int.min, -1, -3, 0, 1, 2, 5, 6, 99, 1_000_001].randomElement(using: &random)!
            case var array as [Any]:
                switch Int.random(in: 0..<4, using: &random) {
                case 0: array.removeAll()
                case 1: array.append(contentsOf: array)
                case 2: array.reverse()
                default: if !array.isEmpty { array.removeLast() }
                }
                return array
            case var object as [String: Any]:
                if let key = object.keys.sorted().randomElement(using: &random) {
                    object[strings.randomElement(using: &random) as! String] = object[key]
                }
                return object
            default: break
            }
        }
        switch Int.random(in: 0..<9, using: &random) {
        case 0: return numbers.randomElement(using: &random)!
        case 1: return strings.randomElement(using: &random)!
        case 2: return NSNull()
        case 3: return Bool.random(using: &random)
        case 4: return [value]
        case 5: return ["x": value]
        case 6:
            // An index just past the end, or a big list of them.
            return (0..<Int.random(in: 0...7, using: &random)).map { _ in Int.random(in: -2...9, using: &random) }
        case 7:
            if let number = value as? Int { return number &+ Int.random(in: -2...2, using: &random) }
            return numbers.randomElement(using: &random)!
        default:
            // A duplicate of a sibling shape: an object where a list was, or the other way.
            if let object = value as? [String: Any] { return Array(object.values) }
            if let array = value as? [Any] {
                return Dictionary(uniqueKeysWithValues: array.enumerated().map { ("k\($0.offset)", $0.element) })
            }
            return value
        }
    }
}
