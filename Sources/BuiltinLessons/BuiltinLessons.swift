/// The lesson files that were under `Lessons/` when this binary was built, as
/// (path relative to the package, text) pairs. `--lessons DIR` replaces them at run time.
public enum BuiltinLessons {
    public static var files: [(path: String, text: String)] { embeddedLessonFiles }
}
