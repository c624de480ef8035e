import Testing
import Yams

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// PlainScalarTags must read every plain value as Yams' default resolver does (it only
/// avoids the resolver's regular expressions), or a lesson would decode differently.
@Suite struct PlainScalarTagsTests {
    static let samples = [
        "", "~", "null", "Null", "NULL", "nULL", "nothing", "yes", "Yes", "YES", "yEs", "no", "No", "NO", "n", "y",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "onwards",
        "0", "7", "42", "-42", "+42", "017", "019", "0o17", "0b101", "0x1F", "0xZZ", "1_000", "1:30", "190:20:30",
        "1.5", "-1.5", "1e10", "1.5e-3", ".5", ".inf", "-.inf", ".NaN", ".nan", "1.", "5 years", "3 of the 6 steps",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-1", "<<", "=",
        "- dash", "-", "+", ".", "Step 3: Entering", "(in-TRAV-uh-SAY-shun)", "é", "日本", "Cancer cells", "1-9",
        "12abc", "0x", "1e", "1__0", "+.inf", "._5",
    ]

    @Test(arguments: samples)
    func readsEveryValueAsYamsDefaultResolverDoes(text: String) {
        let expected = Resolver.default.resolveTag(of: .scalar(Node.Scalar(text, Tag(.implicit), .plain)))
        #expect(PlainScalarTags.tagName(ofPlain: text) == expected)
    }

    @Test func quotedValuesAndKeysStayText() throws {
        let lesson = LintTests.goodLesson.replacingOccurrences(of: "title: A", with: "title: \"true\"")
        let (decoded, problems) = LessonFileDecoder.decode(
            Lesson.self, from: LessonFile(path: "L/a.yaml", text: lesson))
        #expect(problems.isEmpty)
        #expect(decoded?.title == "true")
    }
}
