import LessonModel

/// The words reading aloud adds to a screen's own (the feedback after an answer is plain
/// mode's, `PlainModeWording`).
public protocol SpeechWording {
    /// "Picture: " and a diagram's description, read instead of its drawing.
    func spokenPicture(_ description: String) -> String
}

extension EnglishWords: SpeechWording {
    public func spokenPicture(_ description: String) -> String { "Picture: " + description }
}

extension SpanishWords: SpeechWording {
    public func spokenPicture(_ description: String) -> String { "Imagen: " + description }
}
