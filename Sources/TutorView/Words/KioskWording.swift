import LessonModel
import TutorEngine

/// The words of the kiosk's own screens: the welcome, "Are you still there?", the staff exit.
public protocol KioskWording {
    func pressAnyKeyToStart() -> String
    /// On the welcome: the key that shows the kiosk in the other language, in that language.
    func otherLanguageOnWelcome(_ key: String) -> String
    func stillThere() -> String
    func sessionEnds(in seconds: Int) -> String
    func pressAnyKeyToCarryOn() -> String
    func staffExit() -> String
    func wrongPIN() -> String
    func typePIN() -> String
    func pinLabel() -> String
    func wrongPINWait(_ wait: String) -> String
    func keyNotTaken(_ wait: String) -> String
    func pressEscToGoBack() -> String
    /// "5 seconds", "1 second", "5 minutes": a lock-out's time left, in the unit it reads best.
    func waitWords(_ seconds: Int) -> String
}

extension EnglishWords: KioskWording {
    public func pressAnyKeyToStart() -> String { "Press any key to start" }
    public func otherLanguageOnWelcome(_ key: String) -> String { "Press \(key) to read this in English." }
    public func stillThere() -> String { "Are you still there?" }
    public func sessionEnds(in seconds: Int) -> String {
        "This session will end in \(seconds) seconds. Then your place and your answers are cleared, so the next person starts fresh."
    }
    public func pressAnyKeyToCarryOn() -> String { "Press any key to carry on." }
    public func staffExit() -> String { "Staff exit" }
    public func wrongPIN() -> String { "That PIN was not right. Try again." }
    public func typePIN() -> String { "Type the exit PIN, then press Enter. Press Esc to go back." }
    public func pinLabel() -> String { "PIN: " }
    public func wrongPINWait(_ wait: String) -> String {
        "That PIN was not right. Please wait \(wait) before trying again; each wrong PIN makes the wait longer."
    }
    public func keyNotTaken(_ wait: String) -> String { "Please wait \(wait); that key was not taken." }
    public func pressEscToGoBack() -> String { "Press Esc to go back." }
    public func waitWords(_ seconds: Int) -> String {
        if seconds > 90 { return "\((seconds + 59) / 60) minutes" }
        return seconds == 1 ? "1 second" : "\(seconds) seconds"
    }
}

extension SpanishWords: KioskWording {
    public func pressAnyKeyToStart() -> String { "Pulse cualquier tecla para empezar" }
    public func otherLanguageOnWelcome(_ key: String) -> String { "Pulse \(key) para leer esto en español." }
    public func stillThere() -> String { "¿Sigue ahí?" }
    public func sessionEnds(in seconds: Int) -> String {
        "Esta sesión terminará en \(seconds) segundos. Entonces su lugar y sus respuestas se borran, para que la próxima persona empiece de cero."
    }
    public func pressAnyKeyToCarryOn() -> String { "Pulse cualquier tecla para seguir." }
    public func staffExit() -> String { "Salida del personal" }
    public func wrongPIN() -> String { "Ese PIN no es correcto. Intente otra vez." }
    public func typePIN() -> String { "Escriba el PIN de salida y pulse Enter. Pulse Esc para volver." }
    public func pinLabel() -> String { "PIN: " }
    public func wrongPINWait(_ wait: String) -> String {
        "Ese PIN no es correcto. Espere \(wait) antes de intentar otra vez; cada PIN incorrecto alarga la espera."
    }
    public func keyNotTaken(_ wait: String) -> String { "Espere \(wait); esa tecla no se tomó." }
    public func pressEscToGoBack() -> String { "Pulse Esc para volver." }
    public func waitWords(_ seconds: Int) -> String {
        if seconds > 90 { return "\((seconds + 59) / 60) minutos" }
        return seconds == 1 ? "1 segundo" : "\(seconds) segundos"
    }
}
