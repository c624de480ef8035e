import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Print the glossary as 'term: definition' lines."
    )

    @OptionGroup var source: LessonSourceOptions

    @Flag(
        help:
            "Print only the words the course teaches (terms, other forms, how to say them), one a line: the list to mask when measuring reading level."
    )
    var wordsOnly = false

    func run() throws {
        let library = try source.library()
        let terms = library.glossary.sorted { GlossaryOrder.key($0.term) < GlossaryOrder.key($1.term) }
        for term in terms {
            if wordsOnly {
                for word in [term.term] + term.forms + [term.say].compactMap({ $0 }) {
                    print(TerminalText.sanitized(word))
                }
            } else {
                print(TerminalText.sanitized("\(term.term): \(term.means)"))
            }
        }
    }
}
