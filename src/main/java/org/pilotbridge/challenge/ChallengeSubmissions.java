package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.pilotbridge.shared.RequestReceipt;

/**
 * The hook of the {@code proposal} module into a challenge's deadline. Within each change
 * of a proposal (its transaction) it first calls {@link #lockForSubmission}, then stores
 * the change, then calls {@link #recordSubmission} (or {@link #recordWithdrawal}). The
 * challenge's row lock, held until that transaction ends, serialises the change with the
 * closing of the challenge: a change is either stored before the proposals are opened, or
 * refused.
 * <p>
 * What counts is the time of receipt of the change ({@link RequestReceipt}), not the time
 * it commits: a change received before the deadline is kept even if the platform, busy at
 * the deadline, commits it later, provided it commits within
 * {@code pilotbridge.challenge.submission-timeout} of its receipt; nothing received at or
 * after the deadline is kept. The proposals are opened only
 * {@code pilotbridge.challenge.opening-delay} (at least that timeout) after the deadline,
 * so no change received in time is still on its way then.
 * <p>
 * Everything done under the lock is kept short, since every other change of the
 * challenge's proposals waits for it: the challenge is read once, and a submission or
 * withdrawal is counted with one statement that changes the counters and the version only
 * (the aggregate's full save would rewrite its criteria and amendments and recompute its
 * search columns).
 *
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChallengeSubmissions {

	private final Challenges challenges;

	private final ChallengeClosing closing;

	private final RequestReceipt receipt;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration timeout;

	ChallengeSubmissions(Challenges challenges, ChallengeClosing closing, RequestReceipt receipt, JdbcClient jdbc,
			ChallengeProperties properties, Clock clock) {
		this.challenges = challenges;
		this.closing = closing;
		this.receipt = receipt;
		this.jdbc = jdbc;
		this.timeout = properties.submissionTimeout();
		this.clock = clock;
	}

	/**
	 * A change received in time, with the challenge as read under its lock.
	 *
	 * @param receivedAt when the request carrying the change was received (see
	 * {@link RequestReceipt})
	 */
	public record Received(ChallengeSummary challenge, Instant receivedAt) {
	}

	/**
	 * Locks the challenge until the caller's transaction ends (closing it first if its
	 * opening delay has passed), checks that the change being made was received before
	 * the deadline and that its proposals are not opened yet, and arranges that the
	 * transaction commits within the submission timeout of the receipt or not at all.
	 * @throws ProposalDeadlinePassed when the change was received at or after the
	 * deadline, or the challenge is not published
	 * @throws SubmissionTimedOut when it was received in time but the proposals have been
	 * opened since, or (when the transaction is about to commit) the submission timeout
	 * has passed since its receipt
	 * @throws ChallengeNotFound when there is no such challenge
	 */
	public Received lockForSubmission(ChallengeId id) {
		var receivedAt = receipt.receivedAt();
		closing.closeIfDue(id);
		challenges.lock(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		var challenge = challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		if (!challenge.receivedInTime(receivedAt)) {
			var opened = challenge.state() == ChallengeState.CLOSED
					&& challenge.proposalsDeadline().filter(receivedAt::isBefore).isPresent();
			throw opened ? timedOut(id) : new ProposalDeadlinePassed(id);
		}
		var commitBy = receivedAt.plus(timeout);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				refuseUnlessBefore(commitBy, id);
			}

		});
		return new Received(ChallengeSummary.of(challenge, clock.instant(), closing.openingDelay()), receivedAt);
	}

	/**
	 * Counts a proposal submitted under the lock; from now on the criteria cannot change.
	 * @throws ProposalDeadlinePassed when the challenge is not published any more
	 */
	public void recordSubmission(ChallengeId id) {
		count(id, """
				UPDATE challenge SET submitted_count = submitted_count + 1, had_submission = TRUE, version = version + 1
				WHERE id = ? AND state = 'PUBLISHED'
				""");
	}

	/**
	 * Counts a proposal withdrawn under the lock.
	 * @throws ProposalDeadlinePassed when the challenge is not published any more
	 */
	public void recordWithdrawal(ChallengeId id) {
		count(id, """
				UPDATE challenge SET submitted_count = GREATEST(0, submitted_count - 1), version = version + 1
				WHERE id = ? AND state = 'PUBLISHED'
				""");
	}

	/**
	 * Changes the counters of the challenge, in one statement that also checks its
	 * proposals are not opened (and takes its row lock, if the caller has not already);
	 * whether the change was received in time was decided under that lock by
	 * {@link #lockForSubmission}.
	 */
	private void count(ChallengeId id, String update) {
		if (jdbc.sql(update).params(id.id()).update() == 0) {
			throw new ProposalDeadlinePassed(id);
		}
	}

	/** The proposals submitted and not withdrawn. */
	@Transactional(readOnly = true)
	public int submittedCount(ChallengeId id) {
		return challenges.findById(id.id()).map(Challenge::submittedCount).orElseThrow(() -> new ChallengeNotFound(id));
	}

	private void refuseUnlessBefore(Instant commitBy, ChallengeId id) {
		if (!clock.instant().isBefore(commitBy)) {
			throw timedOut(id);
		}
	}

	private SubmissionTimedOut timedOut(ChallengeId id) {
		return new SubmissionTimedOut(id, timeout.toSeconds());
	}

}
