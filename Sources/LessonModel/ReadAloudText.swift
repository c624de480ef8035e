/// A piece of writing a speech engine says wrongly, and what read-aloud says instead: one line
/// of the course's `read-aloud:` list. espeak-ng says "911" as "nine hundred eleven" and reads a
/// phone number's dashes out loud; a course says "9 1 1" and "1, 800, 4 2 2, 6 2 3 7".
public struct SpokenForm: Equatable, Sendable {
    public var written: String
    public var said: String
    public var location: SourceLocation

    public init(written: String, said: String, location: SourceLocation) {
        self.written = written
        self.said = said
        self.location = location
    }
}

/// Lesson text as the speech engine should get it. Pronunciation respellings are left out
/// (read letter by letter, "(kum-PYOO-tid)" is noise, and "lymph (limf)" says the word twice),
/// a web address is said as its site ("cancer.gov", not "h t t p s colon slash slash ..."),
/// and the course's spoken forms replace what they stand for. Only what is said changes: the
/// screen and its sentence marks are made from the text as written.
public struct ReadAloudText: Equatable, Sendable {
    /// Longest written form first, so "1-800-4-CANCER" is said whole before any shorter form
    /// inside it could match.
    public let forms: [SpokenForm]
    /// The glossary's `say` respellings, lowercased: "limf" is one though it has no capitals.
    let respellings: Set<String>

    public init(forms: [SpokenForm], glossary: [GlossaryTerm]) {
        self.forms = forms.sorted { $0.written.count > $1.written.count }
        respellings = Set(glossary.compactMap { $0.say?.lowercased() })
    }

    public init(library: LessonLibrary) {
        self.init(forms: library.course.readAloud, glossary: library.glossary)
    }

    public func spoken(_ sentence: String) -> String {
        let said = replacingSpokenForms(in: webAddressesAsSites(in: withoutRespellings(sentence)))
        return Self.tidied(said)
    }

    /// True for a respelling such as "in-TRAV-uh-SAY-shun" (dashed syllables, one in capitals)
    /// or one the glossary gives ("limf", and "limf nodes" for "limf node").
    public func isRespelling(_ text: Substring) -> Bool {
        let lowered = text.lowercased()
        if respellings.contains(lowered) || (lowered.hasSuffix("s") && respellings.contains(String(lowered.dropLast())))
        {
            return true
        }
        return text.contains("-") && text.allSatisfy { $0.isLetter || $0 == "-" || $0 == " " }
            && text.split(whereSeparator: { $0 == "-" || $0 == " " }).contains { part in
                part.count >= 2 && part.allSatisfy(\.isUppercase)
            }
    }

    /// "(computed tomography, kum-PYOO-tid toh-MAH-gruh-fee)" keeps what it means and loses how
    /// it sounds; a bracket that is only a respelling goes, with the space before it.
    private func withoutRespellings(_ sentence: String) -> String {
        var out = ""
        var rest = Substring(sentence)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let parts = rest[rest.index(after: open)..<close].split(separator: ",").map {
                $0.drop(while: { $0 == " " })
            }
            let kept = parts.filter { !isRespelling($0) }
            if kept.isEmpty {
                out += rest[..<open].reversed().drop(while: { $0 == " " }).reversed()
            } else {
                out += rest[..<open] + "(" + kept.joined(separator: ", ") + ")"
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private func webAddressesAsSites(in text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let lead = word.prefix { "(\"«".contains($0) }
            var address = word.dropFirst(lead.count)
            let trail = address.reversed().prefix { ".,;:)\"»".contains($0) }
            address = address.dropLast(trail.count)
            let scheme = ["https://", "http://"].first { address.hasPrefix($0) }
            address = address.dropFirst(scheme?.count ?? 0)
            guard scheme != nil || address.hasPrefix("www.") else { return String(word) }
            if address.hasPrefix("www.") { address = address.dropFirst(4) }
            let site = address.prefix { $0 != "/" }
            return lead + site + String(trail.reversed())
        }.joined(separator: " ")
    }

    private func replacingSpokenForms(in text: String) -> String {
        guard !forms.isEmpty else { return text }
        let characters = Array(text)
        let written = forms.map { Array($0.written) }
        var out: [Character] = []
        var index = 0
        scan: while index < characters.count {
            for (form, letters) in zip(forms, written) where Self.matches(letters, in: characters, at: index) {
                let said = Array(form.said)
                if let last = out.last, Self.isWordCharacter(last), let first = said.first, Self.isWordCharacter(first)
                {
                    out.append(" ")
                }
                out += said
                index += letters.count
                if index < characters.count, Self.isWordCharacter(characters[index]), let end = said.last,
                    Self.isWordCharacter(end)
                {
                    out.append(" ")
                }
                continue scan
            }
            out.append(characters[index])
            index += 1
        }
        return String(out)
    }

    /// `letters` at `index`, as a whole word where it begins or ends with a letter or digit,
    /// so "PET" is not found in "PETS", "911" in "1911", nor "4" in "100.4".
    private static func matches(_ letters: [Character], in characters: [Character], at index: Int) -> Bool {
        guard index + letters.count <= characters.count, characters[index] == letters[0],
            characters[index..<index + letters.count].elementsEqual(letters)
        else { return false }
        let after = index + letters.count
        if isWordCharacter(letters[0]), continuesWord(characters, at: index - 1, awayFrom: index - 2) { return false }
        if let last = letters.last, isWordCharacter(last), continuesWord(characters, at: after, awayFrom: after + 1) {
            return false
        }
        return true
    }

    /// A letter or digit at `index`, or a point or comma there that sits inside a number.
    private static func continuesWord(_ characters: [Character], at index: Int, awayFrom beyond: Int) -> Bool {
        guard characters.indices.contains(index) else { return false }
        if isWordCharacter(characters[index]) { return true }
        return ".,".contains(characters[index]) && characters.indices.contains(beyond) && characters[beyond].isNumber
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// One space between words, and none left before a full stop or comma whose word was taken out.
    private static func tidied(_ text: String) -> String {
        var out = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for mark in [".", ",", ";", ":", "?", "!"] {
            out = out.replacing(" " + mark, with: mark)
        }
        return out
    }
}
