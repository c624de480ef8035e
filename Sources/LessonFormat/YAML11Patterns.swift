/// YAML 1.1's rules for plain values (the int, float, merge, null, timestamp and value
/// regular expressions of the YAML 1.1 type repository, in the order resolvers try them),
/// written as tiny matchers over bytes so LessonFormat needs neither Foundation nor ICU.
/// Each matcher maps the set of positions reached so far to the set reached after it, which
/// is all a regular expression needs; values here are a few characters long.
enum YAML11Patterns {
    typealias Tag = PlainScalarTags.Tag

    static func tag(of bytes: [UInt8]) -> Tag {
        let rules: [(Tag, Matcher)] = [
            (.bool, bool), (.int, int), (.float, float), (.merge, lit("<<")), (.null, null),
            (.timestamp, timestamp), (.value, lit("=")),
        ]
        for (tag, rule) in rules where rule.step(bytes, [0]).contains(bytes.count) { return tag }
        return .str
    }

    struct Matcher: Sendable {
        let step: @Sendable ([UInt8], Set<Int>) -> Set<Int>
    }

    static func one(_ allowed: String) -> Matcher {
        let set = Set(allowed.utf8)
        return Matcher { bytes, at in Set(at.filter { $0 < bytes.count && set.contains(bytes[$0]) }.map { $0 + 1 }) }
    }
    static func lit(_ text: String) -> Matcher { seq(text.map { one(String($0)) }) }
    static func seq(_ parts: [Matcher]) -> Matcher {
        Matcher { bytes, at in parts.reduce(at) { $1.step(bytes, $0) } }
    }
    static func alt(_ parts: [Matcher]) -> Matcher {
        Matcher { bytes, at in parts.reduce(into: Set<Int>()) { $0.formUnion($1.step(bytes, at)) } }
    }
    static func opt(_ part: Matcher) -> Matcher { Matcher { bytes, at in at.union(part.step(bytes, at)) } }
    static func star(_ part: Matcher) -> Matcher {
        Matcher { bytes, at in
            var reached = at
            var frontier = at
            while !frontier.isEmpty {
                frontier = part.step(bytes, frontier).subtracting(reached)
                reached.formUnion(frontier)
            }
            return reached
        }
    }
    static func plus(_ part: Matcher) -> Matcher { seq([part, star(part)]) }

    static let digit = one("0123456789")
    static let sign = opt(one("+-"))
    static let digitsOrUnderscores = star(one("0123456789_"))
    static let sexagesimalTail = plus(seq([one(":"), opt(one("012345")), digit]))

    static let bool = alt(
        [
            "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
            "off", "Off", "OFF",
        ].map(lit))
    static let int = alt([
        seq([sign, lit("0b"), plus(one("01_"))]),
        seq([sign, lit("0"), opt(lit("o")), plus(one("01234567_"))]),
        seq([sign, alt([lit("0"), seq([one("123456789"), digitsOrUnderscores])])]),
        seq([sign, lit("0x"), plus(one("0123456789abcdefABCDEF_"))]),
        seq([sign, one("123456789"), digitsOrUnderscores, sexagesimalTail]),
    ])
    static let float = alt([
        seq([
            sign, digit, digitsOrUnderscores, opt(seq([lit("."), digitsOrUnderscores])),
            opt(seq([one("eE"), sign, plus(digit)])),
        ]),
        seq([lit("."), plus(one("0123456789_")), opt(seq([one("eE"), one("+-"), plus(digit)]))]),
        seq([sign, digit, digitsOrUnderscores, sexagesimalTail, lit("."), digitsOrUnderscores]),
        seq([sign, lit("."), alt([lit("inf"), lit("Inf"), lit("INF")])]),
        seq([lit("."), alt([lit("nan"), lit("NaN"), lit("NAN")])]),
    ])
    static let null = alt([lit("~"), lit("null"), lit("Null"), lit("NULL"), seq([])])
    static let timestamp = alt([
        seq([digit, digit, digit, digit, lit("-"), digit, digit, lit("-"), digit, digit]),
        seq([
            digit, digit, digit, digit, lit("-"), digit, opt(digit), lit("-"), digit, opt(digit),
            alt([one("Tt"), plus(one(" \t"))]), digit, opt(digit), lit(":"), digit, digit, lit(":"), digit, digit,
            opt(seq([lit("."), star(digit)])),
            opt(
                seq([
                    star(one(" \t")),
                    alt([lit("Z"), seq([one("+-"), digit, opt(digit), opt(seq([lit(":"), digit, digit]))])]),
                ])),
        ]),
    ])
}
