import ArgumentParser

struct MetastasisTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metastasis-tutor",
        abstract: "A terminal tutorial on how cancer spreads (metastasis), for patients and families.",
        discussion: "General education only, not medical advice. Talk with your care team about your own situation.",
        version: TutorVersion.current,
        subcommands: [
            StartCommand.self, QuizCommand.self, ProgressCommand.self, LintCommand.self, GlossaryCommand.self,
            HandoutCommand.self, QuestionsCommand.self, SummaryCommand.self, SpeakCommand.self, StatsCommand.self,
        ],
        defaultSubcommand: StartCommand.self
    )
}
