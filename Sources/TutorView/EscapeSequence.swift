import TutorEngine

/// Reads what follows an Esc the terminal library did not decode itself, whole, so that no
/// part of a sequence reaches the tutorial as a key of its own. Without this, Home as
/// PuTTY and tmux send it (ESC [1~) arrived as Esc, "[", "1", "~": the "1" answered a
/// question. Pure: the front end passes a function that gives the next input, or nil when
/// nothing more came in a short wait.
public enum EscapeSequence {
    /// One thing read from the terminal: a character, or a key the library decoded itself.
    public enum Input: Equatable, Sendable {
        case scalar(UInt32)
        case key(Key)
    }

    /// The longest sequence read before giving up on it (a pasted text is read to its end).
    static let lengthLimit = 64

    /// The key an Esc and what follows it make. An Esc alone is `.escape`; a sequence the
    /// tutorial knows is its key (arrows, Home, End, PgUp, PgDn, F-keys); anything else
    /// (Insert, Delete, Alt with a key, focus events, mouse reports, pasted text) is
    /// `.unknown`, which nothing takes.
    /// A resize that lands while a sequence is read is what comes out instead: the rest of the
    /// sequence is unknown anyway, and a lost resize leaves the screen drawn for the old size.
    public static func key(afterEscape next: () -> Input?) -> Key {
        var resized = false
        let key = sequenceKey(afterEscape: {
            let input = next()
            if case .key(.resize)? = input { resized = true }
            return input
        })
        return resized ? .resize : key
    }

    private static func sequenceKey(afterEscape next: () -> Input?) -> Key {
        guard let first = next() else { return .escape }
        guard case .scalar(let value) = first else { return .unknown }  // Alt with a decoded key
        switch value {
        case 0x5B: return controlSequence(next)  // [
        case 0x4F:  // O: SS3, as application-mode keypads send
            guard case .scalar(let final)? = next() else { return .unknown }
            switch final {
            case 0x41: return .up
            case 0x42: return .down
            case 0x43: return .right
            case 0x44: return .left
            case 0x48: return .home
            case 0x46: return .end
            case 0x50...0x53: return .function(Int(final - 0x50) + 1)  // P Q R S: F1 to F4
            default: return .unknown
            }
        default:
            return .unknown  // Alt with a character, or Esc Esc
        }
    }

    /// The key a character read on its own (not an Esc) means.
    public static func key(forScalar value: UInt32) -> Key {
        switch value {
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 9: return .tab
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown }
            return .character(Character(scalar))
        }
    }

    /// Every key a run of input makes, read one after another as the front end reads them
    /// (an Esc with what follows it, whole): what a burst of bytes means to the tutorial.
    public static func keys(_ inputs: [Input]) -> [Key] {
        var rest = inputs[...]
        var keys: [Key] = []
        while let input = rest.popFirst() {
            switch input {
            case .key(let key): keys.append(key)
            case .scalar(27): keys.append(key(afterEscape: { rest.popFirst() }))
            case .scalar(let value): keys.append(key(forScalar: value))
            }
        }
        return keys
    }

    /// After ESC [: parameters (0x30 to 0x3F), intermediates (0x20 to 0x2F), one final byte.
    private static func controlSequence(_ next: () -> Input?) -> Key {
        var parameters: [UInt8] = []
        var final: UInt32?
        for _ in 0..<lengthLimit {
            guard case .scalar(let value)? = next() else { return .unknown }
            if (0x20...0x3F).contains(value) {
                parameters.append(UInt8(value))
                continue
            }
            final = value
            break
        }
        guard let final, (0x40...0x7E).contains(final) else { return .unknown }
        let text = String(decoding: parameters, as: UTF8.self)
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = (numbers.first ?? nil) ?? -1
        switch final {
        case 0x7E:  // ~
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(first - 10)
            case 17...21: return .function(first - 11)
            case 23, 24: return .function(first - 12)
            case 200:
                skipPaste(next)
                return .unknown
            default: return .unknown  // Insert (2), Delete (3) and the rest
            }
        case 0x4D where parameters.isEmpty:  // ESC [ M and three bytes: an old-style mouse report
            for _ in 0..<3 { _ = next() }
            return .unknown
        case 0x41 where plainOrModified(text): return .up
        case 0x42 where plainOrModified(text): return .down
        case 0x43 where plainOrModified(text): return .right
        case 0x44 where plainOrModified(text): return .left
        case 0x48 where plainOrModified(text): return .home
        case 0x46 where plainOrModified(text): return .end
        default: return .unknown  // focus in and out (I, O), mouse reports, the rest
        }
    }

    /// "" or "1;N": the key with no modifier or with one (Shift, Ctrl...), which is the key.
    private static func plainOrModified(_ parameters: String) -> Bool {
        parameters.isEmpty || parameters.hasPrefix("1;")
    }

    /// Reads pasted text to its end (ESC [201~) and drops it: a paste is never an answer.
    private static func skipPaste(_ next: () -> Input?) {
        let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        var matched = 0
        while let input = next() {
            guard case .scalar(let value) = input else {
                matched = 0
                continue
            }
            if value == end[matched] {
                matched += 1
                if matched == end.count { return }
            } else {
                matched = value == end[0] ? 1 : 0
            }
        }
    }
}
