import LessonModel

/// A progress file is only data on a disk: it may have been edited by hand, damaged, or
/// written for a course whose lessons have since changed. Nothing in it is trusted. Every
/// value is checked against the course here, before the engine or the view sees it, and one
/// that does not fit is dropped and counted (so the learner can be told), never passed on:
/// the view indexes choices and items with the saved numbers, and the review boxes do
/// arithmetic with the saved counts.
extension ProgressRecord {
    /// The record with every value that fits the course, and how many were dropped.
    public struct Checked: Equatable, Sendable {
        public var record: ProgressRecord
        public var dropped: Int
    }

    /// Dates before this are not believed: the tutorial did not exist.
    static let earliestDate = Instant(
        civil: CivilTime(year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0, weekday: 0))
    /// Nor after this: far enough for any clock, near enough that date arithmetic stays small.
    static let latestDate = Instant(
        civil: CivilTime(year: 3000, month: 1, day: 1, hour: 0, minute: 0, second: 0, weekday: 0))
    /// More right or wrong answers to one question than anyone gives; bigger means damage.
    public static let countLimit = 1_000_000

    public func checked(against library: LessonLibrary) -> Checked {
        var dropped = 0
        var clean = ProgressRecord()
        if let learnerPath {
            let checked = learnerPath.checked(against: library)
            clean.learnerPath = checked.path
            dropped += checked.dropped
        }
        let ownPath = clean.learnerPath.flatMap { Tutorial(library: library, learnerPath: $0) }

        if library.lessonIDs(inPath: path) != nil || (path == PersonalPath.pathName && ownPath != nil) {
            clean.path = path
        } else {
            dropped += 1
        }

        var tutorials: [String: Tutorial] = [:]
        if let ownPath { tutorials[PersonalPath.pathName] = ownPath }
        for (name, saved) in positions {
            guard library.lessonIDs(inPath: name) != nil || tutorials[name] != nil,
                let tutorial = tutorials[name] ?? Tutorial(library: library, pathName: name),
                let unit = tutorial.unitIndex(of: saved.lesson)
            else {
                dropped += 1
                continue
            }
            tutorials[name] = tutorial
            var position = saved
            let screens = tutorial.units[unit].screens.count
            if !(0..<screens).contains(saved.screen) {
                // The lesson is real but the screen is not (the lesson got shorter): its last
                // screen is the nearest real place.
                position.screen = min(max(0, saved.screen), max(0, screens - 1))
                dropped += 1
            }
            clean.positions[name] = position
        }

        var seen: Set<String> = []
        for id in finishedLessons {
            if library.lessons[id] != nil, seen.insert(id).inserted {
                clean.finishedLessons.append(id)
            } else {
                dropped += 1
            }
        }

        for answer in answers {
            guard
                let question = library.question(
                    QuizRound.Item(questionID: answer.questionID, lessonID: answer.lessonID)),
                Self.fits(answer.response, question), Self.isSane(answer.at)
            else {
                dropped += 1
                continue
            }
            var kept = answer
            // "Correct" is worked out again, so it agrees with the right answer shown next to it.
            let correct = question.isCorrect(answer.response)
            if correct != answer.correct {
                kept.correct = correct
                dropped += 1
            }
            clean.answers.append(kept)
        }
        clean.answers = AnswerLog.bounded(clean.answers)

        if let cards = reviewCards {
            let questionIDs = Set(library.questions.map(\.questionID))
            var kept: [String: ReviewCard] = [:]
            for (id, card) in cards {
                if questionIDs.contains(id), Self.isSane(card) {
                    kept[id] = card
                } else {
                    dropped += 1
                }
            }
            clean.reviewCards = kept.isEmpty ? nil : kept
        }

        if let questions {
            var kept: [LearnerQuestion] = []
            for var question in questions {
                let clean = question.text.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
                guard clean, !question.text.isEmpty, question.text.count <= LearnerQuestion.lengthLimit,
                    Self.isSane(question.at), kept.count < LearnerQuestion.countLimit
                else {
                    dropped += 1
                    continue
                }
                // A lesson that has gone keeps the question; only the note of where it was written goes.
                if let id = question.lessonID, library.lessons[id] == nil {
                    question.lessonID = nil
                    dropped += 1
                }
                kept.append(question)
            }
            clean.questions = kept.isEmpty ? nil : kept
        }

        if let marks = teachBack {
            let kept = marks.filter { library.lessons[$0.key] != nil }
            dropped += marks.count - kept.count
            clean.teachBack = kept.isEmpty ? nil : kept
        }

        if let updatedAt {
            if Self.isSane(updatedAt) { clean.updatedAt = updatedAt } else { dropped += 1 }
        }
        return Checked(record: clean, dropped: dropped)
    }

    /// Whether a saved response is one the question could have been given: as many picks as
    /// it takes, each pointing at a real choice, item or option (an order uses each item once).
    static func fits(_ response: [Int], _ question: Question) -> Bool {
        guard response.count == question.picksNeeded else { return false }
        switch question.form {
        case .choice(let choices, _):
            return response.allSatisfy(choices.indices.contains)
        case .order(let items):
            return Set(response) == Set(items.indices)
        case .match:
            return response.allSatisfy(question.matchOptions.indices.contains)
        }
    }

    static func isSane(_ instant: Instant) -> Bool {
        instant.secondsSince1970.isFinite && instant >= earliestDate && instant <= latestDate
    }

    /// A card as `ReviewCard.after` makes them: a real box, counts that can still grow, and
    /// due no later than the longest interval after the last answer.
    static func isSane(_ card: ReviewCard) -> Bool {
        let longest = Double((ReviewCard.intervals.last ?? 0) * 86_400)
        return (1...ReviewCard.boxCount).contains(card.box) && (0...countLimit).contains(card.right)
            && (0...countLimit).contains(card.wrong) && isSane(card.due) && isSane(card.lastAnswered)
            && card.due >= card.lastAnswered && card.due.seconds(since: card.lastAnswered) <= longest + 1
    }
}
