import LessonModel
import Yams

// How each kind of lesson-file value is read. Every init reports what is wrong with the
// line it is on and keeps going where it can, so one lint run lists every problem.

extension KeyedDecodingContainer where Key == AnyKey {
    func value<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T {
        try decode(T.self, forKey: AnyKey(stringValue: key))
    }

    func optional<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T? {
        try decodeIfPresent(T.self, forKey: AnyKey(stringValue: key))
    }
}

extension Decoder {
    /// Text that must say something: reports an empty value.
    func nonEmpty(_ text: String, key: String) -> String {
        if text.trimmingWhitespace().isEmpty {
            fileContext.report(location(ofKey: key), "'\(key)' is empty")
        }
        return text
    }

    func richText(_ body: String, key: String) -> [TextBlock] {
        let parsed = RichText.parse(body)
        let start = location(ofKey: key)
        for line in parsed.unclosedBoldLines {
            // A block scalar starts on the line after its key.
            var where_ = start
            where_.line += line + 1
            fileContext.report(where_, "a '**' starts bold text that is never closed with '**'")
        }
        return parsed.blocks
    }
}

func lessonIdPattern(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
        && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}

extension Lesson: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(id: "", title: "", kind: .topic, screens: [], terms: [], sources: [], location: SourceLocation(file: ""), idLocation: SourceLocation(file: ""))
        try decoder.checkKeys(
            "a lesson", allowed: ["id", "title", "kind", "screens", "terms", "sources"],
            required: ["id", "title", "kind", "sources"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        let context = decoder.fileContext
        location = decoder.here
        idLocation = decoder.location(ofKey: "id")
        id = try c.value("id")
        if !lessonIdPattern(id) {
            context.report(
                idLocation, "lesson id '\(id)' must be lowercase letters, digits and single dashes")
        }
        title = decoder.nonEmpty(try c.value("title"), key: "title")
        let kindName: String = try c.value("kind")
        if let kind = LessonKind(rawValue: kindName) {
            self.kind = kind
        } else {
            context.report(
                decoder.location(ofKey: "kind"),
                "unknown lesson kind '\(kindName)' (allowed: \(LessonKind.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            self.kind = .topic
        }
        sources = try c.value("sources")
        if sources.isEmpty || sources.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
            context.report(decoder.location(ofKey: "sources"), "a lesson needs at least one source")
        }
        terms = (try c.optional("terms", as: [Lenient<GlossaryTerm>].self) ?? []).compactMap(\.value)
        let writtenScreens = try c.optional("screens", as: [Lenient<Screen>].self) ?? []
        var screens = writtenScreens.compactMap(\.value)

        if kind == .glossary {
            if terms.isEmpty {
                context.report(location, "a glossary lesson needs a 'terms' list")
            }
            if c.contains(AnyKey(stringValue: "screens")) {
                context.report(
                    decoder.location(ofKey: "screens"),
                    "a glossary lesson has 'terms' instead of 'screens'")
            }
        } else {
            if c.contains(AnyKey(stringValue: "terms")) {
                context.report(
                    decoder.location(ofKey: "terms"), "only a lesson of kind 'glossary' has 'terms'")
            }
            if !c.contains(AnyKey(stringValue: "screens")) {
                context.report(location, "a lesson is missing the key 'screens'")
            } else if writtenScreens.isEmpty {
                context.report(decoder.location(ofKey: "screens"), "a lesson needs at least one screen")
            }
        }

        var number = 0
        for index in screens.indices {
            guard case .question(var question) = screens[index] else { continue }
            number += 1
            if question.id.isEmpty { question.id = "\(id)-q\(number)" }
            screens[index] = .question(question)
        }
        self.screens = screens
    }
}

extension Screen: Decodable {
    public init(from decoder: any Decoder) throws {
        let kinds = ["text", "diagram", "question"]
        try decoder.checkKeys("a screen", allowed: kinds, required: [])
        let c = try decoder.container(keyedBy: AnyKey.self)
        let present = kinds.filter { c.contains(AnyKey(stringValue: $0)) }
        guard present.count == 1, let kind = present.first else {
            decoder.fileContext.report(
                decoder.here,
                present.isEmpty
                    ? "a screen needs one of: text, diagram, question"
                    : "a screen has one kind only, but this one has \(present.joined(separator: " and "))")
            throw ProblemsReported()
        }
        switch kind {
        case "text": self = .text(try c.value("text"))
        case "diagram": self = .diagram(try c.value("diagram"))
        default: self = .question(try c.value("question"))
        }
    }
}

extension TextScreen: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(heading: "", blocks: [])
        try decoder.checkKeys("a text screen", allowed: ["heading", "body"], required: ["heading", "body"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        heading = decoder.nonEmpty(try c.value("heading"), key: "heading")
        blocks = decoder.richText(decoder.nonEmpty(try c.value("body"), key: "body"), key: "body")
        notice = nil
    }
}

extension DiagramScreen: Decodable {
    public static let maximumWidth = 72
    public static let maximumHeight = 14

    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(heading: "", art: [], description: "", caption: nil)
        try decoder.checkKeys(
            "a diagram", allowed: ["heading", "art", "description", "caption"],
            required: ["heading", "art", "description"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        heading = decoder.nonEmpty(try c.value("heading"), key: "heading")
        let artText: String = decoder.nonEmpty(try c.value("art"), key: "art")
        var lines = artText.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        art = lines
        description = decoder.nonEmpty(try c.value("description"), key: "description")
        caption = try c.optional("caption")
        if description.contains("\n") {
            decoder.fileContext.report(decoder.location(ofKey: "description"), "a diagram's description is one line")
        }
        if artWidth > Self.maximumWidth {
            decoder.fileContext.report(
                decoder.location(ofKey: "art"),
                "the picture is \(artWidth) columns wide; at most \(Self.maximumWidth) fit an 80-column screen")
        }
        if art.count > Self.maximumHeight {
            decoder.fileContext.report(
                decoder.location(ofKey: "art"),
                "the picture is \(art.count) lines tall; at most \(Self.maximumHeight) fit a 24-line screen")
        }
    }
}

extension Choice: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(text: "", feedback: nil)
        try decoder.checkKeys("a choice", allowed: ["text", "feedback"], required: ["text"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        text = decoder.nonEmpty(try c.value("text"), key: "text")
        feedback = try c.optional("feedback")
    }
}

extension MatchPair: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(left: "", right: "")
        try decoder.checkKeys("a match pair", allowed: ["left", "right"], required: ["left", "right"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        left = decoder.nonEmpty(try c.value("left"), key: "left")
        right = decoder.nonEmpty(try c.value("right"), key: "right")
    }
}

extension Question: Decodable {
    static let maximumChoices = 9

    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(id: "", type: .singleChoice, prompt: "", form: .order([]), explanation: nil, location: SourceLocation(file: ""))
        let context = decoder.fileContext
        let c = try decoder.container(keyedBy: AnyKey.self)
        location = decoder.here
        guard let typeName: String = try c.optional("type") else {
            context.report(
                location,
                "a question is missing the key 'type' (one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            throw ProblemsReported()
        }
        guard let type = QuestionType(rawValue: typeName) else {
            context.report(
                decoder.location(ofKey: "type"),
                "unknown question type '\(typeName)' (allowed: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            throw ProblemsReported()
        }
        self.type = type
        let common = ["type", "prompt", "explanation", "id"]
        switch type {
        case .singleChoice:
            try decoder.checkKeys(
                "a single-choice question", allowed: common + ["choices", "answer"],
                required: ["prompt", "choices", "answer"])
        case .trueFalse:
            try decoder.checkKeys(
                "a true-false question", allowed: common + ["answer", "if-true", "if-false"],
                required: ["prompt", "answer"])
        case .order:
            try decoder.checkKeys(
                "an order question", allowed: common + ["items"], required: ["prompt", "items", "explanation"])
        case .match:
            try decoder.checkKeys(
                "a match question", allowed: common + ["pairs"], required: ["prompt", "pairs", "explanation"])
        }
        id = try c.optional("id") ?? ""
        prompt = decoder.nonEmpty(try c.value("prompt"), key: "prompt")
        explanation = try c.optional("explanation")

        switch type {
        case .singleChoice:
            let choices: [Choice] = try c.value("choices")
            let answer: Int = try c.value("answer")
            let answerLocation = decoder.location(ofKey: "answer")
            if choices.count < 2 {
                context.report(decoder.location(ofKey: "choices"), "a single-choice question needs at least 2 choices")
            } else if choices.count > Self.maximumChoices {
                context.report(
                    decoder.location(ofKey: "choices"),
                    "a question can have at most \(Self.maximumChoices) choices (keys 1 to 9); this one has \(choices.count)"
                )
            }
            if !(1...max(1, choices.count)).contains(answer) || choices.isEmpty {
                context.report(
                    answerLocation,
                    "answer \(answer) points at no choice (there \(choices.count == 1 ? "is 1" : "are \(choices.count)"); count from 1)"
                )
            }
            let texts = choices.map { $0.text.trimmingWhitespace().lowercased() }
            if Set(texts).count != texts.count {
                context.report(decoder.location(ofKey: "choices"), "two choices have the same text")
            }
            form = .choice(choices, answer: answer - 1)
        case .trueFalse:
            let answerLocation = decoder.location(ofKey: "answer")
            guard let answer = try? c.value("answer", as: Bool.self) else {
                context.report(answerLocation, "a true-false answer is 'true' or 'false'")
                throw ProblemsReported()
            }
            let choices = [
                Choice(text: "True", feedback: try c.optional("if-true")),
                Choice(text: "False", feedback: try c.optional("if-false")),
            ]
            form = .choice(choices, answer: answer ? 0 : 1)
        case .order:
            let items: [String] = try c.value("items")
            let itemsLocation = decoder.location(ofKey: "items")
            if items.count < 2 || items.count > Self.maximumChoices {
                context.report(
                    itemsLocation,
                    "an order question needs 2 to \(Self.maximumChoices) items to be answerable; this one has \(items.count)"
                )
            }
            let normalized = items.map { $0.trimmingWhitespace().lowercased() }
            if Set(normalized).count != normalized.count {
                context.report(itemsLocation, "two items are the same, so their order cannot be told apart")
            }
            form = .order(items)
        case .match:
            let pairs: [MatchPair] = try c.value("pairs")
            let pairsLocation = decoder.location(ofKey: "pairs")
            if pairs.count < 2 || pairs.count > Self.maximumChoices {
                context.report(
                    pairsLocation,
                    "a match question needs 2 to \(Self.maximumChoices) pairs to be answerable; this one has \(pairs.count)"
                )
            }
            let lefts = pairs.map { $0.left.trimmingWhitespace().lowercased() }
            if Set(lefts).count != lefts.count {
                context.report(pairsLocation, "two pairs have the same 'left', so they cannot be told apart")
            }
            if Set(pairs.map(\.right)).count < 2 && pairs.count >= 2 {
                context.report(pairsLocation, "every pair has the same 'right', so there is nothing to match")
            }
            form = .match(pairs)
        }
    }
}

extension GlossaryTerm: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(term: "", say: nil, means: "", forms: [])
        try decoder.checkKeys(
            "a glossary term", allowed: ["term", "say", "means", "forms"], required: ["term", "means"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        term = decoder.nonEmpty(try c.value("term"), key: "term")
        say = try c.optional("say")
        means = decoder.nonEmpty(try c.value("means"), key: "means")
        forms = try c.optional("forms") ?? []
    }
}

extension LessonReference: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(id: "", location: SourceLocation(file: ""))
        location = decoder.here
        id = try decoder.singleValueContainer().decode(String.self)
    }
}

extension CoursePart: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", lessons: [])
        try decoder.checkKeys("a part", allowed: ["title", "lessons"], required: ["title", "lessons"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        title = decoder.nonEmpty(try c.value("title"), key: "title")
        lessons = try c.value("lessons")
        if lessons.isEmpty {
            decoder.fileContext.report(decoder.location(ofKey: "lessons"), "a part needs at least one lesson")
        }
    }
}

extension NamedPath: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(name: "", title: "", lessons: [], location: SourceLocation(file: ""))
        try decoder.checkKeys(
            "a path", allowed: ["name", "title", "lessons"], required: ["name", "title", "lessons"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        location = decoder.location(ofKey: "name")
        name = try c.value("name")
        if !lessonIdPattern(name) {
            decoder.fileContext.report(
                location, "path name '\(name)' must be lowercase letters, digits and single dashes")
        }
        if name == Course.fullPathName {
            decoder.fileContext.report(location, "the path 'full' is the whole course and is made from 'parts'")
        }
        title = decoder.nonEmpty(try c.value("title"), key: "title")
        lessons = try c.value("lessons")
        if lessons.isEmpty {
            decoder.fileContext.report(decoder.location(ofKey: "lessons"), "a path needs at least one lesson")
        }
    }
}

extension Course: Decodable {
    public init(from decoder: any Decoder) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", disclaimer: "", welcome: TextScreen(heading: "", blocks: []), farewell: TextScreen(heading: "", blocks: []), parts: [], paths: [], location: SourceLocation(file: ""))
        try decoder.checkKeys(
            "the course", allowed: ["title", "disclaimer", "welcome", "farewell", "parts", "paths"],
            required: ["title", "disclaimer", "welcome", "farewell", "parts"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        location = decoder.here
        title = decoder.nonEmpty(try c.value("title"), key: "title")
        disclaimer = decoder.nonEmpty(try c.value("disclaimer"), key: "disclaimer")
        welcome = try c.value("welcome")
        farewell = try c.value("farewell")
        welcome.notice = disclaimer
        farewell.notice = disclaimer
        parts = try c.value("parts")
        if parts.isEmpty {
            decoder.fileContext.report(decoder.location(ofKey: "parts"), "the course needs at least one part")
        }
        paths = try c.optional("paths") ?? []
    }
}
