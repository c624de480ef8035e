import LessonModel
import TerminalUI

/// Reads the start command's options without ArgumentParser, for the common starts
/// (`metastasis-tutor`, `--progress FILE`, `--kiosk --stats FILE`, ...). ArgumentParser reads
/// its commands by reflection, which brings about 2 MiB of code into memory before the first
/// screen (README, "Benchmarks"). Anything this does not take exactly as written (help, a
/// subcommand, an unknown or repeated option, a value that starts with -) is left to
/// ArgumentParser, which gives the usual help and errors; a test checks that the two agree.
enum QuickStartArguments {
    static func settings<Arguments: Collection<String>>(_ arguments: Arguments) -> StartSettings? {
        var settings = StartSettings()
        var seen: Set<String> = []
        var remaining = arguments[...]
        if remaining.first == "start" { remaining = remaining.dropFirst() }
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--") else { return nil }
            var name = argument
            var attached: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            guard seen.insert(name).inserted else { return nil }
            if ["--plain", "--kiosk", "--guided", "--read-aloud"].contains(name) {
                guard attached == nil else { return nil }
                switch name {
                case "--plain": settings.plain = true
                case "--kiosk": settings.kiosk = true
                case "--guided": settings.guided = true
                default: settings.readAloud = true
                }
                continue
            }
            guard let value = attached ?? remaining.popFirst(), !value.hasPrefix("-") else { return nil }
            switch name {
            case "--lessons": settings.lessonsDirectory = value
            case "--language":
                guard let language = Language(rawValue: value) else { return nil }
                settings.language = language
            case "--progress": settings.progressFile = value
            case "--learner": settings.learner = value
            case "--stats": settings.stats = value
            case "--lesson": settings.lesson = value
            case "--path": settings.path = value
            case "--theme":
                guard let theme = Theme(rawValue: value) else { return nil }
                settings.theme = theme
            case "--idle-timeout", "--idle-countdown":
                guard let seconds = Double(value) else { return nil }
                if name == "--idle-timeout" { settings.idleTimeout = seconds } else { settings.idleCountdown = seconds }
            default: return nil
            }
        }
        return settings
    }
}
