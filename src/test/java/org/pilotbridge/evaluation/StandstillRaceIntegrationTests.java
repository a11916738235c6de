package org.pilotbridge.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Arrivals;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The last second of the standstill period on the busiest minute, told from the side of a
 * bidder who wants a review and of the job that brings the decision into force at the end
 * of the period. A request for review that reached the server before the end either is
 * recorded, and the decision waits until the managers answered it, or is refused because
 * the decision came into force first, with a message that says so; never both, never
 * neither. And however the managers' last answer and the job meet, the decision comes
 * into force once: one event, one audit entry, one notice to each bidder.
 * <p>
 * The interleavings are forced, not hoped for: one side holds the decision's row in a
 * transaction that has done its work but not committed, the other side starts, and the
 * test waits until it queues for that row (or has finished, had it not needed it) before
 * letting the first commit.
 */
class StandstillRaceIntegrationTests extends EvaluationIntegrationTest {

	static final String REASONS = "The panel scored our team on references we did not give; see our annex 2.";

	@Autowired
	AwardApproval approval;

	@Autowired
	BidderRequests requests;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MessageSource messages;

	TestEvaluation.Scenario scenario;

	Instant standstillEnds;

	ProposalId loser;

	PersonId loserPerson;

	ExecutorService threads;

	@BeforeEach
	void anApprovedAwardInItsStandstillPeriod() {
		scenario = scored(fixtures.scenarioWithApproval(10));
		var challenge = scenario.challenge().id();
		var top = as(scenario.chair(), () -> query.ranking(challenge)).lines().getFirst().ranked().proposal();
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top), null));
		as(scenario.agency().member(), () -> approval.approve(challenge, true));
		standstillEnds = decision().standstillEndsAt();
		loser = scenario.proposals().stream().filter(proposal -> !proposal.equals(top)).findFirst().orElseThrow();
		loserPerson = scenario.companies().get(scenario.proposals().indexOf(loser)).member();
		threads = Executors.newCachedThreadPool();
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void aReviewFiledInTheLastSecondHoldsTheDecisionThoughTheJobRunsBeforeItCommits() throws Exception {
		clock.set(standstillEnds.minusSeconds(1));
		Future<Integer> job;
		try (var filing = Held.inTransaction(this, () -> inRequest(() -> requests.requestReview(loser, REASONS)))) {
			clock.set(standstillEnds);
			job = threads.submit(() -> finalisation.finaliseDue());
			awaitQueuedForTheDecisionOrDone(job);
		}

		assertThat(job.get()).as("the job saw the request filed while it queued").isZero();
		assertThat(decision().isFinal()).isFalse();
		assertThat(state()).isEqualTo(ChallengeState.UNDER_EVALUATION);
		assertThat(as(loserPerson, () -> requests.decision(loser)).review())
			.satisfies(review -> assertThat(review.reasons()).isEqualTo(REASONS))
			.satisfies(review -> assertThat(review.filedAt()).isEqualTo(standstillEnds.minusSeconds(1)));

		clock.advance(Duration.ofMinutes(1));
		assertThat(finalisation.finaliseDue()).as("the next run waits for the answer too").isZero();
		assertThat(state()).isEqualTo(ChallengeState.UNDER_EVALUATION);

		answerTheReview();
		assertThat(state()).isEqualTo(ChallengeState.AWARDED);
		assertThat(finalisation.finaliseDue()).isZero();
		assertInForceOnce();
	}

	@Test
	void aReviewReceivedInTheLastSecondThatQueuesBehindTheJobIsRefusedAndSaysWhy() throws Exception {
		clock.set(standstillEnds.minusSeconds(1));
		var arrived = new CountDownLatch(1);
		var served = new CountDownLatch(1);
		// The request reaches the server a second before the end, and waits its turn on
		// the busy server while the job starts.
		var filing = threads.submit(() -> inRequest(() -> {
			arrived.countDown();
			waitFor(served);
			requests.requestReview(loser, REASONS);
		}));
		await().until(() -> arrived.getCount() == 0);
		try (var job = Held.inTransaction(this, () -> {
			clock.set(standstillEnds);
			assertThat(finalisation.finaliseDue()).isOne();
		})) {
			served.countDown();
			awaitQueuedForTheDecisionOrDone(filing);
		}

		assertThatThrownBy(filing::get).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				var problem = refused.problems().getFirst();
				assertThat(problem.messageKey()).isEqualTo("evaluation.review.not-in-standstill");
				assertThat(Language.values())
					.extracting(language -> messages.getMessage(problem.messageKey(), null, language.locale()))
					.containsExactly(
							"A review can be requested only during the standstill period of an approved decision.",
							"Un réexamen ne peut être demandé que pendant le délai d’attente d’une décision approuvée.",
							"Heroverweging kan alleen worden gevraagd tijdens de wachttermijn van een goedgekeurd besluit.",
							"Eine Überprüfung kann nur während der Stillhaltefrist einer genehmigten Entscheidung beantragt werden.");
			});
		assertThat(decision().isFinal()).isTrue();
		assertThat(state()).isEqualTo(ChallengeState.AWARDED);
		assertThat(as(loserPerson, () -> requests.decision(loser)).review()).isNull();
		assertThat(auditTrail.entriesOf("proposal", loser)).extracting(AuditEntry::action)
			.doesNotContain("evaluation.review.requested");
		assertInForceOnce();
	}

	@Test
	void aReviewReceivedInTheLastSecondThatQueuesBehindAnotherBiddersIsRecordedAsFiledThen() throws Exception {
		var other = scenario.proposals()
			.stream()
			.filter(proposal -> !proposal.equals(loser) && !decision().awards(proposal))
			.findFirst()
			.orElseThrow();
		var otherPerson = scenario.companies().get(scenario.proposals().indexOf(other)).member();
		clock.set(standstillEnds.minusSeconds(1));
		Future<?> filing;
		try (var otherBidders = Held.inTransaction(this, () -> as(otherPerson,
				() -> requests.requestReview(other, "Our price was read without the options.")))) {
			filing = threads.submit(() -> inRequest(() -> requests.requestReview(loser, REASONS)));
			awaitQueuedForTheDecisionOrDone(filing);
			clock.set(standstillEnds.plusSeconds(5));
		}

		filing.get();
		assertThat(as(loserPerson, () -> requests.decision(loser)).review())
			.satisfies(review -> assertThat(review.filedAt()).isEqualTo(standstillEnds.minusSeconds(1)));
		assertThat(finalisation.finaliseDue()).isZero();
		assertThat(decision().isFinal()).isFalse();
	}

	@Test
	void theManagersAnsweringTheLastReviewWhileTheJobRunsBringTheDecisionIntoForceOnce() throws Exception {
		clock.set(standstillEnds.minusSeconds(1));
		as(loserPerson, () -> requests.requestReview(loser, REASONS));
		clock.set(standstillEnds.plusSeconds(30));
		assertThat(finalisation.finaliseDue()).isZero();

		Future<Integer> job;
		try (var answering = Held.inTransaction(this, this::answerTheReview)) {
			job = threads.submit(() -> finalisation.finaliseDue());
			awaitQueuedForTheDecisionOrDone(job);
		}
		clock.advance(Duration.ofMinutes(1));
		var nextRun = finalisation.finaliseDue();

		assertThat(job.get() + nextRun).as("the answer brought it into force, not the job").isZero();
		assertThat(state()).isEqualTo(ChallengeState.AWARDED);
		assertInForceOnce();
	}

	@Test
	void twoRunsOfTheJobAtOnceBringTheDecisionIntoForceOnce() throws Exception {
		clock.set(standstillEnds);
		Future<Integer> second;
		try (var first = Held.inTransaction(this, () -> assertThat(finalisation.finaliseDue()).isOne())) {
			second = threads.submit(() -> finalisation.finaliseDue());
			awaitQueuedForTheDecisionOrDone(second);
		}

		assertThat(second.get()).isZero();
		assertThat(state()).isEqualTo(ChallengeState.AWARDED);
		assertInForceOnce();
	}

	/**
	 * One {@code AwardFinalised} event, one audit entry, and one notice that the decision
	 * is final to each person of each bidder.
	 */
	private void assertInForceOnce() {
		awaitEvents();
		var challenge = scenario.challenge().id();
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT e.serialized_event)
				FROM (SELECT event_type, serialized_event FROM event_publication
				      UNION ALL
				      SELECT event_type, serialized_event FROM event_publication_archive) e
				WHERE e.event_type LIKE '%AwardFinalised' AND e.serialized_event LIKE '%' || ? || '%'
				""").param(challenge.toString()).query(Long.class).single()).isOne();
		await()
			.untilAsserted(() -> assertThat(auditTrail.entriesOf("challenge", challenge)).extracting(AuditEntry::action)
				.containsOnlyOnce("evaluation.finalised"));
		for (var company : scenario.companies()) {
			for (var person : directory.members(company.id())) {
				assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND text LIKE ?")
					.params(person.id(), "%the decision is final%")
					.query(Long.class)
					.single()).as("notices that the decision is final").isOne();
			}
		}
	}

	private void answerTheReview() {
		var review = as(scenario.agency().manager(), () -> approval.overview(scenario.challenge().id())).reviews()
			.getFirst();
		as(scenario.agency().manager(), () -> requests.answerReview(review.id(),
				"The panel read annex 2 again; the team score stands for the reasons in your letter."));
	}

	/** The bidder's request, reaching the server now, served on the calling thread. */
	private void inRequest(Runnable work) {
		as(loserPerson, () -> Arrivals.arrive(clock, served -> {
			work.run();
			return null;
		}));
	}

	/**
	 * Waits until the work queues for a row lock another transaction holds, or has
	 * finished without needing one.
	 */
	private void awaitQueuedForTheDecisionOrDone(Future<?> work) {
		await().until(() -> work.isDone() || jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
				""").query(Long.class).single() > 0);
	}

	private Decision decision() {
		return as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).decision();
	}

	private ChallengeState state() {
		return challenges.challenge(scenario.challenge().id()).orElseThrow().state();
	}

	/**
	 * Closes the scenario's challenge; every evaluator declares and scores; the chair
	 * records the consensus.
	 */
	private TestEvaluation.Scenario scored(TestEvaluation.Scenario scenario) {
		fixtures.close(scenario);
		var points = new int[][] { { 5, 4 }, { 3, 3 }, { 2, 2 } };
		for (var evaluator : new ArrayList<>(scenario.evaluators())) {
			declare(scenario, evaluator);
			for (var i = 0; i < scenario.proposals().size(); i++) {
				score(scenario, evaluator, scenario.proposals().get(i), points[i]);
			}
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
		return scenario;
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/**
	 * Work done in a transaction on another thread, which keeps its locks until closed,
	 * when it commits.
	 */
	static final class Held implements AutoCloseable {

		private final CountDownLatch done = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		private final Future<?> holder;

		private Held(StandstillRaceIntegrationTests test, Runnable work) {
			var transactions = new TransactionTemplate(test.transactionManager);
			holder = test.threads.submit(() -> transactions.executeWithoutResult(status -> {
				work.run();
				done.countDown();
				waitFor(release);
			}));
			await().until(() -> done.getCount() == 0 || holder.isDone());
		}

		static Held inTransaction(StandstillRaceIntegrationTests test, Runnable work) {
			return new Held(test, work);
		}

		@Override
		public void close() throws Exception {
			release.countDown();
			holder.get();
		}

	}

}
