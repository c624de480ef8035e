import LessonModel

/// Writes a checked lesson library as Swift source that rebuilds the same values, so the
/// tutorial starts without reading YAML (the build plugin calls it; see embed-lessons).
///
/// Each lesson gets a function of its own and each screen a statement of its own: one huge
/// literal would make the type checker slow, and small statements compile in linear time.
public enum SwiftSourceEmitter {
    /// A file that defines `func NAME() -> LessonLibrary` (internal to the module it lands in).
    public static func source(for library: LessonLibrary, functionName: String) -> String {
        var out = "func \(functionName)() -> LessonLibrary {\n"
        out += "    var lessons: [String: Lesson] = [:]\n"
        let ids = library.lessons.keys.sorted()
        for (index, id) in ids.enumerated() {
            out += "    lessons[\(literal(id))] = \(functionName)_lesson\(index)()\n"
        }
        out += "    return LessonLibrary(\n"
        out += "        course: \(course(library.course)),\n"
        out += "        lessons: lessons,\n"
        out += "        courseOrder: \(array(library.courseOrder.map(literal))),\n"
        out += "        glossary: \(array(library.glossary.map(term))),\n"
        out += "        sheets: \(library.sheets.map(sheets) ?? "nil"))\n"
        out += "}\n"
        for (index, id) in ids.enumerated() {
            guard let lesson = library.lessons[id] else { continue }
            out += "\nprivate func \(functionName)_lesson\(index)() -> Lesson {\n"
            out += "    var screens: [Screen] = []\n"
            for screen in lesson.screens {
                out += "    screens.append(\(self.screen(screen)))\n"
            }
            out += "    return Lesson(\n"
            out += "        id: \(literal(lesson.id)), title: \(literal(lesson.title)), kind: .\(lesson.kind),\n"
            out += "        screens: screens, terms: \(array(lesson.terms.map(term))),\n"
            out += "        sources: \(array(lesson.sources.map(literal))),\n"
            out += "        teachBack: \(optional(lesson.teachBack)),\n"
            out += "        location: \(location(lesson.location)), idLocation: \(location(lesson.idLocation)))\n"
            out += "}\n"
        }
        return out
    }

    /// A Swift string literal for any text: quotes, backslashes and every character outside
    /// printable ASCII written as escapes, so nothing in a lesson can end or bend the literal.
    public static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                }
            }
        }
        return out + "\""
    }

    private static func optional(_ text: String?) -> String { text.map(literal) ?? "nil" }

    private static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    private static func location(_ location: SourceLocation) -> String {
        "SourceLocation(file: \(literal(location.file)), line: \(location.line), column: \(location.column))"
    }

    private static func term(_ term: GlossaryTerm) -> String {
        "GlossaryTerm(term: \(literal(term.term)), say: \(optional(term.say)), means: \(literal(term.means)), "
            + "forms: \(array(term.forms.map(literal))))"
    }

    private static func references(_ references: [LessonReference]) -> String {
        array(references.map { "LessonReference(id: \(literal($0.id)), location: \(location($0.location)))" })
    }

    private static func course(_ course: Course) -> String {
        let parts = course.parts.map {
            "CoursePart(title: \(literal($0.title)), lessons: \(references($0.lessons)))"
        }
        let paths = course.paths.map {
            "NamedPath(name: \(literal($0.name)), title: \(literal($0.title)), lessons: \(references($0.lessons)), "
                + "location: \(location($0.location)))"
        }
        return "Course(title: \(literal(course.title)), disclaimer: \(literal(course.disclaimer)), "
            + "welcome: \(textScreen(course.welcome)), farewell: \(textScreen(course.farewell)), "
            + "parts: \(array(parts)), paths: \(array(paths)), kiosk: \(kiosk(course.kiosk)), "
            + "personalPath: \(personalPath(course.personalPath)), readAloud: \(spokenForms(course.readAloud)), "
            + "location: \(location(course.location)))"
    }

    private static func personalPath(_ path: PersonalPath?) -> String {
        guard let path else { return "nil" }
        let cancers = path.cancers.map {
            "CancerSpread(name: \(literal($0.name)), title: \(literal($0.title)), sites: \(references($0.sites)))"
        }
        return "PersonalPath(title: \(literal(path.title)), before: \(references(path.before)), "
            + "after: \(references(path.after)), cancers: \(array(cancers)), location: \(location(path.location)))"
    }

    private static func spokenForms(_ forms: [SpokenForm]) -> String {
        array(
            forms.map {
                "SpokenForm(written: \(literal($0.written)), said: \(literal($0.said)), location: \(location($0.location)))"
            })
    }

    private static func kiosk(_ kiosk: KioskText?) -> String {
        guard let kiosk else { return "nil" }
        return "KioskText(invitation: \(literal(kiosk.invitation)), privacy: \(literal(kiosk.privacy)), "
            + "welcome: \(textScreen(kiosk.welcome)), path: \(literal(kiosk.path)), location: \(location(kiosk.location)))"
    }

    private static func spans(_ spans: [InlineSpan]) -> String {
        array(spans.map { "InlineSpan(\(literal($0.text)), bold: \($0.bold))" })
    }

    private static func textScreen(_ screen: TextScreen) -> String {
        let blocks = screen.blocks.map { block -> String in
            switch block {
            case .paragraph(let content): "TextBlock.paragraph(\(spans(content)))"
            case .bullet(let content): "TextBlock.bullet(\(spans(content)))"
            }
        }
        return "TextScreen(heading: \(literal(screen.heading)), blocks: \(array(blocks)), "
            + "notice: \(optional(screen.notice)))"
    }

    private static func screen(_ screen: Screen) -> String {
        switch screen {
        case .text(let text):
            return "Screen.text(\(textScreen(text)))"
        case .diagram(let diagram):
            return "Screen.diagram(DiagramScreen(heading: \(literal(diagram.heading)), "
                + "art: \(array(diagram.art.map(literal))), description: \(literal(diagram.description)), "
                + "caption: \(optional(diagram.caption))))"
        case .question(let question):
            let form: String
            switch question.form {
            case .choice(let choices, let answer):
                let items = choices.map { "Choice(text: \(literal($0.text)), feedback: \(optional($0.feedback)))" }
                form = "QuestionForm.choice(\(array(items)), answer: \(answer))"
            case .order(let items):
                form = "QuestionForm.order(\(array(items.map(literal))))"
            case .match(let pairs):
                let items = pairs.map { "MatchPair(left: \(literal($0.left)), right: \(literal($0.right)))" }
                form = "QuestionForm.match(\(array(items)))"
            }
            return "Screen.question(Question(id: \(literal(question.id)), type: .\(caseName(question.type)), "
                + "prompt: \(literal(question.prompt)), form: \(form), "
                + "explanation: \(optional(question.explanation)), location: \(location(question.location))))"
        }
    }

    private static func sheets(_ sheets: Sheets) -> String {
        let questions = sheets.questions
        let groups = questions.groups.map {
            "QuestionGroup(lesson: LessonReference(id: \(literal($0.lesson.id)), location: \(location($0.lesson.location))), "
                + "questions: \(array($0.questions.map(literal))))"
        }
        let symptoms = sheets.symptoms
        let callNow = sheets.callNow
        return "Sheets(\n"
            + "            questions: QuestionSheet(title: \(literal(questions.title)), intro: \(literal(questions.intro)), "
            + "groups: \(array(groups)), blankLines: \(questions.blankLines), location: \(location(questions.location))),\n"
            + "            symptoms: SymptomSheet(title: \(literal(symptoms.title)), intro: \(literal(symptoms.intro)), "
            + "columns: \(array(symptoms.columns.map(literal))), rows: \(symptoms.rows), note: \(optional(symptoms.note)), "
            + "location: \(location(symptoms.location))),\n"
            + "            callNow: CallNowSheet(title: \(literal(callNow.title)), intro: \(literal(callNow.intro)), "
            + "signs: \(array(callNow.signs.map(literal))), emergency: \(literal(callNow.emergency)), "
            + "moreHelp: \(optional(callNow.moreHelp)), source: \(literal(callNow.source)), "
            + "location: \(location(callNow.location))))"
    }

    private static func caseName(_ type: QuestionType) -> String {
        switch type {
        case .singleChoice: "singleChoice"
        case .trueFalse: "trueFalse"
        case .order: "order"
        case .match: "match"
        }
    }
}
