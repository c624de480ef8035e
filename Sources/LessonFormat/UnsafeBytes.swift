/// A quick look at UTF-8 bytes for what TerminalText.isUnsafe refuses: control characters
/// (C0 but the line feed, DEL, C1 as C2 80-9F) and direction marks (U+061C as D8 9C, U+200E-F
/// and U+202A-E as E2 80 .., U+2066-9 as E2 81 ..). It may say yes to a few harmless
/// characters of E2 80/81 (dashes, quotes); the slow, exact check then decides. Almost every
/// byte of a lesson is none of these, so most text never needs the exact check.
enum UnsafeBytes {
    static func mayHoldUnsafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A { return true }
            if byte == 0x7F { return true }
            if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
                if index + 1 < count {
                    let next = bytes[index + 1]
                    if byte == 0xC2 && next >= 0x80 && next <= 0x9F { return true }
                    if byte == 0xD8 && next == 0x9C { return true }
                    if byte == 0xE2 && (next == 0x80 || next == 0x81) { return true }
                }
            }
            index += 1
        }
        return false
    }
}
