package org.pilotbridge.proposal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.pilotbridge.challenge.ChallengeJobsInTests;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred companies submit at once while the deadline passes, with the close job and lazy closes
 * running: a submission is accepted if and only if it commits before the deadline. Every accepted one
 * has a time of receipt before the deadline and a complete version; every other one is refused with
 * the deadline message and leaves nothing behind; the challenge counts exactly the accepted ones.
 * <p>
 * The race is real: all submissions start before the deadline, the application's clock then runs
 * with the wall clock through the deadline, and the submissions queue on the challenge's row lock,
 * so that some of them would commit after it.
 */
class ProposalDeadlineRaceIntegrationTests extends ProposalIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ProposalDeadlineRaceIntegrationTests.class);

	static final int COMPANIES = 200;

	/** How long before the deadline the submissions start. */
	static final long HEAD_START_MILLIS = 1_000;

	@Autowired
	ApplicationContext context;

	@Test
	void acceptsExactlyTheSubmissionsThatCommitBeforeTheDeadline() throws Exception {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency);
		var bidder = bidding.person("bidder", Language.ENGLISH, false);
		var content = bidding.complete(challenge);
		var file = TestPdfs.onePage();
		var bids = prepare(COMPANIES, index -> {
			var company = bidding.companyOf(bidder, "Racer " + index + " " + challenge.reference());
			var proposal = bidding.proposal(bidder, company, challenge, content);
			as(bidder, company, () -> management.attach(proposal, "plan.pdf", new ByteArrayInputStream(file)));
			return new Bid(company, proposal);
		});
		var deadline = challenge.proposalsDeadline();

		var results = new ArrayList<Future<Object>>();
		var racing = new AtomicBoolean(true);
		var closes = new AtomicInteger();
		try (var threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
				var wallClock = new WallClock(clock, deadline.minusMillis(HEAD_START_MILLIS))) {
			var start = new CountDownLatch(1);
			for (var bid : bids) {
				results.add(threads.submit(() -> {
					start.await();
					try {
						return as(bidder, bid.company(), () -> management.submit(bid.proposal()));
					}
					catch (RuntimeException refused) {
						return refused;
					}
				}));
			}
			threads.submit(() -> {
				while (racing.get()) {
					ChallengeJobsInTests.closeDueChallenges(context);
					Thread.sleep(20);
				}
				return null;
			});
			threads.submit(() -> {
				while (racing.get()) {
					if (challenges.challenge(challenge.id()).orElseThrow().closedAt() != null) {
						closes.incrementAndGet();
					}
					Thread.sleep(5);
				}
				return null;
			});
			wallClock.start();
			start.countDown();
			for (var result : results) {
				result.get();
			}
			racing.set(false);
		}

		var accepted = new ArrayList<SubmittedVersion>();
		var refused = new ArrayList<Bid>();
		for (int i = 0; i < bids.size(); i++) {
			var outcome = results.get(i).get();
			if (outcome instanceof SubmittedVersion version) {
				accepted.add(version);
			}
			else {
				assertThat(outcome).as("bid %d was refused for the deadline, not for anything else", i)
					.isInstanceOfSatisfying(ProposalDeadlinePassed.class,
							late -> assertThat(late.problems()).extracting(FieldProblem::messageKey)
								.containsExactly(ProposalDeadlinePassed.MESSAGE_KEY));
				refused.add(bids.get(i));
			}
		}
		log.info("{} submissions accepted before the deadline, {} refused", accepted.size(), refused.size());
		assertThat(accepted).as("some submissions beat the deadline").isNotEmpty();
		assertThat(refused).as("some submissions started before the deadline came too late").isNotEmpty();
		assertThat(accepted).allSatisfy(version -> {
			assertThat(version.receivedAt()).isBefore(deadline);
			assertThat(version.number()).isEqualTo(1);
		});

		var summary = challenges.challenge(challenge.id()).orElseThrow();
		assertThat(summary.state()).isEqualTo(ChallengeState.CLOSED);
		assertThat(summary.closedAt()).isAfterOrEqualTo(deadline);
		assertThat(closes.get()).as("lazy reads saw the close").isPositive();
		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(accepted.size());
		assertThat(count("""
				SELECT count(*) FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id WHERE p.challenge_id = ?
				""", challenge)).as("one version per accepted submission, none for the others").isEqualTo(accepted.size());
		assertThat(count("""
				SELECT count(*) FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id
				WHERE p.challenge_id = ? AND v.received_at < ?::timestamptz AND v.number = 1
				  AND v.digest = encode(sha256(convert_to(v.canonical_form, 'UTF8')), 'hex')
				  AND p.state = 'SUBMITTED' AND p.latest_version = 1 AND p.submitted_at = v.received_at
				""", challenge, deadline)).as("every version is complete and consistent").isEqualTo(accepted.size());
		assertThat(count("""
				SELECT count(*) FROM proposal_version_attachment l JOIN proposal p ON p.id = l.proposal_id
				JOIN proposal_attachment a ON a.id = l.attachment_id AND a.proposal_id = l.proposal_id
				WHERE p.challenge_id = ?
				""", challenge)).as("each version lists its own file").isEqualTo(accepted.size());
		assertThat(count("""
				SELECT count(*) FROM proposal p WHERE p.challenge_id = ? AND (p.state <> 'DRAFT' OR p.latest_version <> 0)
				  AND NOT EXISTS (SELECT 1 FROM proposal_version v WHERE v.proposal_id = p.id)
				""", challenge)).as("no proposal claims a version it does not have").isZero();
		assertThat(count("SELECT count(*) FROM proposal_attachment a JOIN proposal p ON p.id = a.proposal_id "
				+ "WHERE p.challenge_id = ?", challenge)).as("no file lost or added").isEqualTo(COMPANIES);
		for (var bid : refused) {
			var form = as(bidder, bid.company(), () -> query.editable(bid.proposal()));
			assertThat(form.state()).isEqualTo(ProposalState.DRAFT);
			assertThat(form.versions()).isEmpty();
		}
		assertThat(count("""
				SELECT count(*) FROM (SELECT serialized_event FROM event_publication WHERE event_type LIKE '%ChallengeClosed'
				                      UNION ALL
				                      SELECT serialized_event FROM event_publication_archive WHERE event_type LIKE '%ChallengeClosed') e
				WHERE e.serialized_event LIKE '%' || ?::text || '%'
				""", challenge)).as("closed once").isEqualTo(1);
	}

	private long count(String sql, ChallengeSummary challenge, Object... more) {
		var parameters = new ArrayList<Object>();
		parameters.add(sql.contains("?::text") ? challenge.id().toString() : challenge.id().id());
		for (var value : more) {
			parameters.add(value instanceof Instant instant ? instant.toString() : value);
		}
		return jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

	private static List<Bid> prepare(int count, IntFunction<Bid> bid) throws Exception {
		try (var threads = Executors.newFixedThreadPool(4)) {
			var futures = new ArrayList<Future<Bid>>();
			for (int i = 0; i < count; i++) {
				var index = i;
				futures.add(threads.submit(() -> bid.apply(index)));
			}
			var bids = new ArrayList<Bid>();
			for (var future : futures) {
				bids.add(future.get());
			}
			return bids;
		}
	}

	record Bid(OrganisationId company, ProposalId proposal) {
	}

	/**
	 * Makes the application's clock run with the wall clock from a given instant, in steps of about a
	 * millisecond, until closed.
	 */
	static final class WallClock implements AutoCloseable {

		private final MutableClock clock;

		private final Instant from;

		private final Thread ticker;

		private volatile boolean running = true;

		WallClock(MutableClock clock, Instant from) {
			this.clock = clock;
			this.from = from;
			this.ticker = Thread.ofPlatform().daemon().unstarted(this::tick);
		}

		void start() {
			clock.set(from);
			ticker.start();
		}

		private void tick() {
			var started = System.nanoTime();
			while (running) {
				clock.set(from.plusNanos(System.nanoTime() - started));
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}

		@Override
		public void close() throws InterruptedException {
			running = false;
			ticker.join();
		}

	}

}
