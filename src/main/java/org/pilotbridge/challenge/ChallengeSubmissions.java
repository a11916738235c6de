package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hook of the {@code proposal} module into a challenge's deadline. Within its submit (or
 * withdraw) transaction it first calls {@link #lockForSubmission}, then stores the proposal, then
 * calls {@link #recordSubmission} (or {@link #recordWithdrawal}). The challenge's row lock, held until
 * that transaction ends, serialises the submission with the closing of the challenge: a proposal is
 * either stored before the challenge closes, or refused.
 * <p>
 * Everything done under the lock is kept short, since every other submission to the challenge waits
 * for it: the challenge is read once, and a submission or withdrawal is counted with one statement
 * that changes the counters and the version only (the aggregate's full save would rewrite its
 * criteria and amendments and recompute its search columns).
 *
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChallengeSubmissions {

	private final Challenges challenges;

	private final ChallengeClosing closing;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChallengeSubmissions(Challenges challenges, ChallengeClosing closing, JdbcClient jdbc, Clock clock) {
		this.challenges = challenges;
		this.closing = closing;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Locks the challenge until the caller's transaction ends (closing it first if its deadline has
	 * passed), checks that it is open, and returns it as read under the lock.
	 *
	 * @throws ProposalDeadlinePassed when the challenge is not published or its deadline has passed
	 * @throws ChallengeNotFound when there is no such challenge
	 */
	public ChallengeSummary lockForSubmission(ChallengeId id) {
		closing.closeIfDue(id);
		var challenge = openAndLocked(id);
		return ChallengeSummary.of(challenge, clock.instant());
	}

	/**
	 * Counts a proposal submitted under the lock; from now on the criteria cannot change.
	 *
	 * @throws ProposalDeadlinePassed when the challenge is not open any more
	 */
	public void recordSubmission(ChallengeId id) {
		count(id, """
				UPDATE challenge SET submitted_count = submitted_count + 1, had_submission = TRUE, version = version + 1
				WHERE id = ? AND state = 'PUBLISHED' AND proposals_deadline > ?
				""");
	}

	/**
	 * Counts a proposal withdrawn before the deadline.
	 *
	 * @throws ProposalDeadlinePassed when the challenge is not open any more
	 */
	public void recordWithdrawal(ChallengeId id) {
		count(id, """
				UPDATE challenge SET submitted_count = GREATEST(0, submitted_count - 1), version = version + 1
				WHERE id = ? AND state = 'PUBLISHED' AND proposals_deadline > ?
				""");
	}

	/**
	 * Changes the counters of the challenge, in one statement that also checks it is still open (and
	 * takes its row lock, if the caller has not already).
	 */
	private void count(ChallengeId id, String update) {
		if (jdbc.sql(update).params(id.id(), Timestamp.from(clock.instant())).update() == 0) {
			throw new ProposalDeadlinePassed(id);
		}
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
