import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// PlainScalarTags must read every plain value as YAML 1.1's resolver does (the tags below
/// are what Yams' default resolver gave for each, recorded when Yams was replaced), or a
/// lesson would read differently.
@Suite struct PlainScalarTagsTests {
    static let samples: [(String, PlainScalarTags.Tag)] = [
        ("", .null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("nULL", .str),
        ("nothing", .str), ("yes", .bool), ("Yes", .bool), ("YES", .bool), ("yEs", .str), ("no", .bool),
        ("No", .bool), ("NO", .bool), ("n", .str), ("y", .str), ("true", .bool), ("True", .bool), ("TRUE", .bool),
        ("false", .bool), ("False", .bool), ("FALSE", .bool), ("on", .bool), ("On", .bool), ("ON", .bool),
        ("off", .bool), ("Off", .bool), ("OFF", .bool), ("onwards", .str), ("0", .int), ("7", .int), ("42", .int),
        ("-42", .int), ("+42", .int), ("017", .int), ("019", .float), ("0o17", .int), ("0b101", .int), ("0x1F", .int),
        ("0xZZ", .str), ("1_000", .int), ("1:30", .int), ("190:20:30", .int), ("1.5", .float), ("-1.5", .float),
        ("1e10", .float), ("1.5e-3", .float), (".5", .float), (".inf", .float), ("-.inf", .float), (".NaN", .float),
        (".nan", .float), ("1.", .float), ("5 years", .str), ("3 of the 6 steps", .str), ("2001-12-14", .timestamp),
        ("2001-12-14t21:59:43.10-05:00", .timestamp), ("2001-12-14 21:59:43.10 -5", .timestamp), ("2001-12-1", .str),
        ("<<", .merge), ("=", .value), ("- dash", .str), ("-", .str), ("+", .str), (".", .str),
        ("Step 3: Entering", .str), ("(in-TRAV-uh-SAY-shun)", .str), ("é", .str), ("日本", .str),
        ("Cancer cells", .str), ("1-9", .str), ("12abc", .str), ("0x", .str), ("1e", .str), ("1__0", .int),
        ("+.inf", .float), ("._5", .float),
    ]

    @Test(arguments: samples)
    func readsEveryValueAsYAML11ResolversDo(text: String, expected: PlainScalarTags.Tag) {
        #expect(PlainScalarTags.tagName(ofPlain: text) == expected)
    }

    @Test func quotedValuesAndKeysStayText() throws {
        let lesson = LintTests.goodLesson.replacingOccurrences(of: "title: A", with: "title: \"true\"")
        let (decoded, problems) = LessonFileParser.read(
            Lesson.self, from: LessonFile(path: "L/a.yaml", text: lesson))
        #expect(problems.isEmpty)
        #expect(decoded?.title == "true")
    }
}
