package org.pilotbridge.challenge;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.shared.Markdown;

/**
 * What people see of clarification questions: everyone the published answers (never who
 * asked), the managers of the challenge the pending questions and who asked them, and the
 * asker their own questions with the reason of a rejection.
 */
@Service
@Transactional(readOnly = true)
public class ClarificationQuery {

	private final Questions questions;

	private final Challenges challenges;

	private final ChallengeAccess access;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	ClarificationQuery(Questions questions, Challenges challenges, ChallengeAccess access, CurrentPerson current,
			OrganisationDirectory directory) {
		this.questions = questions;
		this.challenges = challenges;
		this.access = access;
		this.current = current;
		this.directory = directory;
	}

	/**
	 * The published questions and answers of a public challenge, oldest first; anyone may
	 * read them.
	 */
	public List<PublishedAnswer> answers(ChallengeId id) {
		challenges.findById(id.id()).filter(c -> c.state().isPublic()).orElseThrow(() -> new ChallengeNotFound(id));
		return questions.findByChallengeAndState(id.id(), QuestionState.ANSWERED.name())
			.stream()
			.map(PublishedAnswer::of)
			.toList();
	}

	/**
	 * The questions waiting for an answer, with who asked, for the managers of the
	 * challenge only.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<PendingQuestion> pending(ChallengeId id) {
		var challenge = challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		access.requireManager(challenge);
		return questions.findByChallengeAndState(id.id(), QuestionState.PENDING.name())
			.stream()
			.map(q -> new PendingQuestion(q.id(), q.originalText(), q.askedBy(),
					directory.person(q.askedBy()).map(PersonSummary::displayName).orElse(""), q.askedFor(),
					directory.organisation(q.askedFor()).map(OrganisationSummary::name).orElse(""), q.askedAt()))
			.toList();
	}

	/** The current person's own questions about a challenge, whatever became of them. */
	@PreAuthorize("isAuthenticated()")
	public List<MyQuestion> mine(ChallengeId id) {
		return questions.findByChallengeAndAsker(id.id(), current.required().id())
			.stream()
			.map(q -> new MyQuestion(q.id(), q.originalText(), q.state(), q.publicText().orElse(null),
					q.answer().map(Markdown::toSafeHtml).orElse(null), q.rejectionReason().orElse(null), q.askedAt(),
					q.decidedAt().orElse(null)))
			.toList();
	}

	/**
	 * A question and its answer as published.
	 *
	 * @param answerHtml the answer as safe HTML
	 */
	public record PublishedAnswer(QuestionId id, String question, String answerHtml, Instant answeredAt) {

		static PublishedAnswer of(Question question) {
			return new PublishedAnswer(question.id(), question.publicText().orElse(""),
					Markdown.toSafeHtml(question.answer().orElse("")), question.decidedAt().orElseThrow());
		}

	}

	public record PendingQuestion(QuestionId id, String text, PersonId askedBy, String askerName,
			OrganisationId company, String companyName, Instant askedAt) {
	}

	public record MyQuestion(QuestionId id, String text, QuestionState state, @Nullable String publishedAs,
			@Nullable String answerHtml, @Nullable String rejectionReason, Instant askedAt,
			@Nullable Instant decidedAt) {
	}

}
