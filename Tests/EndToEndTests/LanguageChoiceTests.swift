import Foundation
import Testing

/// How the language is chosen, from the command line: `--language`, then the progress file's,
/// then LANGUAGE / LC_ALL / LC_MESSAGES / LANG, then English.
@Suite struct LanguageChoiceTests {
    /// The test run's environment with the language variables set as given (the rest removed).
    func environment(_ values: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        return environment.merging(values) { _, new in new }
    }

    func handoutStart(_ arguments: [String], _ values: [String: String] = [:]) throws -> String {
        let (status, output) = try runTutor(["handout", "--no-title-page"] + arguments, environment: environment(values))
        #expect(status == 0, "\(output)")
        return String(output.prefix(200))
    }

    @Test func theCommandLineThenTheEnvironmentThenEnglish() throws {
        #expect(try handoutStart(["--language", "es"]).hasPrefix("Qué es la metástasis"))
        #expect(try handoutStart([]).hasPrefix("What metastasis is"))
        #expect(try handoutStart([], ["LANG": "es_MX.UTF-8"]).hasPrefix("Qué es la metástasis"))
        #expect(try handoutStart([], ["LANGUAGE": "es:en", "LANG": "en_US.UTF-8"]).hasPrefix("Qué es la metástasis"))
        // gettext's rule: LANGUAGE counts only when the locale is not C.
        #expect(try handoutStart([], ["LANGUAGE": "es", "LC_ALL": "C"]).hasPrefix("What metastasis is"))
        #expect(try handoutStart([], ["LC_MESSAGES": "es_ES.UTF-8"]).hasPrefix("Qué es la metástasis"))
        // A language the course lacks, from the environment: English, with no error.
        #expect(try handoutStart([], ["LANG": "fr_FR.UTF-8"]).hasPrefix("What metastasis is"))
        #expect(try handoutStart(["--language", "en"], ["LANG": "es_MX.UTF-8"]).hasPrefix("What metastasis is"))
    }

    @Test func aLanguageTheCourseLacksByNameIsOneLineOfError() throws {
        let (status, output) = try runTutor(["handout", "--language", "fr"])
        #expect(status != 0)
        #expect(output.contains("'fr' is invalid for '--language"), "\(output)")
        let (oneStatus, one) = try runTutor(["handout", "--lessons", Paths.fixtureLessons, "--language", "es", "alpha"])
        #expect(oneStatus == 0, "a folder of one course is read in the language asked for: \(one)")
        #expect(one.contains("Pregunta 1:") && one.contains("Respuestas"), "the program's words in Spanish around the test lesson: \(one)")
    }

    @Test func theProgressFileKeepsTheLanguageAndLAtTheStartOfPlainModeNeverSwitches() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/p.json"
        let spanish = try runTutor(["--plain", "--language", "es", "--progress", progress], input: "\nq\ny\n")
        #expect(spanish.output.contains("Lección 1 de 28: Qué es la metástasis"), "\(spanish.output)")
        #expect(try String(contentsOfFile: progress, encoding: .utf8).contains("\"language\" : \"es\""))
        // Next time, no --language: Spanish again, where the learner was.
        let again = try runTutor(["--plain", "--progress", progress], input: "q\ny\n", environment: environment([:]))
        #expect(again.output.contains("Qué es la metástasis"), "\(again.output)")
        // --language wins over the file, and the file then keeps the new choice.
        let english = try runTutor(["--plain", "--language", "en", "--progress", progress], input: "q\ny\n")
        #expect(english.output.contains("What metastasis is"), "\(english.output)")
        #expect(try String(contentsOfFile: progress, encoding: .utf8).contains("\"language\" : \"en\""))
    }

    @Test func aSavedLanguageThisBuildLacksStartsInEnglish() throws {
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/p.json"
        _ = try runTutor(["--plain", "--progress", progress], input: "q\ny\n")
        var saved = try String(contentsOfFile: progress, encoding: .utf8)
        saved = saved.replacingOccurrences(of: "\"language\" : \"en\"", with: "\"language\" : \"fr\"")
        try saved.write(toFile: progress, atomically: true, encoding: .utf8)
        let run = try runTutor(["--plain", "--progress", progress], input: "q\ny\n", environment: environment([:]))
        #expect(run.status == 0)
        #expect(run.output.contains("Welcome") && run.output.contains("Press Enter"), "\(run.output)")
        #expect(!run.output.contains("could not be used"), "the rest of the file is kept")
    }

    @Test func speakInSpanishWritesSpanishSpeech() throws {
        let folder = try Paths.temporaryDirectory()
        let english = try runTutor(["speak", "step-1", "--screen", "1", "--wav", folder + "/en.wav"])
        let spanish = try runTutor(
            ["speak", "step-1", "--screen", "1", "--language", "es", "--wav", folder + "/es.wav"])
        #expect(english.status == 0 && spanish.status == 0, "\(spanish.output)")
        let en = try FileManager.default.contentsOfFile(folder + "/en.wav")
        let es = try FileManager.default.contentsOfFile(folder + "/es.wav")
        #expect(es.count > 44 * 1000, "seconds of sound, not an empty file")
        #expect(en != es, "another text and voice")
    }

    @Test func theCommandLinesOwnErrorsInSpanish() throws {
        let lesson = try runTutor(["--language", "es", "--lesson", "nada"])
        #expect(lesson.status != 0 && lesson.output.contains("no hay ninguna lección llamada 'nada'"), "\(lesson.output)")
        let device = try runTutor(["--progress", "/dev/null"], environment: environment(["LANG": "es_MX.UTF-8"]))
        #expect(device.output.contains("/dev/null no puede guardar progreso: no es un archivo común"), "\(device.output)")
        let width = try runTutor(["handout", "--language", "es", "--width=-1"])
        #expect(width.output.contains("--width es un número de columnas"), "\(width.output)")
        let name = try runTutor(["--language=es", "--learner", "../x"])
        #expect(name.output.contains("el nombre '../x' no se puede usar: no puede tener / ni"), "\(name.output)")
        let pipe = try runTutor(["--language", "es", "--kiosk"])
        #expect(pipe.output.contains("el programa necesita una terminal"), "\(pipe.output)")
        let folder = try Paths.temporaryDirectory()
        _ = try runTutor(["--plain", "--progress", folder + "/p.json"], input: "q\ny\n")
        let reset = try runTutor(["progress", "--language", "es", "--progress", folder + "/p.json", "--reset"], input: "sí\n")
        #expect(reset.output.contains("Escriba sí para seguir") && reset.output.contains("Progreso borrado."), "\(reset.output)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.json"))
        // The same in English without a Spanish environment.
        let english = try runTutor(["--lesson", "nada"], environment: environment([:]))
        #expect(english.output.contains("there is no lesson called 'nada'"), "\(english.output)")
    }

    @Test func theGlossaryAndTheSheetsInSpanish() throws {
        let glossary = try runTutor(["glossary", "--language", "es"])
        #expect(glossary.output.contains("Metástasis"), "\(glossary.output.prefix(300))")
        let sheet = try runTutor(["handout", "--language", "es", "--sheet", "call-now"])
        #expect(sheet.output.hasPrefix("Llame de inmediato"), "\(sheet.output.prefix(200))")
        #expect(sheet.output.contains("911"))
    }
}

extension FileManager {
    func contentsOfFile(_ path: String) throws -> Data {
        try #require(contents(atPath: path), "\(path) was not written")
    }
}
