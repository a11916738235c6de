package org.pilotbridge.challenge;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * Clarification questions: members of companies ask before the questions deadline; the
 * managers of the challenge answer them in public, without revealing who asked, or reject
 * them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ClarificationManagement {

	/** The longest question a company may ask. */
	public static final int QUESTION_MAX_LENGTH = Question.TEXT_MAX_LENGTH;

	private final Questions questions;

	private final Challenges challenges;

	private final ChallengeClosing closing;

	private final ChallengeAccess access;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClarificationManagement(Questions questions, Challenges challenges, ChallengeClosing closing,
			ChallengeAccess access, CurrentPerson current, ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.challenges = challenges;
		this.closing = closing;
		this.access = access;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks a question for the company the current person acts for.
	 * @throws InvalidInput ({@code challenge.question.deadline-passed}) after the
	 * questions deadline, or when the text is missing or too long
	 */
	public QuestionId ask(ChallengeId id, String text) {
		var asker = access.requireCompanyMember();
		var question = requireText("question", text, Question.TEXT_MAX_LENGTH);
		closing.closeIfDue(id);
		var challenge = challenges.findById(id.id())
			.filter(c -> c.state().isPublic())
			.orElseThrow(() -> new ChallengeNotFound(id));
		var now = clock.instant();
		if (!challenge.acceptsQuestionsAt(now)) {
			throw InvalidInput.of("question", "challenge.question.deadline-passed");
		}
		var asked = questions.save(Question.ask(id, asker.person(), asker.company(), question, now));
		events.publishEvent(new QuestionAsked(asked.id(), id, challenge.reference().orElseThrow(), challenge.title(),
				challenge.agency(), current.auditRecord("challenge.question-asked", "challenge", id,
						Map.of("question", asked.id().toString()))));
		return asked.id();
	}

	/**
	 * Publishes the answer to a pending question.
	 * @param publicQuestion the question as it is published, rephrased to leave out
	 * anything that identifies who asked; blank to publish it as asked
	 * @throws ProposalDeadlinePassed when the challenge has closed
	 */
	public void answer(QuestionId questionId, @Nullable String publicQuestion, String answer) {
		var question = pendingOfManagedChallenge(questionId);
		var answerText = requireText("answer", answer, Question.ANSWER_MAX_LENGTH);
		var rephrased = publicQuestion == null || publicQuestion.isBlank() ? question.originalText()
				: requireText("question", publicQuestion, Question.TEXT_MAX_LENGTH);
		question.answer(rephrased, answerText, current.required(), clock.instant());
		questions.save(question);
		var challenge = challenges.findById(question.challenge().id()).orElseThrow();
		events.publishEvent(
				new AnswerPublished(questionId, challenge.id(), challenge.reference().orElseThrow(), challenge.title(),
						challenge.agency(), question.askedBy(), current.auditRecord("challenge.answer-published",
								"challenge", challenge.id(), Map.of("question", questionId.toString()))));
	}

	/**
	 * Rejects a pending question; only the person who asked sees the reason.
	 */
	public void reject(QuestionId questionId, String reason) {
		var question = pendingOfManagedChallenge(questionId);
		var why = requireText("reason", reason, Challenge.REASON_MAX_LENGTH);
		question.reject(why, current.required(), clock.instant());
		questions.save(question);
		var challenge = challenges.findById(question.challenge().id()).orElseThrow();
		events.publishEvent(new QuestionRejected(questionId, challenge.id(), challenge.reference().orElseThrow(),
				challenge.title(), question.askedBy(), why, current.auditRecord("challenge.question-rejected",
						"challenge", challenge.id(), Map.of("question", questionId.toString(), "reason", why))));
	}

	private Question pendingOfManagedChallenge(QuestionId questionId) {
		var question = questions.findById(questionId.id())
			.orElseThrow(() -> InvalidInput.of("question", "challenge.question.already-decided"));
		closing.closeIfDue(question.challenge());
		var challenge = challenges.findById(question.challenge().id()).orElseThrow();
		access.requireManager(challenge);
		if (!challenge.isOpenAt(clock.instant())) {
			throw new ProposalDeadlinePassed(challenge.id());
		}
		if (question.state() != QuestionState.PENDING) {
			throw InvalidInput.of("question", "challenge.question.already-decided");
		}
		return question;
	}

	private static String requireText(String field, @Nullable String text, int maxLength) {
		var stripped = UserText.clean(text);
		new InvalidInput.Problems().require(!stripped.isEmpty(), field, "validation.required")
			.require(stripped.length() <= maxLength, field, "validation.too-long", maxLength)
			.throwIfAny();
		return stripped;
	}

}
