import BuiltinLessons
import Foundation
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// Sequences a terminal sends that the tutorial does not take (Insert, Delete, F-keys, Alt with
/// a key, a bracketed paste, focus in and out, and Home, End, PgUp, PgDn where nothing is bound
/// to them) must change nothing: on every state a random walk through the whole built-in course
/// reaches, in a lesson and in the kiosk, at 80x24 and 40x12, the state after feeding one of
/// them, decoded as the terminal's reader decodes it, is the state before. FUZZ_SEED replays a
/// walk (the long pass of scripts/fuzz-keys sets it too).
@Suite struct UnknownSequenceFuzzTests {
    /// Each sequence as the front end reads it: bytes, or a key ncurses decoded itself.
    static let sequences: [(name: String, inputs: [EscapeSequence.Input])] = {
        func bytes(_ text: String) -> [EscapeSequence.Input] { text.unicodeScalars.map { .scalar($0.value) } }
        var list: [(String, [EscapeSequence.Input])] = [
            ("Home", bytes("\u{1B}[1~")), ("Home", bytes("\u{1B}[H")), ("Home", bytes("\u{1B}OH")),
            ("Home", bytes("\u{1B}[7~")), ("End", bytes("\u{1B}[4~")), ("End", bytes("\u{1B}[F")),
            ("End", bytes("\u{1B}OF")), ("End", bytes("\u{1B}[8~")), ("PgUp", bytes("\u{1B}[5~")),
            ("PgDn", bytes("\u{1B}[6~")), ("Insert", bytes("\u{1B}[2~")), ("Delete", bytes("\u{1B}[3~")),
            ("Ctrl-Delete", bytes("\u{1B}[3;5~")), ("focus in", bytes("\u{1B}[I")), ("focus out", bytes("\u{1B}[O")),
            ("paste", bytes("\u{1B}[200~1\r2\r\u{1B}[1~3 q y\u{1B}[201~")),
            ("paste with no end", bytes("\u{1B}[200~12")), ("Alt-Up", [.scalar(27), .key(.up)]),
            ("Alt-Enter", bytes("\u{1B}\r")), ("Esc Esc", bytes("\u{1B}\u{1B}")),
            ("SGR mouse", bytes("\u{1B}[<0;10;5M")), ("device attributes", bytes("\u{1B}[?1;2c")),
        ]
        for (number, final) in zip(1...4, ["P", "Q", "R", "S"]) {
            list.append(("F\(number)", bytes("\u{1B}O" + final)))
        }
        for (number, code) in zip(1...12, [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]) {
            list.append(("F\(number)", bytes("\u{1B}[\(code)~")))
        }
        for letter in "1239aqQmgnyw?x" { list.append(("Alt-\(letter)", bytes("\u{1B}\(letter)"))) }
        return list
    }()

    /// The keys of the walk: what a learner presses.
    static let walkKeys: [Key] =
        [.enter, .enter, .right, .left, .down, .up, .escape, .backspace, .pageDown, .pageUp, .tab, .function(12)]
        + "123mg?qnwx".map { .character($0) }

    func walk(kiosk: Bool, width: Int, height: Int, seed: UInt64, steps: Int) throws {
        let library = try #require(BuiltinLessons.library(), "the built-in lessons fail lint")
        let tutorial = try #require(Tutorial(library: library, pathName: Course.fullPathName))
        var driver = Driver(tutorial)
        driver.measure = ScreenView.measure
        if kiosk {
            driver.state.kiosk = KioskState(
                settings: KioskSettings(idleTimeout: 180, idleCountdown: 30, exitPIN: "2468"), now: driver.now)
        }
        driver.send(.resize(WindowSize(width: width, height: height)))
        var random = SeededRandom(seed: seed)
        for step in 0..<steps {
            for (name, inputs) in Self.sequences {
                let keys = EscapeSequence.keys(inputs)
                #expect(keys.count == 1, "\(name) is read as one key, not \(keys)")
                // A key the tutorial has a use for here is not "unknown": leave it be.
                if keys.contains(where: {
                    $0 != .unknown && KeyMap.action(for: $0, state: driver.state, tutorial: tutorial) != nil
                }) {
                    continue
                }
                var fed = driver
                for key in keys { fed.press(key) }
                if fed.state != driver.state {
                    let differences = TestStore.differences(expected: driver.state, actual: fed.state)
                    Issue.record(
                        "\(name) changed the state at step \(step) (seed \(seed), kiosk \(kiosk), \(width)x\(height)):\n\(differences.joined(separator: "\n"))"
                    )
                    return
                }
            }
            driver.press(Self.walkKeys.randomElement(using: &random)!)
            if case .pinEntry? = driver.state.kiosk?.phase { driver.press(.escape) }
        }
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap(UInt64.init)
            ?? UInt64.random(in: 1...UInt64(UInt32.max))
    }

    @Test(arguments: [(false, 80, 24), (false, 40, 12), (true, 80, 24), (true, 40, 12)])
    func unknownSequencesChangeNothing(kiosk: Bool, width: Int, height: Int) throws {
        let seed = Self.seed
        let steps = ProcessInfo.processInfo.environment["FUZZ_STEPS"].flatMap(Int.init) ?? 150
        try walk(kiosk: kiosk, width: width, height: height, seed: seed, steps: steps)
    }
}

/// SplitMix64, so a walk that finds a problem can be walked again from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
