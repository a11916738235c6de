package org.pilotbridge.challenge;

/**
 * What a challenge allows at a given moment, as its read models answer it
 * ({@link PublicChallenge#actionsAt}, {@link ManagedChallenge#actionsAt}): pages and
 * views offer an action only when the challenge allows it, and never work it out from the
 * state themselves. The services check the same rules again when the action is taken.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public enum ChallengeAction {

	/**
	 * A company member follows the challenge, to hear of its amendments and answers: any
	 * public challenge.
	 */
	FOLLOW,

	/**
	 * A company member asks a clarification question: open, and before the questions
	 * deadline.
	 */
	ASK_QUESTION,

	/**
	 * A company prepares, submits or changes a proposal: open, before the proposals
	 * deadline.
	 */
	PROPOSE,

	/** The managers edit the draft. */
	EDIT_DRAFT,

	/** The managers publish the draft. */
	PUBLISH,

	/**
	 * The managers delete the draft, which was never published; the audit trail keeps
	 * that it existed.
	 */
	DELETE_DRAFT,

	/** The managers amend the published challenge, in public: while it is open. */
	AMEND,

	/**
	 * The managers withdraw the published challenge, with a public reason: while it is
	 * open.
	 */
	WITHDRAW,

	/**
	 * The managers see the questions waiting for an answer: while it is open, and
	 * afterwards as long as some are waiting (they are answered only while it is open).
	 */
	REVIEW_QUESTIONS,

	/**
	 * The managers compose the evaluation panel: from its publication on, unless it was
	 * withdrawn.
	 */
	COMPOSE_PANEL,

	/** The managers start the evaluation: closed for good, its proposals opened. */
	START_EVALUATION,

	/** The managers move the scoring due date: while under evaluation. */
	MOVE_SCORING_DUE,

	/**
	 * The managers follow the evaluation: once the deadline has passed, unless it was
	 * withdrawn.
	 */
	FOLLOW_EVALUATION,

	/** The managers run the pilots of the awarded proposals. */
	RUN_PILOTS

}
