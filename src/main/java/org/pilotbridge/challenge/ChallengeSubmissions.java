package org.pilotbridge.challenge;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hook of the {@code proposal} module into a challenge's deadline. Within its submit (or
 * withdraw) transaction it first calls {@link #lockForSubmission}, then stores the proposal, then
 * calls {@link #recordSubmission} (or {@link #recordWithdrawal}). The challenge's row lock, held until
 * that transaction ends, serialises the submission with the closing of the challenge: a proposal is
 * either stored before the challenge closes, or refused.
 *
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChallengeSubmissions {

	private final Challenges challenges;

	private final ChallengeClosing closing;

	private final Clock clock;

	ChallengeSubmissions(Challenges challenges, ChallengeClosing closing, Clock clock) {
		this.challenges = challenges;
		this.closing = closing;
		this.clock = clock;
	}

	/**
	 * Locks the challenge until the caller's transaction ends (closing it first if its deadline has
	 * passed) and checks that it is open.
	 *
	 * @throws ProposalDeadlinePassed when the challenge is not published or its deadline has passed
	 * @throws ChallengeNotFound when there is no such challenge
	 */
	public void lockForSubmission(ChallengeId id) {
		closing.closeIfDue(id);
		openAndLocked(id);
	}

	/**
	 * Counts a proposal submitted under the lock; from now on the criteria cannot change.
	 *
	 * @throws ProposalDeadlinePassed when the challenge is not open any more
	 */
	public void recordSubmission(ChallengeId id) {
		var challenge = openAndLocked(id);
		challenge.recordSubmission();
		challenges.save(challenge);
	}

	/**
	 * Counts a proposal withdrawn before the deadline.
	 *
	 * @throws ProposalDeadlinePassed when the challenge is not open any more
	 */
	public void recordWithdrawal(ChallengeId id) {
		var challenge = openAndLocked(id);
		challenge.recordWithdrawal();
		challenges.save(challenge);
	}

	/** The proposals submitted and not withdrawn. */
	@Transactional(readOnly = true)
	public int submittedCount(ChallengeId id) {
		return challenges.findById(id.id()).map(Challenge::submittedCount).orElseThrow(() -> new ChallengeNotFound(id));
	}

	private Challenge openAndLocked(ChallengeId id) {
		challenges.lock(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		var challenge = challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		if (!challenge.isOpenAt(clock.instant())) {
			throw new ProposalDeadlinePassed(id);
		}
		return challenge;
	}

}
