// swift-tools-version:6.0
import PackageDescription

// Each layer of ../shared/ARCHITECTURE.md is a module, so the compiler keeps the shape:
// the engine cannot reach a file or the terminal, the view cannot touch curses, and only
// TerminalUI imports it.
let package = Package(
    name: "metastasis-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "metastasis-tutor", targets: ["metastasis-tutor"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Lessons, the course and the glossary as plain values, with where each came from.
        .target(name: "LessonModel"),
        // The system's libyaml (Debian: libyaml-dev), for its event parser.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Reading lesson files (libyaml events, read once into the model) and every lint rule.
        .target(name: "LessonFormat", dependencies: ["LessonModel", "CYAML"]),
        // The pure engine: state, actions, effects. No Foundation, no files, no clock.
        .target(name: "TutorEngine", dependencies: ["LessonModel"]),
        // The state laid out as a grid of styled cells; the key bindings; every word shown.
        .target(name: "TutorView", dependencies: ["TutorEngine", "LessonModel", "TutorStorage"]),
        // Progress files, locks and kiosk counts on disk.
        .target(name: "TutorStorage", dependencies: ["TutorEngine", "LessonModel"]),
        // ncursesw, wrapped so Swift 6 can reach its macros and globals (see shim.h).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The one place that talks to ncurses.
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "TutorView", "TutorEngine"]),
        // The lessons of Lessons/, checked by lint when the binary is built.
        .target(name: "BuiltinLessons", dependencies: ["LessonModel"], plugins: ["EmbedLessonsPlugin"]),
        .executableTarget(name: "embed-lessons", dependencies: ["LessonFormat", "LessonModel"]),
        .plugin(name: "EmbedLessonsPlugin", capability: .buildTool(), dependencies: ["embed-lessons"]),
        .executableTarget(
            name: "metastasis-tutor",
            dependencies: [
                "LessonModel", "LessonFormat", "TutorEngine", "TutorView", "TutorStorage", "TerminalUI",
                "BuiltinLessons",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TutorCoreTests",
            dependencies: [
                "LessonModel", "LessonFormat", "TutorEngine", "TutorView", "TutorStorage", "BuiltinLessons", "TerminalUI",
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "metastasis-tutor", "LessonModel", "TutorEngine", "TutorStorage", "BuiltinLessons",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
