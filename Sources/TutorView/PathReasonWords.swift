import TutorEngine

/// Why a lesson is on a learner's own path, in the menu's words.
enum PathReasonWords {
    static func text(_ reason: PathReason) -> String {
        switch reason {
        case .everyone: "for everyone"
        case .spreadHere: "where your cancer has spread"
        case .oftenSpreadsHere(let cancer): "where \(cancer) often spreads"
        case .added: "added for you"
        }
    }
}
