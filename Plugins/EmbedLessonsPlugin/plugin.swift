import Foundation
import PackagePlugin

/// Builds the lesson files of `Lessons/` into the binary, so that a release binary copied
/// alone to another folder still runs the whole course. The files stay the only place
/// where lesson text is written: the generated Swift lives in the build folder only.
@main
struct EmbedLessonsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessonsRoot = context.package.directoryURL.appending(path: "Lessons")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessonFiles.swift")
        let inputs = lessonFiles(under: lessonsRoot)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lesson files",
                executable: try context.tool(named: "embed-lessons").url,
                arguments: [context.package.directoryURL.path(), output.path()]
                    + inputs.map { $0.path() },
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
