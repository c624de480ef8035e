import LessonModel

/// What a plain (unquoted) value is by YAML 1.1's rules: text, a number, true/false or
/// nothing. Lesson files only ever need to tell true/false and nothing apart from text, but
/// the whole rule set is kept so a value reads as any YAML 1.1 tool would read it (and as
/// Yams' default resolver did, before this reader replaced it). The common cases are settled
/// at the first byte; the rare values that could be a number or a date in an unusual form go
/// through `YAML11Patterns`, small matchers written from the resolver's regular expressions.
enum PlainScalarTags {
    enum Tag: String, Sendable {
        case str, int, float, bool, null, timestamp, merge, value
    }

    static let words: [String: Tag] = [
        "yes": .bool, "Yes": .bool, "YES": .bool, "no": .bool, "No": .bool, "NO": .bool,
        "true": .bool, "True": .bool, "TRUE": .bool, "false": .bool, "False": .bool, "FALSE": .bool,
        "on": .bool, "On": .bool, "ON": .bool, "off": .bool, "Off": .bool, "OFF": .bool,
        "null": .null, "Null": .null, "NULL": .null,
    ]

    static func tagName(ofPlain text: String) -> Tag {
        let bytes = text.utf8
        guard let first = bytes.first else { return .null }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            // Only whole words can be anything but text when a value starts with a letter.
            return words[text] ?? .str
        case _ where isDigit(first):
            if bytes.allSatisfy(isDigit) {
                // 0, 7, 42 are decimal; 017 is octal; 019 is none of those, so a float.
                if first != UInt8(ascii: "0") || bytes.count == 1 { return .int }
                return bytes.allSatisfy { $0 <= UInt8(ascii: "7") } ? .int : .float
            }
            // A number or a date holds only these; anything else ("5 years") is text.
            if bytes.contains(where: { !numeric.contains($0) }) { return .str }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "<"),
            UInt8(ascii: "="):
            break
        default:
            // No rule matches a value that starts with anything else.
            return .str
        }
        return YAML11Patterns.tag(of: Array(bytes))
    }

    private static let numeric = Set("0123456789_:.eE+-xXoObBabcdefABCDEFtTzZ \t".utf8)
}
