import LessonModel

// How each kind of lesson-file value is read. Every init reports what is wrong with the
// line it is on and keeps going where it can, so one lint run lists every problem.

extension MappingReader {
    /// Text that must say something: reports an empty value.
    func nonEmpty(_ text: String, key: String) -> String {
        if text.trimmingWhitespace().isEmpty {
            report.report(location(ofKey: key), "'\(key)' is empty")
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
            report.report(where_, "a '**' starts bold text that is never closed with '**'")
        }
        return parsed.blocks
    }
}

func lessonIdPattern(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
        && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}

extension Lesson: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(
            id: "", title: "", kind: .topic, screens: [], terms: [], sources: [], location: SourceLocation(file: ""),
            idLocation: SourceLocation(file: ""))
        let c = try reader.mapping(
            "a lesson", allowed: ["id", "title", "kind", "screens", "terms", "something-to-do", "sources", "teach-back"],
            required: ["id", "title", "kind", "sources"])
        let context = reader.report
        location = reader.here
        idLocation = c.location(ofKey: "id")
        id = try c.value("id")
        if !lessonIdPattern(id) {
            context.report(
                idLocation, "lesson id '\(ProblemText.short(id))' must be lowercase letters, digits and single dashes")
        }
        title = c.nonEmpty(try c.value("title"), key: "title")
        let kindName: String = try c.value("kind")
        self.kind = c.oneOf("kind", word: kindName, what: "lesson kind", as: LessonKind.self) ?? .topic
        sources = try c.value("sources")
        if sources.isEmpty || sources.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
            context.report(c.location(ofKey: "sources"), "a lesson needs at least one source")
        }
        if let prompt: String = try c.optional("teach-back") {
            teachBack = c.nonEmpty(prompt, key: "teach-back")
        }
        terms = (try c.optional("terms", as: [Lenient<GlossaryTerm>].self) ?? []).compactMap(\.value)
        let writtenScreens = try c.optional("screens", as: [Lenient<Screen>].self) ?? []
        var screens = writtenScreens.compactMap(\.value)

        let somethingToDo = try c.optional("something-to-do", as: Lenient<TextScreen>.self)

        if kind == .glossary {
            if terms.isEmpty {
                context.report(location, "a glossary lesson needs a 'terms' list")
            }
            // Like every lesson, the glossary ends with something the learner can do.
            if let somethingToDo {
                if let screen = somethingToDo.value { screens = [.text(screen)] }
            } else {
                context.report(
                    location,
                    "a glossary lesson needs 'something-to-do' (a heading and a body), shown after the words, "
                        + "as every lesson ends with something the learner can do")
            }
            if c.contains("screens") {
                context.report(
                    c.location(ofKey: "screens"),
                    "a glossary lesson has 'terms' instead of 'screens'")
            }
        } else {
            if c.contains("terms") {
                context.report(
                    c.location(ofKey: "terms"), "only a lesson of kind 'glossary' has 'terms'")
            }
            if c.contains("something-to-do") {
                context.report(
                    c.location(ofKey: "something-to-do"),
                    "only a lesson of kind 'glossary' has 'something-to-do': other lessons end with a text screen")
            }
            if !c.contains("screens") {
                context.report(location, "a lesson is missing the key 'screens'")
            } else if writtenScreens.isEmpty {
                context.report(c.location(ofKey: "screens"), "a lesson needs at least one screen")
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

extension Screen: NodeReadable {
    init(reading reader: NodeReader) throws {
        let kinds = ["text", "diagram", "question"]
        let c = try reader.mapping("a screen", allowed: kinds, required: [])
        let present = kinds.filter { c.contains($0) }
        guard present.count == 1, let kind = present.first else {
            reader.report.report(
                reader.here,
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

extension TextScreen: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(heading: "", blocks: [])
        let c = try reader.mapping(
            "a text screen", allowed: ["heading", "body"], required: ["heading", "body"])
        heading = c.nonEmpty(try c.value("heading"), key: "heading")
        blocks = c.richText(c.nonEmpty(try c.value("body"), key: "body"), key: "body")
        notice = nil
    }
}

extension DiagramScreen: NodeReadable {
    /// The picture's lines, each without the spaces at its end. Done on bytes: line feeds and
    /// spaces are ASCII, and walking Characters backwards was most of lint's time.
    static func linesWithoutTrailingSpaces(_ text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            var end = line.endIndex
            while end > line.startIndex, line[text.utf8.index(before: end)] == UInt8(ascii: " ") {
                end = text.utf8.index(before: end)
            }
            return String(Substring(line[line.startIndex..<end]))
        }
    }

    public static let maximumWidth = 72
    public static let maximumHeight = 14

    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(heading: "", art: [], description: "", caption: nil)
        let c = try reader.mapping(
            "a diagram", allowed: ["heading", "art", "description", "caption"],
            required: ["heading", "art", "description"])
        heading = c.nonEmpty(try c.value("heading"), key: "heading")
        let artText: String = c.nonEmpty(try c.value("art"), key: "art")
        var lines = Self.linesWithoutTrailingSpaces(artText)
        while lines.last?.isEmpty == true { lines.removeLast() }
        art = lines
        description = c.nonEmpty(try c.value("description"), key: "description")
        caption = try c.optional("caption")
        if description.contains("\n") {
            reader.report.report(c.location(ofKey: "description"), "a diagram's description is one line")
        }
        if artWidth > Self.maximumWidth {
            reader.report.report(
                c.location(ofKey: "art"),
                "the picture is \(artWidth) columns wide; at most \(Self.maximumWidth) fit an 80-column screen")
        }
        if art.count > Self.maximumHeight {
            reader.report.report(
                c.location(ofKey: "art"),
                "the picture is \(art.count) lines tall; at most \(Self.maximumHeight) fit a 24-line screen")
        }
    }
}

extension Choice: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(text: "", feedback: nil)
        let c = try reader.mapping("a choice", allowed: ["text", "feedback"], required: ["text"])
        text = c.nonEmpty(try c.value("text"), key: "text")
        feedback = try c.optional("feedback")
    }
}

extension MatchPair: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(left: "", right: "")
        let c = try reader.mapping(
            "a match pair", allowed: ["left", "right"], required: ["left", "right"])
        left = c.nonEmpty(try c.value("left"), key: "left")
        right = c.nonEmpty(try c.value("right"), key: "right")
    }
}

extension Question: NodeReadable {
    static let maximumChoices = 9

    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(
            id: "", type: .singleChoice, prompt: "", form: .order([]), explanation: nil,
            location: SourceLocation(file: ""))
        let context = reader.report
        let c = try reader.mapping()
        location = reader.here
        guard let typeName: String = try c.optional("type") else {
            context.report(
                location,
                "a question is missing the key 'type' (one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
            throw ProblemsReported()
        }
        guard let type = c.oneOf("type", word: typeName, what: "question type", as: QuestionType.self) else {
            throw ProblemsReported()
        }
        self.type = type
        let common = ["type", "prompt", "explanation", "id"]
        switch type {
        case .singleChoice:
            try c.checkKeys(
                "a single-choice question", allowed: common + ["choices", "answer"],
                required: ["prompt", "choices", "answer"])
        case .trueFalse:
            try c.checkKeys(
                "a true-false question", allowed: common + ["answer", "if-true", "if-false"],
                required: ["prompt", "answer"])
        case .order:
            try c.checkKeys(
                "an order question", allowed: common + ["items"], required: ["prompt", "items", "explanation"])
        case .match:
            try c.checkKeys(
                "a match question", allowed: common + ["pairs"], required: ["prompt", "pairs", "explanation"])
        }
        id = try c.optional("id") ?? ""
        prompt = c.nonEmpty(try c.value("prompt"), key: "prompt")
        explanation = try c.optional("explanation")

        switch type {
        case .singleChoice:
            let choices: [Choice] = try c.value("choices")
            let answer: Int = try c.value("answer")
            let answerLocation = c.location(ofKey: "answer")
            if choices.count < 2 {
                context.report(c.location(ofKey: "choices"), "a single-choice question needs at least 2 choices")
            } else if choices.count > Self.maximumChoices {
                context.report(
                    c.location(ofKey: "choices"),
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
                context.report(c.location(ofKey: "choices"), "two choices have the same text")
            }
            form = .choice(choices, answer: answer - 1)
        case .trueFalse:
            let answerLocation = c.location(ofKey: "answer")
            guard let answer = c.child("answer").flatMap(Bool.init(yaml:)) else {
                context.report(answerLocation, "a true-false answer is 'true' or 'false'")
                throw ProblemsReported()
            }
            let choices = [
                Choice(text: Language.en.trueFalse[0], feedback: try c.optional("if-true")),
                Choice(text: Language.en.trueFalse[1], feedback: try c.optional("if-false")),
            ]
            form = .choice(choices, answer: answer ? 0 : 1)
        case .order:
            let items: [String] = try c.value("items")
            let itemsLocation = c.location(ofKey: "items")
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
            let pairsLocation = c.location(ofKey: "pairs")
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

extension GlossaryTerm: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(term: "", say: nil, means: "", forms: [])
        let c = try reader.mapping(
            "a glossary term", allowed: ["term", "say", "means", "forms"], required: ["term", "means"])
        term = c.nonEmpty(try c.value("term"), key: "term")
        say = try c.optional("say")
        means = c.nonEmpty(try c.value("means"), key: "means")
        forms = try c.optional("forms") ?? []
    }
}
