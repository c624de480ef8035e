import LessonModel

/// How text from a lesson file is quoted inside a problem: cleaned as lesson text is on
/// screen, and cut short, so a hostile key or value (a line may be 2,000 characters) never
/// floods the terminal or hides the rest of the message.
enum ProblemText {
    static let maximumLength = 40

    static func short(_ text: String) -> String {
        let clean = TerminalText.sanitized(text)
        guard clean.count > maximumLength else { return clean }
        return String(clean.prefix(maximumLength)) + "..."
    }
}
