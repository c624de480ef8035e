import ArgumentParser

@main
enum Main {
    static func main() {
        // Options that fail a check go to ArgumentParser, which says what is wrong with the
        // usage line it always gives; the checks change nothing, so running them twice is safe.
        guard let settings = QuickStartArguments.settings(CommandLine.arguments.dropFirst()),
            (try? settings.validate()) != nil
        else {
            return MetastasisTutor.main()
        }
        do {
            try settings.run()
        } catch {
            // What ArgumentParser prints, and the exit status it gives, for an error the
            // default command throws while it runs.
            MetastasisTutor.exit(withError: error)
        }
    }
}
