// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "metastasis-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "metastasis-tutor", targets: ["metastasis-tutor"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // ncursesw, wrapped so Swift 6 can reach its macros and globals (see shim.h).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // Lessons, lint, the pure engine, the screen layout, progress and handouts: no terminal here.
        .target(
            name: "TutorCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The lesson files of Lessons/en, built into the binary so it runs when copied alone.
        .target(name: "BuiltinLessons", plugins: ["EmbedLessonsPlugin"]),
        .executableTarget(name: "embed-lessons"),
        .plugin(name: "EmbedLessonsPlugin", capability: .buildTool(), dependencies: ["embed-lessons"]),
        // The one place that talks to ncurses.
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "TutorCore"]),
        .executableTarget(
            name: "metastasis-tutor",
            dependencies: [
                "TutorCore", "TerminalUI", "BuiltinLessons",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "BuiltinLessons"]),
        .testTarget(name: "EndToEndTests", dependencies: ["metastasis-tutor", "TutorCore"]),
    ],
    swiftLanguageModes: [.v6]
)
