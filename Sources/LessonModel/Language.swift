/// A language the course and the program can speak; its raw value names the lesson folder
/// (`Lessons/en`, `Lessons/es`) and the `--language` value.
public enum Language: String, CaseIterable, Equatable, Hashable, Sendable, Codable {
    case en
    case es

    /// The language's name in itself, for the key that switches to it.
    public var ownName: String {
        switch self {
        case .en: "English"
        case .es: "español"
        }
    }

    /// The choices of a true-false question, as this language says them.
    public var trueFalse: [String] {
        switch self {
        case .en: ["True", "False"]
        case .es: ["Verdadero", "Falso"]
        }
    }

    /// The language a locale name such as `es_MX.UTF-8`, `es-419`, `en_US` or `es` stands for;
    /// nil for any other (including `C` and `POSIX`).
    public init?(localeName: String) {
        let code = localeName.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }

    /// The learner's language from the environment, read as gettext reads it: `LANGUAGE` (a
    /// list such as `es:en`, used unless the locale is C), then the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set. nil when none names a language of the course.
    /// Foundation on Linux does not read these, so the program reads them itself.
    public static func fromEnvironment(_ value: (String) -> String?) -> Language? {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].compactMap { value($0) }.first { !$0.isEmpty }
        if locale != "C", locale != "POSIX", let list = value("LANGUAGE"), !list.isEmpty {
            for entry in list.split(separator: ":") {
                if let language = Language(localeName: String(entry)) { return language }
            }
        }
        return locale.flatMap(Language.init(localeName:))
    }
}

extension Screen {
    /// A true-false question says its two choices in `language`; any other screen is as it was.
    func relabelingTrueFalse(from old: Language, to language: Language) -> Screen {
        guard case .question(var question) = self, case .choice(var choices, let answer) = question.form,
            choices.map(\.text) == old.trueFalse
        else { return self }
        for index in choices.indices { choices[index].text = language.trueFalse[index] }
        question.form = .choice(choices, answer: answer)
        return .question(question)
    }
}
