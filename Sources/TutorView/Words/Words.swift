import LessonModel
import TutorEngine

/// Every word the program itself shows, in one language: lesson text is not here (it is in
/// Lessons/), only the program's own footer, help, notices, menus and printouts. Each area has
/// its own part (`NoticeWording`, ...), written in both languages side by side in one file,
/// and a part has no default wording: a word added in one language and not the other does
/// not build.
public protocol Words:
    NoticeWording, KeyWording, PlainModeWording, HandoutWording, SheetWording, SummaryWording, QuestionListWording,
    SpeechWording, ScreenWording, QuestionWording, MenuWording, KioskWording, ProgressWording, CommandWording,
    Sendable
{
    var language: Language { get }
}

/// The program's English.
public struct EnglishWords: Words {
    public let language = Language.en
    public init() {}
}

/// The program's Spanish: Latin American, "usted", as plain as the lessons.
public struct SpanishWords: Words {
    public let language = Language.es
    public init() {}
}

extension Language {
    /// The program's words in this language.
    public var words: any Words {
        switch self {
        case .en: EnglishWords()
        case .es: SpanishWords()
        }
    }
}

extension LessonLibrary {
    /// The program's words in the lessons' language.
    public var words: any Words { language.words }
}

extension Tutorial {
    /// The program's words in the language of the course being shown.
    public var words: any Words { library.language.words }
}
