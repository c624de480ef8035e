import LessonModel
import TutorEngine

/// The words of the full screen's frame: the header, the scroll hints, the quit question,
/// and the lines around a lesson's own text.
public protocol ScreenWording {
    func partOf(_ number: Int, _ count: Int, title: String) -> String
    func lessonOf(_ number: Int, _ count: Int) -> String
    func screenOf(_ number: Int, _ count: Int) -> String
    func wholeCourse() -> String
    func percentDone(_ percent: Int, done: Int, of count: Int) -> String
    func moreBelow() -> String
    func topOfScreen() -> String
    /// The same two hints for a narrow window, where the long ones would be cut off.
    func moreBelowShort() -> String
    func topOfScreenShort() -> String
    func quitQuestion(kiosk: Bool) -> String
    func windowTooSmall(columns: Int, rows: Int) -> String
    func noScreens() -> String
    func printSummaryHint() -> String
    /// Before a lesson's note, a diagram's description beside its picture, and in place of it.
    func notePrefix() -> String
    func inWordsPrefix() -> String
    func picturePrefix() -> String
    func widenForPicture(_ columns: Int) -> String
}

extension EnglishWords: ScreenWording {
    public func partOf(_ number: Int, _ count: Int, title: String) -> String { "Part \(number) of \(count): \(title)" }
    public func lessonOf(_ number: Int, _ count: Int) -> String { "Lesson \(number) of \(count)" }
    public func screenOf(_ number: Int, _ count: Int) -> String { "Screen \(number) of \(count)" }
    public func wholeCourse() -> String { "The whole course" }
    public func percentDone(_ percent: Int, done: Int, of count: Int) -> String {
        "\(percent)% done (\(done) of \(count) lessons)"
    }
    public func moreBelow() -> String { "↓ More below: press the Down arrow" }
    public func topOfScreen() -> String { "↑ Top of this screen: press the Up arrow" }
    public func moreBelowShort() -> String { "↓ More below: Down arrow" }
    public func topOfScreenShort() -> String { "↑ Top of screen: Up arrow" }
    public func quitQuestion(kiosk: Bool) -> String {
        kiosk ? "End your session? Your answers will be cleared. (y/n)" : "Quit? (y/n)  Your place is saved."
    }
    public func windowTooSmall(columns: Int, rows: Int) -> String {
        "Please make this window larger. The tutorial needs at least \(columns) columns and \(rows) rows."
    }
    public func noScreens() -> String { "This lesson has no screens." }
    public func printSummaryHint() -> String {
        "To print one page about this session (lessons, questions, when to call): quit, then run metastasis-tutor summary."
    }
    public func notePrefix() -> String { "Note: " }
    public func inWordsPrefix() -> String { "In words: " }
    public func picturePrefix() -> String { "Picture: " }
    public func widenForPicture(_ columns: Int) -> String {
        "Make the window at least \(columns) columns wide to see the picture."
    }
}

extension SpanishWords: ScreenWording {
    public func partOf(_ number: Int, _ count: Int, title: String) -> String {
        "Parte \(number) de \(count): \(title)"
    }
    public func lessonOf(_ number: Int, _ count: Int) -> String { "Lección \(number) de \(count)" }
    public func screenOf(_ number: Int, _ count: Int) -> String { "Pantalla \(number) de \(count)" }
    public func wholeCourse() -> String { "El curso completo" }
    public func percentDone(_ percent: Int, done: Int, of count: Int) -> String {
        "\(percent)% hecho (\(done) de \(count) lecciones)"
    }
    public func moreBelow() -> String { "↓ Hay más abajo: pulse la flecha abajo" }
    public func topOfScreen() -> String { "↑ Inicio de la pantalla: pulse la flecha arriba" }
    public func moreBelowShort() -> String { "↓ Hay más abajo: flecha abajo" }
    public func topOfScreenShort() -> String { "↑ Inicio: flecha arriba" }
    public func quitQuestion(kiosk: Bool) -> String {
        kiosk
            ? "¿Terminar su sesión? Sus respuestas se borrarán. (s/n)" : "¿Salir? (s/n)  Su lugar queda guardado."
    }
    public func windowTooSmall(columns: Int, rows: Int) -> String {
        "Por favor, agrande esta ventana. El programa necesita al menos \(columns) columnas y \(rows) filas."
    }
    public func noScreens() -> String { "Esta lección no tiene pantallas." }
    public func printSummaryHint() -> String {
        "Para imprimir una página sobre esta sesión (lecciones, preguntas, cuándo llamar): salga y luego escriba metastasis-tutor summary."
    }
    public func notePrefix() -> String { "Nota: " }
    public func inWordsPrefix() -> String { "En palabras: " }
    public func picturePrefix() -> String { "Imagen: " }
    public func widenForPicture(_ columns: Int) -> String {
        "Agrande la ventana a \(columns) columnas o más para ver la imagen."
    }
}
