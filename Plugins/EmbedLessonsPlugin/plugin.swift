import Foundation
import PackagePlugin

/// Builds the lessons of `Lessons/` into the binary: `embed-lessons` runs the full lint on
/// each language folder (one holding a `course.yaml`) and writes the checked lessons as Swift
/// values. A lesson problem fails the build; the tutorial reads no YAML when it starts, and a
/// release binary copied alone still runs the whole course. The YAML files stay the only place
/// where lesson text is written: the generated Swift lives in the build folder only.
@main
struct EmbedLessonsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessonsRoot = context.package.directoryURL.appending(path: "Lessons")
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledLessons.swift")
        let inputs = lessonFiles(under: lessonsRoot)
        let languages = Set(
            inputs.filter { $0.lastPathComponent == "course.yaml" }
                .map { "Lessons/" + $0.deletingLastPathComponent().lastPathComponent }
        ).sorted()
        return [
            .buildCommand(
                displayName: "Checking and compiling the lessons of \(languages.joined(separator: ", "))",
                executable: try context.tool(named: "embed-lessons").url,
                arguments: [context.package.directoryURL.path(), output.path()] + languages,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func lessonFiles(under root: URL) -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: nil)
        else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.path() < $1.path() }
    }
}
