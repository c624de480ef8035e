import LessonModel

/// The engine's rules while a quiz round is on screen.
enum QuizEngine {
    static func start(
        _ state: inout TutorState, scope: QuizScope, origin: QuizRound.Origin, count: Int,
        tutorial: Tutorial, now: Instant
    ) -> [Effect] {
        let library = tutorial.library
        let candidates = library.questions.filter { item in
            switch scope {
            case .all: return true
            case .lesson(let id): return item.lessonID == id
            case .part(let number): return library.part(of: item.lessonID)?.number == number
            }
        }
        let items = QuizPlanner.items(from: candidates, cards: state.reviewCards, now: now, count: count)
        state.quiz = QuizRound(
            origin: origin, items: candidates.isEmpty ? [] : items,
            shuffleSalt: String(Int(now.secondsSince1970)))
        state.overlay = nil
        state.scroll = 0
        if candidates.isEmpty { state.notice = .noQuestionsThere }
        return []
    }

    /// nil when the action is not the quiz's to handle (menus, help, quitting).
    static func reduce(
        _ state: inout TutorState, _ action: Action, tutorial: Tutorial, now: Instant, measure: ScreenMeasure?
    ) -> [Effect]? {
        guard var round = state.quiz else { return nil }
        let item = round.current
        let question = item.flatMap { tutorial.library.question($0) }
        let salt = round.shuffleSalt

        switch action {
        case .choose(let number):
            guard let item, let question else { return [] }
            guard round.shownAnswer == nil else {
                state.notice = .nextQuestion
                return []
            }
            let pick = QuestionInput.pick(number, question: question, draft: &round.draft, salt: salt)
            state.quiz = round
            switch pick {
            case .invalid:
                state.notice = QuestionInput.hint(question, draft: round.draft, salt: salt)
                return []
            case .alreadyPlaced(let number):
                state.notice = .alreadyPlaced(number)
                return []
            case .partial:
                return []
            case .complete(let response):
                let answer = Answer(
                    questionID: item.questionID, lessonID: item.lessonID, response: response,
                    correct: question.isCorrect(response), at: now, inQuiz: round.origin.isReview ? nil : true)
                if !round.firstTries.contains(where: { $0.questionID == item.questionID }) {
                    state.reviewCards[item.questionID] = ReviewCard.after(
                        state.reviewCards[item.questionID], correct: answer.correct, now: now)
                }
                round.record(answer)
                state.quiz = round
                state.answerLog.append(answer)
                return [.saveProgress, .answered(questionID: item.questionID, correct: answer.correct)]
            }
        case .moveHighlight(let delta):
            if let question, round.shownAnswer == nil {
                QuestionInput.moveHighlight(delta, question: question, draft: &round.draft, salt: salt)
                state.quiz = round
            }
            return []
        case .confirm where !round.finished && round.shownAnswer == nil:
            if let question,
                let number = QuestionInput.highlightedNumber(question: question, draft: round.draft, salt: salt)
            {
                return reduce(&state, .choose(number), tutorial: tutorial, now: now, measure: measure)
            }
            if let question { state.notice = QuestionInput.hint(question, draft: round.draft, salt: salt) }
            return []
        case .confirm, .next:
            if round.finished { return finish(&state, origin: round.origin, tutorial) }
            round.advance()
            state.quiz = round
            state.scroll = 0
                return []
        case .takeBackPick:
            if round.shownAnswer == nil, QuestionInput.takeBack(&round.draft) { state.quiz = round }
            return []
        case .back:
            state.notice = .quizGoesForwardOnly
            return []
        case .endQuiz:
            if round.finished { return finish(&state, origin: round.origin, tutorial) }
            round.finished = true
            state.quiz = round
            state.scroll = 0
                return []
        case .scroll(let delta):
            state.scroll = max(0, state.scroll + delta)
            Engine.clampScroll(&state, tutorial, measure)
            return []
        default:
            return nil
        }
    }

    /// Leaves the summary: back to the lessons, the end of a `quiz` session, or on from a
    /// review's questions to the rest of the lesson.
    private static func finish(_ state: inout TutorState, origin: QuizRound.Origin, _ tutorial: Tutorial) -> [Effect] {
        state.quiz = nil
        state.scroll = 0
        switch origin {
        case .command: return [.saveProgress, .quit]
        case .menu: return [.saveProgress]
        case .review(let unit):
            state.position = Position(unit: unit, screen: ReviewRound.lastQuestionScreen(of: tutorial.units[unit]))
            return Engine.stepForward(&state, tutorial)
        }
    }
}
