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
import org.pilotbridge.shared.Arrivals;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two hundred companies at the deadline, with the close job and lazy closes running: the
 * hundred whose requests reached the server before the deadline are all accepted, with
 * that time of receipt, though the busy platform records most of them after it; the
 * hundred arriving after it are all refused with the deadline message and leave nothing
 * behind; nobody opens the proposals before the opening delay has passed, and the opening
 * counts exactly the accepted ones, once.
 * <p>
 * The race is real: the first hundred requests arrive while the clock stands a second
 * before the deadline, the application's clock then runs with the wall clock through the
 * deadline, and the submissions queue on the write permits and the challenge's row lock,
 * so that many commit after it; the other hundred arrive once the clock has passed the
 * deadline.
 */
class ProposalDeadlineRaceIntegrationTests extends ProposalIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ProposalDeadlineRaceIntegrationTests.class);

	static final int COMPANIES = 200;

	/** How long before the deadline the first requests arrive. */
	static final long HEAD_START_MILLIS = 1_000;

	@Autowired
	ApplicationContext context;

	@Test
	void acceptsExactlyTheSubmissionsReceivedBeforeTheDeadlineAndOpensNoneBeforeTheyAreAllRecorded() throws Exception {
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
		var inTime = bids.subList(0, COMPANIES / 2);
		var late = bids.subList(COMPANIES / 2, COMPANIES);

		var results = new ArrayList<Future<Object>>();
		var racing = new AtomicBoolean(true);
		var opened = new AtomicInteger();
		var recordedLate = new AtomicInteger();
		try (var threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
				var wallClock = new WallClock(clock, deadline.minusMillis(HEAD_START_MILLIS))) {
			clock.set(deadline.minusMillis(HEAD_START_MILLIS));
			var arrived = new CountDownLatch(inTime.size());
			var passed = new CountDownLatch(1);
			for (var bid : bids) {
				var early = inTime.contains(bid);
				results.add(threads.submit(() -> {
					if (!early) {
						passed.await();
					}
					try {
						return as(bidder, bid.company(), () -> Arrivals.arrive(clock, request -> {
							if (early) {
								arrived.countDown();
							}
							var version = management.submit(bid.proposal());
							if (clock.instant().isAfter(deadline)) {
								recordedLate.incrementAndGet();
							}
							return version;
						}));
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
					if (challenges.challenge(challenge.id()).orElseThrow().proposalsOpened()) {
						opened.incrementAndGet();
					}
					Thread.sleep(5);
				}
				return null;
			});
			arrived.await();
			wallClock.start();
			await().until(() -> !clock.instant().isBefore(deadline));
			passed.countDown();
			for (var result : results) {
				result.get();
			}
			racing.set(false);
		}

		var accepted = new ArrayList<SubmittedVersion>();
		for (int i = 0; i < bids.size(); i++) {
			var outcome = results.get(i).get();
			if (i < inTime.size()) {
				assertThat(outcome).as("bid %d, received before the deadline", i).isInstanceOf(SubmittedVersion.class);
				accepted.add((SubmittedVersion) outcome);
			}
			else {
				assertThat(outcome).as("bid %d, received after the deadline", i)
					.isInstanceOfSatisfying(ProposalDeadlinePassed.class,
							refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
								.containsExactly(ProposalDeadlinePassed.MESSAGE_KEY));
			}
		}
		log.info("{} submissions received before the deadline accepted, {} of them recorded after it; {} refused",
				accepted.size(), recordedLate.get(), late.size());
		assertThat(accepted).allSatisfy(version -> {
			assertThat(version.receivedAt()).isEqualTo(deadline.minusMillis(HEAD_START_MILLIS));
			assertThat(version.number()).isEqualTo(1);
		});
		assertThat(opened.get()).as("reads that saw the proposals opened during the race").isZero();
		assertThat(challenges.challenge(challenge.id()).orElseThrow().state()).isEqualTo(ChallengeState.CLOSED);

		clock.set(challenge.proposalsOpenAt());
		ChallengeJobsInTests.closeDueChallenges(context);
		var summary = challenges.challenge(challenge.id()).orElseThrow();
		assertThat(summary.proposalsOpened()).isTrue();
		assertThat(summary.closedAt()).isEqualTo(challenge.proposalsOpenAt());
		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(accepted.size());
		assertThat(count("""
				SELECT count(*) FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id WHERE p.challenge_id = ?
				""", challenge)).as("one version per accepted submission, none for the others")
			.isEqualTo(accepted.size());
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
		assertThat(
				count("""
						SELECT count(*) FROM proposal p WHERE p.challenge_id = ? AND (p.state <> 'DRAFT' OR p.latest_version <> 0)
						  AND NOT EXISTS (SELECT 1 FROM proposal_version v WHERE v.proposal_id = p.id)
						""",
						challenge))
			.as("no proposal claims a version it does not have")
			.isZero();
		assertThat(count("SELECT count(*) FROM proposal_attachment a JOIN proposal p ON p.id = a.proposal_id "
				+ "WHERE p.challenge_id = ?", challenge))
			.as("no file lost or added")
			.isEqualTo(COMPANIES);
		for (var bid : late) {
			var form = as(bidder, bid.company(), () -> query.editable(bid.proposal()));
			assertThat(form.state()).isEqualTo(ProposalState.DRAFT);
			assertThat(form.versions()).isEmpty();
		}
		assertThat(
				count("""
						SELECT count(*) FROM (SELECT serialized_event FROM event_publication WHERE event_type LIKE '%ChallengeClosed'
						                      UNION ALL
						                      SELECT serialized_event FROM event_publication_archive WHERE event_type LIKE '%ChallengeClosed') e
						WHERE e.serialized_event LIKE '%' || ?::text || '%'
						""",
						challenge))
			.as("opened once")
			.isEqualTo(1);
		assertThat(
				count("""
						SELECT count(*) FROM (SELECT serialized_event FROM event_publication WHERE event_type LIKE '%ChallengeClosed'
						                      UNION ALL
						                      SELECT serialized_event FROM event_publication_archive WHERE event_type LIKE '%ChallengeClosed') e
						WHERE e.serialized_event LIKE '%' || ?::text || '%' AND e.serialized_event LIKE '%"submittedCount":' || ? || '%'
						""",
						challenge, String.valueOf(accepted.size())))
			.as("the opening counts every accepted submission")
			.isEqualTo(1);
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
	 * Makes the application's clock run with the wall clock from a given instant, in
	 * steps of about a millisecond, until closed.
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
