package org.pilotbridge.challenge;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * A clarification question a company asked about a challenge. The managers publish it
 * with an answer, possibly rephrased so that it does not identify who asked (the original
 * is kept, never shown in public), or reject it with a reason only the asker sees.
 */
@Table("challenge_question")
class Question {

	static final int TEXT_MAX_LENGTH = 1000;

	static final int ANSWER_MAX_LENGTH = 10_000;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID challengeId;

	private final UUID askedBy;

	private final UUID askedFor;

	private final String originalText;

	private @Nullable String publicText;

	private @Nullable String answer;

	private @Nullable String rejectionReason;

	private QuestionState state;

	private final Instant askedAt;

	private @Nullable Instant decidedAt;

	private @Nullable UUID decidedBy;

	@PersistenceCreator
	Question(UUID id, @Nullable Integer version, UUID challengeId, UUID askedBy, UUID askedFor, String originalText,
			@Nullable String publicText, @Nullable String answer, @Nullable String rejectionReason, QuestionState state,
			Instant askedAt, @Nullable Instant decidedAt, @Nullable UUID decidedBy) {
		this.id = id;
		this.version = version;
		this.challengeId = challengeId;
		this.askedBy = askedBy;
		this.askedFor = askedFor;
		this.originalText = originalText;
		this.publicText = publicText;
		this.answer = answer;
		this.rejectionReason = rejectionReason;
		this.state = state;
		this.askedAt = askedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
	}

	static Question ask(ChallengeId challenge, PersonId person, OrganisationId company, String text, Instant now) {
		return new Question(UUID.randomUUID(), null, challenge.id(), person.id(), company.id(), text, null, null, null,
				QuestionState.PENDING, now, null, null);
	}

	QuestionId id() {
		return new QuestionId(id);
	}

	ChallengeId challenge() {
		return new ChallengeId(challengeId);
	}

	PersonId askedBy() {
		return new PersonId(askedBy);
	}

	OrganisationId askedFor() {
		return new OrganisationId(askedFor);
	}

	String originalText() {
		return originalText;
	}

	/** The question as published: rephrased by the managers, or as asked. */
	Optional<String> publicText() {
		return Optional.ofNullable(publicText);
	}

	Optional<String> answer() {
		return Optional.ofNullable(answer);
	}

	Optional<String> rejectionReason() {
		return Optional.ofNullable(rejectionReason);
	}

	QuestionState state() {
		return state;
	}

	Instant askedAt() {
		return askedAt;
	}

	Optional<Instant> decidedAt() {
		return Optional.ofNullable(decidedAt);
	}

	void answer(String publicQuestion, String answerText, PersonId by, Instant now) {
		requirePending();
		this.publicText = publicQuestion;
		this.answer = answerText;
		decided(QuestionState.ANSWERED, by, now);
	}

	void reject(String reason, PersonId by, Instant now) {
		requirePending();
		this.rejectionReason = reason;
		decided(QuestionState.REJECTED, by, now);
	}

	private void decided(QuestionState outcome, PersonId by, Instant now) {
		this.state = outcome;
		this.decidedBy = by.id();
		this.decidedAt = now;
	}

	private void requirePending() {
		if (state != QuestionState.PENDING) {
			throw new IllegalStateException("Question " + id + " is " + state);
		}
	}

}
