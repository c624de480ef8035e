import LessonModel

// How the course file is read: its parts and paths, each naming lessons by id.

extension LessonReference: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(id: "", location: SourceLocation(file: ""))
        location = reader.here
        id = try reader.read(String.self)
    }
}

extension CoursePart: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", lessons: [])
        let c = try reader.mapping(
            "a part", allowed: ["title", "lessons"], required: ["title", "lessons"])
        title = c.nonEmpty(try c.value("title"), key: "title")
        lessons = try c.value("lessons")
        if lessons.isEmpty {
            reader.report.report(c.location(ofKey: "lessons"), "a part needs at least one lesson")
        }
    }
}

extension NamedPath: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(name: "", title: "", lessons: [], location: SourceLocation(file: ""))
        let c = try reader.mapping(
            "a path", allowed: ["name", "title", "lessons"], required: ["name", "title", "lessons"])
        location = c.location(ofKey: "name")
        name = try c.value("name")
        if !lessonIdPattern(name) {
            reader.report.report(
                location, "path name '\(ProblemText.short(name))' must be lowercase letters, digits and single dashes")
        }
        if name == Course.fullPathName {
            reader.report.report(location, "the path 'full' is the whole course and is made from 'parts'")
        }
        title = c.nonEmpty(try c.value("title"), key: "title")
        lessons = try c.value("lessons")
        if lessons.isEmpty {
            reader.report.report(c.location(ofKey: "lessons"), "a path needs at least one lesson")
        }
    }
}

extension KioskText: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(
            invitation: "", privacy: "", welcome: TextScreen(heading: "", blocks: []), path: "",
            location: SourceLocation(file: ""))
        let c = try reader.mapping(
            "the kiosk", allowed: ["invitation", "privacy", "welcome", "path"],
            required: ["invitation", "privacy", "welcome", "path"])
        location = c.location(ofKey: "path")
        invitation = c.nonEmpty(try c.value("invitation"), key: "invitation")
        privacy = c.nonEmpty(try c.value("privacy"), key: "privacy")
        welcome = try c.value("welcome")
        path = try c.value("path")
    }
}

extension CancerSpread: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(name: "", title: "", sites: [])
        let c = try reader.mapping(
            "a cancer", allowed: ["name", "title", "spreads-to"], required: ["name", "title", "spreads-to"])
        name = try c.value("name")
        if !lessonIdPattern(name) {
            reader.report.report(
                c.location(ofKey: "name"),
                "cancer name '\(ProblemText.short(name))' must be lowercase letters, digits and single dashes")
        }
        title = c.nonEmpty(try c.value("title"), key: "title")
        sites = try c.value("spreads-to")
        if sites.isEmpty {
            reader.report.report(c.location(ofKey: "spreads-to"), "a cancer needs at least one site lesson")
        }
    }
}

extension PersonalPath: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", before: [], after: [], cancers: [], location: SourceLocation(file: ""))
        let c = try reader.mapping(
            "the personal path", allowed: ["title", "before", "after", "cancers"],
            required: ["title", "before", "after", "cancers"])
        location = reader.here
        title = c.nonEmpty(try c.value("title"), key: "title")
        before = try c.value("before")
        after = try c.value("after")
        cancers = try c.value("cancers")
    }
}

extension SpokenForm: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(written: "", said: "", location: SourceLocation(file: ""))
        let c = try reader.mapping("a spoken form", allowed: ["written", "said"], required: ["written", "said"])
        location = c.location(ofKey: "written")
        written = c.nonEmpty(try c.value("written"), key: "written")
        // Empty is allowed: a mark the picture needs but a listener does not ("the dotted ┄ line").
        said = try c.value("said")
    }
}

extension Course: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(
            title: "", disclaimer: "", welcome: TextScreen(heading: "", blocks: []),
            farewell: TextScreen(heading: "", blocks: []), parts: [], paths: [], location: SourceLocation(file: ""))
        let c = try reader.mapping(
            "the course",
            allowed: [
                "title", "disclaimer", "welcome", "farewell", "parts", "paths", "kiosk", "personal-path", "read-aloud",
            ],
            required: ["title", "disclaimer", "welcome", "farewell", "parts"])
        location = reader.here
        title = c.nonEmpty(try c.value("title"), key: "title")
        disclaimer = c.nonEmpty(try c.value("disclaimer"), key: "disclaimer")
        welcome = try c.value("welcome")
        farewell = try c.value("farewell")
        welcome.notice = disclaimer
        farewell.notice = disclaimer
        parts = try c.value("parts")
        if parts.isEmpty {
            reader.report.report(c.location(ofKey: "parts"), "the course needs at least one part")
        }
        paths = try c.optional("paths") ?? []
        kiosk = try c.optional("kiosk")
        personalPath = try c.optional("personal-path")
        readAloud = try c.optional("read-aloud") ?? []
        var seenWritten: Set<String> = []
        for form in readAloud where !seenWritten.insert(form.written).inserted {
            reader.report.report(form.location, "read-aloud lists '\(ProblemText.short(form.written))' twice")
        }
        kiosk?.welcome.notice = disclaimer
    }
}
