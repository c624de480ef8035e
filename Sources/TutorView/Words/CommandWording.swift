import LessonModel
import TutorEngine
import TutorStorage

/// The words of the command line's own messages: its errors, in the learner's or the staff's
/// language. ArgumentParser's usage and help text stay as ArgumentParser writes them.
public protocol CommandWording {
    /// A reason the storage gives in English ("it is damaged"), in this language; a reason
    /// from the system (strerror) is left as it is.
    func storageReason(_ english: String) -> String
    func progressFileUnusable(_ path: String, reason: String, keptAs: String?) -> String
    func progressAndLearner() -> String
    func lessonsHaveProblems(_ count: Int) -> String
    func noSuchLesson(_ id: String, lessons: [String]) -> String
    func noSuchPath(_ name: String, paths: [String]) -> String
    func noLanguageBuiltIn(_ wanted: String, available: [String]) -> String
    func noLanguageFolder(_ directory: String, wanted: String, available: [String]) -> String
    func kioskKeepsNoProgress() -> String
    func kioskNeedsFullScreen() -> String
    func kioskNotGuided() -> String
    func kioskOwnPath() -> String
    func pathOrOwnPath() -> String
    func noPersonalPath(_ file: String) -> String
    func noSuchCancer(_ name: String, known: [String]) -> String
    func noSuchSite(_ name: String, sites: [String]) -> String
    func noKioskSection(_ file: String) -> String
    func lessonsOrSheet() -> String
    func widthIsColumns() -> String
    func partOrLesson() -> String
    func countAtLeastOne() -> String
    func noSuchPart(_ part: Int, count: Int) -> String
    func noSheets(_ fileName: String) -> String
    func lessonHasNoQuestions(_ id: String) -> String
    func screenRange(_ id: String, count: Int) -> String
    func speakingNeedsEspeak() -> String
    func wavNotWritten(_ path: String) -> String
    func statsGoesWithKiosk() -> String
    func idleSecondsPositive() -> String
    func statsUnusable(_ path: String, reason: String) -> String
    func noStatsYet(_ path: String) -> String
    func statsPathProblem(_ path: String, _ problem: String) -> String
    func statsKeptAside(_ path: String, keptAs: String) -> String
    func progressOpenNow(_ path: String) -> String
    func progressFolderCannotBeCleared(_ folder: String) -> String
    func terminalProblem(_ english: String) -> String
    /// `progress --reset`: what it asks and says.
    func noProgressToClear(_ path: String) -> String
    func confirmReset(_ path: String) -> String
    /// The answers that mean yes to `confirmReset`, lowercased.
    func yesAnswers() -> [String]
    func nothingChanged() -> String
    func progressCleared(keptAs: String?) -> String
    /// The headings of `metastasis-tutor stats`.
    func statsLabels() -> KioskStatsReport.Labels
}

extension EnglishWords: CommandWording {
    public func storageReason(_ english: String) -> String { english }
    public func progressFileUnusable(_ path: String, reason: String, keptAs: String?) -> String {
        "\(path): the progress file could not be used (\(reason))" + (keptAs.map { "; it is kept as \($0)" } ?? "")
    }
    public func progressAndLearner() -> String { "use --progress or --learner, not both" }
    public func lessonsHaveProblems(_ count: Int) -> String {
        "the lessons have \(count) problem\(count == 1 ? "" : "s"); fix them and run 'metastasis-tutor lint' to check"
    }
    public func noSuchLesson(_ id: String, lessons: [String]) -> String {
        "there is no lesson called '\(id)'; the lessons are: \(lessons.joined(separator: ", "))"
    }
    public func noSuchPath(_ name: String, paths: [String]) -> String {
        "there is no path called '\(name)'; the paths are: \(paths.joined(separator: ", "))"
    }
    public func noLanguageBuiltIn(_ wanted: String, available: [String]) -> String {
        "--language: there is no '\(wanted)' course built in; the languages are: \(available.joined(separator: ", "))"
    }
    public func noLanguageFolder(_ directory: String, wanted: String, available: [String]) -> String {
        "--language: \(directory) has no '\(wanted)' folder; it has: \(available.joined(separator: ", "))"
    }
    public func kioskKeepsNoProgress() -> String { "a kiosk keeps no progress: leave out --progress and --learner" }
    public func kioskNeedsFullScreen() -> String { "--kiosk needs a full-screen terminal; leave out --plain" }
    public func kioskNotGuided() -> String {
        "--guided is for a session with an educator, not a kiosk; leave out --guided"
    }
    public func kioskOwnPath() -> String {
        "a kiosk runs its own path; leave out --for, --site, --add-lesson and --drop-lesson"
    }
    public func pathOrOwnPath() -> String { "use --path, or --for and --site for a path of your own, not both" }
    public func noPersonalPath(_ file: String) -> String {
        "\(file): the course has no 'personal-path:' section, which --for and --site need"
    }
    public func noSuchCancer(_ name: String, known: [String]) -> String {
        "--for: there is no cancer called '\(name)'; the course knows: \(known.joined(separator: ", "))"
    }
    public func noSuchSite(_ name: String, sites: [String]) -> String {
        "--site: there is no site called '\(name)'; the sites are: \(sites.joined(separator: ", "))"
    }
    public func noKioskSection(_ file: String) -> String {
        "\(file): the course has no 'kiosk:' section, which --kiosk needs (see Lessons/README.md)"
    }
    public func lessonsOrSheet() -> String { "give lesson ids or --sheet, not both" }
    public func widthIsColumns() -> String { "--width is a number of columns, or 0 for no wrapping" }
    public func partOrLesson() -> String { "use --part or --lesson, not both" }
    public func countAtLeastOne() -> String { "--count must be 1 or more" }
    public func noSuchPart(_ part: Int, count: Int) -> String { "there is no part \(part); the course has parts 1 to \(count)" }
    public func noSheets(_ fileName: String) -> String {
        "this course has no sheets (there is no \(fileName) beside its lessons)"
    }
    public func lessonHasNoQuestions(_ id: String) -> String { "the lesson '\(id)' has no questions" }
    public func screenRange(_ id: String, count: Int) -> String { "--screen: lesson '\(id)' has screens 1 to \(count)" }
    public func speakingNeedsEspeak() -> String {
        "speaking needs espeak-ng, which is not installed (apt-get install espeak-ng)"
    }
    public func wavNotWritten(_ path: String) -> String { "\(path): espeak-ng could not write the sound file" }
    public func statsGoesWithKiosk() -> String { "--stats goes with --kiosk" }
    public func idleSecondsPositive() -> String {
        "--idle-timeout and --idle-countdown must be a number of seconds more than 0"
    }
    public func noStatsYet(_ path: String) -> String {
        "\(path) does not exist: no visit has been counted there yet (is it the path the kiosk's --stats names?)"
    }
    public func statsUnusable(_ path: String, reason: String) -> String {
        "\(path): the stats file could not be used (\(reason))"
    }
    public func statsPathProblem(_ path: String, _ problem: String) -> String { "--stats \(path): \(problem)" }
    public func statsKeptAside(_ path: String, keptAs: String) -> String {
        "\(path) could not be used; it is kept as \(keptAs) and counting starts again"
    }
    public func progressOpenNow(_ path: String) -> String { "\(path) is open in the tutorial now; quit it first" }
    public func progressFolderCannotBeCleared(_ folder: String) -> String {
        "\(folder) cannot be written, so the progress there cannot be cleared"
    }
    public func terminalProblem(_ english: String) -> String { english }
    public func noProgressToClear(_ path: String) -> String { "There is no progress to clear in \(path)." }
    public func confirmReset(_ path: String) -> String {
        "This clears all progress in \(path). A copy is kept. Type yes to go on: "
    }
    public func yesAnswers() -> [String] { ["yes", "y"] }
    public func nothingChanged() -> String { "Nothing was changed." }
    public func progressCleared(keptAs: String?) -> String {
        "Progress cleared." + (keptAs.map { " The old file is kept as \($0)." } ?? "")
    }
    public func statsLabels() -> KioskStatsReport.Labels {
        KioskStatsReport.Labels(
            title: "Kiosk counts", visits: "Visits", lessons: "Lessons", noneYet: "none yet", lesson: "lesson",
            started: "started", finished: "finished", mostMissed: "Most-missed questions", question: "question",
            wrong: "wrong", right: "right", answersPerQuestion: "Answers per question")
    }
}

extension SpanishWords: CommandWording {
    public func storageReason(_ english: String) -> String {
        if let exact = Self.reasons[english] { return exact }
        if english.hasPrefix("it is larger than "), english.hasSuffix(" MB") {
            return "pesa más de " + english.dropFirst("it is larger than ".count)
        }
        if english.hasPrefix("the learner name "), let range = english.firstRange(of: " cannot be used: ") {
            return "el nombre " + english[english.index(english.startIndex, offsetBy: "the learner name ".count)..<range.lowerBound]
                + " no se puede usar: " + storageReason(String(english[range.upperBound...]))
        }
        if english.hasPrefix("it is longer than "), english.hasSuffix(" characters") {
            return "tiene más de " + english.dropFirst("it is longer than ".count).dropLast(" characters".count)
                + " caracteres"
        }
        if let range = english.firstRange(of: " cannot hold progress: ") {
            return english[..<range.lowerBound] + " no puede guardar progreso: "
                + storageReason(String(english[range.upperBound...]))
        }
        return english
    }

    /// What the storage says, word for word, and the Spanish for it.
    static let reasons: [String: String] = [
        "it is empty": "está vacío",
        "it is damaged": "está dañado",
        "it cannot be read": "no se puede leer",
        "it was saved by a newer version of this tutorial": "lo guardó una versión más nueva de este programa",
        "it is a folder": "es una carpeta",
        "it is not a regular file": "no es un archivo común",
        "the stats file name is empty": "el nombre del archivo de conteo está vacío",
        "it contains control characters": "tiene caracteres de control",
        "it may not contain / or \\": "no puede tener / ni \\",
        "it may not contain ..": "no puede tener ..",
        "it may not start with . or -": "no puede empezar con . ni -",
        "use letters, digits, spaces, - and _ only": "use solo letras, números, espacios, - y _",
    ]

    public func progressFileUnusable(_ path: String, reason: String, keptAs: String?) -> String {
        "\(path): no se pudo usar el archivo de progreso (\(storageReason(reason)))"
            + (keptAs.map { "; se guardó como \($0)" } ?? "")
    }
    public func progressAndLearner() -> String { "use --progress o --learner, no los dos" }
    public func lessonsHaveProblems(_ count: Int) -> String {
        "las lecciones tienen \(count) problema\(count == 1 ? "" : "s"); corríjalos y use 'metastasis-tutor lint' para revisarlas"
    }
    public func noSuchLesson(_ id: String, lessons: [String]) -> String {
        "no hay ninguna lección llamada '\(id)'; las lecciones son: \(lessons.joined(separator: ", "))"
    }
    public func noSuchPath(_ name: String, paths: [String]) -> String {
        "no hay ningún recorrido llamado '\(name)'; los recorridos son: \(paths.joined(separator: ", "))"
    }
    public func noLanguageBuiltIn(_ wanted: String, available: [String]) -> String {
        "--language: este programa no trae el curso en '\(wanted)'; los idiomas son: \(available.joined(separator: ", "))"
    }
    public func noLanguageFolder(_ directory: String, wanted: String, available: [String]) -> String {
        "--language: \(directory) no tiene la carpeta '\(wanted)'; tiene: \(available.joined(separator: ", "))"
    }
    public func kioskKeepsNoProgress() -> String {
        "un quiosco no guarda progreso: quite --progress y --learner"
    }
    public func kioskNeedsFullScreen() -> String { "--kiosk necesita una terminal de pantalla completa; quite --plain" }
    public func kioskNotGuided() -> String {
        "--guided es para una sesión con un educador, no para un quiosco; quite --guided"
    }
    public func kioskOwnPath() -> String {
        "un quiosco tiene su propio recorrido; quite --for, --site, --add-lesson y --drop-lesson"
    }
    public func pathOrOwnPath() -> String {
        "use --path, o --for y --site para un recorrido propio, no los dos"
    }
    public func noPersonalPath(_ file: String) -> String {
        "\(file): el curso no tiene la sección 'personal-path:', que --for y --site necesitan"
    }
    public func noSuchCancer(_ name: String, known: [String]) -> String {
        "--for: no hay ningún cáncer llamado '\(name)'; el curso conoce: \(known.joined(separator: ", "))"
    }
    public func noSuchSite(_ name: String, sites: [String]) -> String {
        "--site: no hay ningún lugar llamado '\(name)'; los lugares son: \(sites.joined(separator: ", "))"
    }
    public func noKioskSection(_ file: String) -> String {
        "\(file): el curso no tiene la sección 'kiosk:', que --kiosk necesita (vea Lessons/README.md)"
    }
    public func lessonsOrSheet() -> String { "dé lecciones o --sheet, no las dos cosas" }
    public func widthIsColumns() -> String { "--width es un número de columnas, o 0 para no cortar las líneas" }
    public func partOrLesson() -> String { "use --part o --lesson, no los dos" }
    public func countAtLeastOne() -> String { "--count debe ser 1 o más" }
    public func noSuchPart(_ part: Int, count: Int) -> String {
        "no hay ninguna parte \(part); el curso tiene las partes 1 a \(count)"
    }
    public func noSheets(_ fileName: String) -> String {
        "este curso no tiene hojas (no hay ningún \(fileName) junto a sus lecciones)"
    }
    public func lessonHasNoQuestions(_ id: String) -> String { "la lección '\(id)' no tiene preguntas" }
    public func screenRange(_ id: String, count: Int) -> String {
        "--screen: la lección '\(id)' tiene las pantallas 1 a \(count)"
    }
    public func speakingNeedsEspeak() -> String {
        "para hablar hace falta espeak-ng, que no está instalado (apt-get install espeak-ng)"
    }
    public func wavNotWritten(_ path: String) -> String { "\(path): espeak-ng no pudo escribir el archivo de sonido" }
    public func statsGoesWithKiosk() -> String { "--stats va con --kiosk" }
    public func idleSecondsPositive() -> String {
        "--idle-timeout y --idle-countdown deben ser un número de segundos mayor que 0"
    }
    public func noStatsYet(_ path: String) -> String {
        "\(path) no existe: todavía no se ha contado ninguna visita ahí (¿es el archivo que indica --stats del quiosco?)"
    }
    public func statsUnusable(_ path: String, reason: String) -> String {
        "\(path): no se pudo usar el archivo de conteo (\(storageReason(reason)))"
    }
    public func statsPathProblem(_ path: String, _ problem: String) -> String {
        "--stats \(path): \(storageReason(problem))"
    }
    public func statsKeptAside(_ path: String, keptAs: String) -> String {
        "no se pudo usar \(path); se guardó como \(keptAs) y el conteo empieza de nuevo"
    }
    public func progressOpenNow(_ path: String) -> String { "\(path) está abierto en el programa ahora; salga primero" }
    public func progressFolderCannotBeCleared(_ folder: String) -> String {
        "no se puede escribir en \(folder), así que no se puede borrar el progreso que hay ahí"
    }
    public func terminalProblem(_ english: String) -> String {
        if english.hasPrefix("the tutorial needs a terminal") {
            return "el programa necesita una terminal: la entrada y la salida no pueden ser archivos ni tuberías"
        }
        if english.hasPrefix("the terminal type (TERM) is") {
            return "el tipo de terminal (TERM) "
                + (english.contains("not set") ? "no está definido" : "es 'dumb'")
                + "; el programa necesita una terminal de pantalla completa"
        }
        if english.hasPrefix("cannot use the terminal type ") {
            return "no se puede usar el tipo de terminal " + english.dropFirst("cannot use the terminal type ".count)
        }
        return english
    }
    public func noProgressToClear(_ path: String) -> String { "No hay progreso que borrar en \(path)." }
    public func confirmReset(_ path: String) -> String {
        "Esto borra todo el progreso de \(path). Se guarda una copia. Escriba sí para seguir: "
    }
    public func yesAnswers() -> [String] { ["sí", "si", "s", "yes", "y"] }
    public func nothingChanged() -> String { "No se cambió nada." }
    public func progressCleared(keptAs: String?) -> String {
        "Progreso borrado." + (keptAs.map { " El archivo anterior se guardó como \($0)." } ?? "")
    }
    public func statsLabels() -> KioskStatsReport.Labels {
        KioskStatsReport.Labels(
            title: "Conteos del quiosco", visits: "Visitas", lessons: "Lecciones", noneYet: "ninguna todavía",
            lesson: "lección", started: "empezadas", finished: "terminadas", mostMissed: "Preguntas más falladas",
            question: "pregunta", wrong: "mal", right: "bien", answersPerQuestion: "Respuestas por pregunta")
    }
}
