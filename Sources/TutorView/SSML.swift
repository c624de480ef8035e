/// Sentences as an SSML document for a speech engine: each a sentence element, with the five
/// characters XML gives meaning to escaped, so lesson text is always read as text.
public enum SSML {
    public static func document(_ sentences: [String]) -> String {
        "<speak>" + sentences.map { "<s>" + escaped($0) + "</s>" }.joined() + "</speak>"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
