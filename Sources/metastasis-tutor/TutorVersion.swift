/// The tutorial's version, in this one place: `--version` prints it, and scripts/package reads
/// it from this line to name the .deb (metastasis-tutor_VERSION_amd64.deb).
enum TutorVersion {
    static let current = "1.0.0"
}
