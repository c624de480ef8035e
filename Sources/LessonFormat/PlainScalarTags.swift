import LessonModel
import Yams

/// Decides what each plain (unquoted) value is, text, a number, true/false or nothing, by
/// YAML 1.1's rules, as Yams' default resolver does. Yams does it with ICU regular expressions
/// and runs them again every time a node is compared or hashed (each key lookup, each
/// duplicate-key check): most of lint's time went there, and it loaded ICU at every start.
/// Here the common cases are settled in plain Swift, once per value, and only values that
/// could be a number or a date in an unusual form (rare in lessons) are left to Yams' rules.
enum PlainScalarTags {
    /// The node with every plain value tagged. Keys are left as text: lesson files only
    /// ever look keys up by name, and Yams looks them up as text with Resolver.basic.
    /// Depth is bounded by YAMLStructureCheck, which runs first.
    static func tagged(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            guard scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return node }
            // A copy keeps the parser's resolver and constructor: Constructor.default builds
            // a new one, with its dictionaries, at every use.
            scalar.tag = scalar.tag.copy(with: tagName(ofPlain: scalar.string))
            return .scalar(scalar)
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = tagged(sequence[index]) }
            return .sequence(sequence)
        case .mapping(var mapping):
            for index in mapping.indices {
                let pair = mapping[index]
                mapping[index] = (key: pair.key, value: tagged(pair.value))
            }
            return .mapping(mapping)
        case .alias:
            return node
        }
    }

    static let words: [String: Tag.Name] = [
        "yes": .bool, "Yes": .bool, "YES": .bool, "no": .bool, "No": .bool, "NO": .bool,
        "true": .bool, "True": .bool, "TRUE": .bool, "false": .bool, "False": .bool, "FALSE": .bool,
        "on": .bool, "On": .bool, "ON": .bool, "off": .bool, "Off": .bool, "OFF": .bool,
        "null": .null, "Null": .null, "NULL": .null,
    ]

    static func tagName(ofPlain text: String) -> Tag.Name {
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
            let numeric = Set("0123456789_:.eE+-xXoObBabcdefABCDEFtTzZ \t".utf8)
            if bytes.contains(where: { !numeric.contains($0) }) { return .str }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "<"),
            UInt8(ascii: "="):
            break
        default:
            // No rule matches a value that starts with anything else.
            return .str
        }
        return Resolver.default.resolveTag(of: .scalar(Node.Scalar(text, Tag(.implicit, .basic, .default), .plain)))
    }
}
