import LessonModel
import TutorEngine

/// A question on paper, numbered in its lesson, and its line of the answer key. Choices
/// come in the order the screen shows them (`displayOrder()`, no salt), so the numbers in
/// the key are the ones a learner sees in the tutorial too.
enum QuestionPrint {
    static func lines(_ question: Question, number: Int, width: Int, words: any Words) -> [String] {
        var out = PrintText.wrap(question.prompt, width: width, prefix: words.printedQuestionNumber(number))
        let order = question.displayOrder()
        switch question.form {
        case .choice(let choices, _):
            out += numbered(order.map { choices[$0].text }, width: width)
        case .order(let items):
            out += numbered(order.map { items[$0] }, width: width)
            out += PrintText.wrap(words.writeTheOrder(), width: width, prefix: "  ")
        case .match(let pairs):
            let options = question.matchOptions
            for pair in pairs { out += PrintText.wrap(pair.left + ": ____", width: width, prefix: "  ") }
            out += PrintText.wrap(words.writeTheMatch(), width: width, prefix: "  ")
            out += numbered(order.map { options[$0] }, width: width)
        }
        return out
    }

    /// `1. 2 (the right choice)`, then why, indented under it. An order or a match answer
    /// takes a line for each item or pair: on one line it would read as one long sentence.
    static func answerLines(_ question: Question, number: Int, width: Int, words: any Words) -> [String] {
        let order = question.displayOrder()
        func shown(_ index: Int) -> Int { (order.firstIndex(of: index) ?? index) + 1 }
        var answers: [String]
        var why: [String] = []
        switch question.form {
        case .choice(let choices, let right):
            answers = ["\(shown(right)) (\(choices[right].text))"]
            if let feedback = choices[right].feedback { why.append(feedback) }
        case .order(let items):
            answers = items.indices.map { (index: Int) -> String in
                (index == 0 ? "" : words.answerThen()) + "\(shown(index)) (\(items[index]))"
            }
        case .match(let pairs):
            let options = question.matchOptions
            answers = pairs.map { pair in
                "\(pair.left): \(shown(options.firstIndex(of: pair.right) ?? 0)) (\(pair.right))"
            }
        }
        if let explanation = question.explanation { why.append(explanation) }
        let prefix = "\(number). "
        let indent = String(repeating: " ", count: prefix.count)
        var out: [String] = []
        for (index, answer) in answers.enumerated() {
            out += PrintText.wrap(answer, width: width, prefix: index == 0 ? prefix : indent)
        }
        if !why.isEmpty {
            out += PrintText.wrap(why.joined(separator: " "), width: width, prefix: indent)
        }
        return out
    }

    private static func numbered(_ texts: [String], width: Int) -> [String] {
        texts.enumerated().flatMap { PrintText.wrap($0.element, width: width, prefix: "  \($0.offset + 1). ") }
    }
}
