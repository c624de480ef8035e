/// A small, fast random number generator with a seed (SplitMix64), so a fuzz run that finds a
/// problem can be run again with exactly the same inputs.
struct SeededGenerator: RandomNumberGenerator {
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

/// One thing a person (or a confused terminal) could send the tutorial.
enum FuzzInput: CustomStringConvertible {
    case bytes([UInt8])
    case resize(width: Int, height: Int)

    var description: String {
        switch self {
        case .bytes(let bytes): return "bytes " + bytes.map { String($0, radix: 16) }.joined(separator: " ")
        case .resize(let width, let height): return "resize \(width)x\(height)"
        }
    }

    /// Bytes never sent: the ones the terminal itself turns into a signal or flow control
    /// (Ctrl-C, Ctrl-\, Ctrl-Z, Ctrl-S, Ctrl-Q; signals have their own tests), and 'y', 'Y',
    /// 's' and 'S', which would answer "Quit? (y/n)" or, after l, "¿Salir? (s/n)" and end the
    /// run early.
    static let withheld: Set<UInt8> = [
        0x03, 0x1C, 0x1A, 0x13, 0x11, UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "s"), UInt8(ascii: "S"),
    ]

    static func random(using rng: inout SeededGenerator) -> FuzzInput {
        let roll = Int.random(in: 0..<100, using: &rng)
        var bytes: [UInt8]
        switch roll {
        case 0..<30: bytes = [Array("qQmMgG?hnpNjk 123456789abczlL,.-=/".utf8).randomElement(using: &rng)!]
        case 30..<50: bytes = namedKeys.randomElement(using: &rng)!
        case 50..<58: bytes = [UInt8.random(in: 0...0x1F, using: &rng)]
        case 58..<68: bytes = escapeSequence(using: &rng)
        case 68..<76: bytes = invalidUTF8.randomElement(using: &rng)! + randomHighBytes(using: &rng)
        case 76..<81: bytes = Array(validText.randomElement(using: &rng)!.utf8)
        case 81..<87: bytes = mouseReport(using: &rng)
        case 87..<90:
            bytes =
                Array("\u{1B}[200~".utf8) + randomBytes(count: Int.random(in: 0...40, using: &rng), using: &rng)
                + Array("\u{1B}[201~".utf8)
        case 90..<97: bytes = randomBytes(count: Int.random(in: 1...200, using: &rng), using: &rng)
        default:
            return .resize(width: Int.random(in: 1...300, using: &rng), height: Int.random(in: 1...100, using: &rng))
        }
        return .bytes(bytes.map { withheld.contains($0) ? UInt8(ascii: "x") : $0 })
    }

    /// What xterm-like terminals send for the keys on a keyboard.
    static let namedKeys: [[UInt8]] = [
        "\r", "\n", "\u{1B}", "\u{7F}", "\u{08}", "\t", "\u{0C}",
        "\u{1B}[A", "\u{1B}[B", "\u{1B}[C", "\u{1B}[D", "\u{1B}OA", "\u{1B}OB", "\u{1B}OC", "\u{1B}OD",
        "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[H", "\u{1B}[F", "\u{1B}[1~", "\u{1B}[4~", "\u{1B}[2~", "\u{1B}[3~",
        "\u{1B}[Z", "\u{1B}OP", "\u{1B}OQ", "\u{1B}OR", "\u{1B}OS", "\u{1B}[15~", "\u{1B}[17~", "\u{1B}[24~",
        "\u{1B}[1;5A", "\u{1B}[1;2B", "\u{1B}[1;3C", "\u{1B}q", "\u{1B}\u{1B}", "\u{1B}[", "\u{1B}O",
    ].map { Array($0.utf8) }

    static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xC3], [0xE6, 0x97], [0xF0, 0x9F, 0x98], [0xC3, 0x28],
    ]

    static let validText = ["é", "日本", "😀", "e\u{301}", "\u{202E}", "\u{200B}", "ß", "Ω", "\u{FEFF}", "👩‍👩‍👧"]

    static func randomBytes(count: Int, using rng: inout SeededGenerator) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    static func randomHighBytes(using rng: inout SeededGenerator) -> [UInt8] {
        (0..<Int.random(in: 0...3, using: &rng)).map { _ in UInt8.random(in: 0x80...0xFF, using: &rng) }
    }

    /// CSI, SS3, OSC and DCS sequences with random (sometimes absurd) parameters, some cut short.
    static func escapeSequence(using rng: inout SeededGenerator) -> [UInt8] {
        let parameters = (0..<Int.random(in: 0...4, using: &rng))
            .map { _ in String(Int.random(in: 0...99_999, using: &rng)) }.joined(separator: ";")
        let final = UInt8.random(in: 0x40...0x7E, using: &rng)
        let sequence: [UInt8]
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: sequence = Array("\u{1B}[\(parameters)".utf8) + [final]
        case 1: sequence = Array("\u{1B}[?\(parameters)".utf8) + [final]
        case 2: sequence = Array("\u{1B}O".utf8) + [final]
        case 3: sequence = Array("\u{1B}]\(parameters);title\u{07}".utf8)
        case 4: sequence = Array("\u{1B}P\(parameters)q#0;2;0;0;0\u{1B}\\".utf8)
        default: sequence = [0x1B, UInt8.random(in: 0x20...0x7E, using: &rng)]
        }
        // Sometimes only the start arrives.
        return Bool.random(using: &rng)
            ? sequence : Array(sequence.prefix(Int.random(in: 1...sequence.count, using: &rng)))
    }

    /// Mouse reports in the three encodings terminals use (X10, SGR and urxvt), though the
    /// tutorial never asks for the mouse: a terminal left in mouse mode sends them anyway.
    static func mouseReport(using rng: inout SeededGenerator) -> [UInt8] {
        let button = Int.random(in: 0...127, using: &rng)
        let x = Int.random(in: 1...400, using: &rng)
        let y = Int.random(in: 1...200, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return [0x1B, 0x5B, 0x4D] + [button, x, y].map { UInt8(truncatingIfNeeded: 32 + $0) }
        case 1: return Array("\u{1B}[<\(button);\(x);\(y)\(Bool.random(using: &rng) ? "M" : "m")".utf8)
        default: return Array("\u{1B}[\(button + 32);\(x);\(y)M".utf8)
        }
    }
}
