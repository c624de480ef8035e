import Testing

@testable import TutorEngine
@testable import TutorView

/// Escape sequences read whole: what an Esc and the bytes after it give, as the terminal
/// sends them when ncurses does not know the sequence for the terminal type.
@Suite struct EscapeSequenceTests {
    /// The key for `ESC` + `rest`, and what was left unread.
    func decode(_ rest: String, then more: [EscapeSequence.Input] = []) -> (key: Key, left: Int) {
        var inputs = rest.unicodeScalars.map { EscapeSequence.Input.scalar($0.value) } + more
        let key = EscapeSequence.key(afterEscape: { inputs.isEmpty ? nil : inputs.removeFirst() })
        return (key, inputs.count)
    }

    @Test func homeAndEndInEveryFormAreHomeAndEndNeverADigit() {
        for sequence in ["[1~", "[7~", "[H", "[1;5H", "OH"] {
            #expect(decode(sequence) == (Key.home, 0), "\(sequence)")
        }
        for sequence in ["[4~", "[8~", "[F", "[1;2F", "OF"] {
            #expect(decode(sequence) == (Key.end, 0), "\(sequence)")
        }
    }

    /// The key fuzzer found a resize lost inside "ESC [": the screen stayed drawn for the old size.
    @Test func aResizeInsideASequenceIsNotLost() {
        #expect(decode("", then: [.key(.resize)]).key == .resize)
        #expect(decode("[", then: [.key(.resize)]).key == .resize)
        #expect(decode("[2", then: [.key(.resize), .scalar(0x7E)]).key == .resize)
        #expect(decode("[", then: [.key(.up)]).key == .unknown, "another decoded key still ends it unknown")
    }

    @Test func insertDeleteFocusAndOtherSequencesAreReadWholeAndUnknown() {
        for sequence in ["[2~", "[3~", "[3;5~", "[I", "[O", "[<0;10;5M", "[?1;2c", "[99z", "OZ"] {
            #expect(decode(sequence) == (Key.unknown, 0), "\(sequence)")
        }
        #expect(decode("[M !!") == (Key.unknown, 0), "an old-style mouse report, with its three bytes")
    }

    @Test func functionKeysArriveAsFunctionKeys() {
        #expect(decode("OP").key == .function(1))
        #expect(decode("OS").key == .function(4))
        #expect(decode("[15~").key == .function(5))
        #expect(decode("[17~").key == .function(6))
        #expect(decode("[21~").key == .function(10))
        #expect(decode("[24~").key == .function(12))
    }

    @Test func arrowsAndPagesKeepTheirMeaning() {
        #expect(decode("[A").key == .up)
        #expect(decode("OB").key == .down)
        #expect(decode("[1;5C").key == .right)
        #expect(decode("[D").key == .left)
        #expect(decode("[5~").key == .pageUp)
        #expect(decode("[6~").key == .pageDown)
    }

    @Test func escAloneIsEscAndAltWithAKeyIsUnknown() {
        #expect(decode("") == (Key.escape, 0))
        #expect(decode("1") == (Key.unknown, 0), "Alt-1 answers nothing")
        #expect(decode("q") == (Key.unknown, 0), "Alt-q does not quit")
        #expect(decode("", then: [.key(.up)]) == (Key.unknown, 0), "Alt-Up")
    }

    @Test func aPasteIsReadToItsEndAndDropped() {
        let pasted = "[200~1\r2\r\u{1B}[1~3 q\u{1B}[201~"
        #expect(decode(pasted + "4") == (Key.unknown, 1), "read up to the end of the paste, no further")
        #expect(decode("[200~12") == (Key.unknown, 0), "a paste with no end is dropped when input stops")
    }

    @Test func aSequenceThatNeverEndsIsCutOff() {
        let endless = "[" + String(repeating: "1", count: 200)
        let (key, left) = decode(endless)
        #expect(key == .unknown)
        #expect(left > 0, "stops reading after a limit")
    }
}
