import ArgumentParser
import LessonModel
import TutorView

/// `metastasis-tutor speak LESSON --wav FILE`: what reading a screen aloud says, as audio.
struct SpeakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speak",
        abstract: "Write what reading a lesson aloud says to a WAV file (needs espeak-ng).",
        discussion: "Without --screen, the whole lesson, screen after screen. Diagrams are read as their descriptions."
    )

    @OptionGroup var source: LessonSourceOptions

    @Argument(help: ArgumentHelp("The lesson, such as \(BuiltinNames.lessonExamples).", valueName: "LESSON"))
    var lessonID: String

    @Option(help: ArgumentHelp("Only this screen, counting from 1.", valueName: "N"))
    var screen: Int?

    @Option(help: ArgumentHelp("The WAV file to write.", valueName: "FILE"))
    var wav: String

    func run() throws {
        let library = try source.library()
        guard let lesson = library.lessons[lessonID] else { throw library.unknownLesson(lessonID) }
        var screens = lesson.screens
        if let screen {
            guard screens.indices.contains(screen - 1) else {
                throw ValidationError(library.words.screenRange(lessonID, count: screens.count))
            }
            screens = [screens[screen - 1]]
        }
        guard let engine = SpeechEngine() else {
            printError("metastasis-tutor: " + library.words.speakingNeedsEspeak())
            throw ExitCode.failure
        }
        engine.language = library.language
        let readAloud = ReadAloudText(library: library)
        let text = SSML.document(
            screens.flatMap { SpeechScript.sentences(for: $0, answer: nil, words: library.words, readAloud: readAloud) }
        )
        guard engine.writeWAV(text, to: wav) else {
            printError("metastasis-tutor: " + library.words.wavNotWritten(wav))
            throw ExitCode.failure
        }
    }
}
