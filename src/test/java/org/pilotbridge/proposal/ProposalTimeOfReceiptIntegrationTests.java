package org.pilotbridge.proposal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.challenge.ChallengeJobsInTests;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSubmissions;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.challenge.SubmissionTimedOut;
import org.pilotbridge.shared.Arrivals;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Busy days at the deadline, told from the companies' side. What counts is when a
 * company's request reached the server, not when the busy platform got round to recording
 * it: a submission that arrived a second before the deadline and waited for another
 * company's to commit is accepted with the time it arrived; one that arrives after the
 * deadline is refused even on an idle server, whatever the request claims; and nobody,
 * not the agency, not the panel, not the closing job, opens a proposal before every
 * change received in time has been recorded or refused, the opening delay after the
 * deadline.
 * <p>
 * The platform is made busy for real: another transaction holds the row the submission
 * needs (the challenge's, as another company's submission does, or the proposal's, as the
 * company's other tab saving its draft does) while the clock moves on.
 */
class ProposalTimeOfReceiptIntegrationTests extends ProposalIntegrationTest {

	/** The default of pilotbridge.challenge.submission-timeout. */
	static final Duration TIMEOUT = Duration.ofMinutes(2);

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	TestBidding.Agency agency;

	TestBidding.Company company;

	ChallengeSummary challenge;

	Instant deadline;

	ProposalId proposal;

	ExecutorService threads;

	@BeforeEach
	void aCompleteProposalWithItsFile() {
		agency = bidding.agency();
		company = bidding.company(agency, Language.ENGLISH);
		challenge = bidding.challenge(agency);
		deadline = challenge.proposalsDeadline();
		proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		bidding.attach(company, proposal, "plan.pdf", TestPdfs.onePage());
		threads = Executors.newCachedThreadPool();
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void acceptsASubmissionReceivedASecondBeforeTheDeadlineThatWaitedForAnotherCompanysToCommit() throws Exception {
		clock.set(deadline.minusSeconds(1));
		Future<SubmittedVersion> submitting;
		try (var otherCompanysSubmission = RowLock.onChallenge(this)) {
			submitting = inRequest(() -> management.submit(proposal));
			awaitWaitingForALock();
			clock.set(deadline.plusSeconds(30));
		}

		var accepted = submitting.get();
		assertThat(accepted.receivedAt()).isEqualTo(deadline.minusSeconds(1));
		assertThat(as(company, () -> query.receipt(proposal, 1)).receivedAt()).isEqualTo(deadline.minusSeconds(1));
		assertThat(submittedCount()).isEqualTo(1);

		clock.set(challenge.proposalsOpenAt());
		assertThat(as(agency.manager(), agency.id(), () -> query.submitted(challenge.id()))).singleElement()
			.satisfies(submission -> assertThat(submission.latest().receivedAt()).isEqualTo(deadline.minusSeconds(1)));
	}

	@Test
	void acceptsASubmissionReceivedBeforeTheDeadlineThatCommitsAfterIt() throws Exception {
		clock.set(deadline.minusSeconds(1));
		Future<SubmittedVersion> submitting;
		try (var otherTabSavingTheDraft = RowLock.onProposal(this)) {
			submitting = inRequest(() -> management.submit(proposal));
			awaitWaitingForALock();
			clock.set(deadline.plus(TIMEOUT).minusSeconds(2));
		}

		assertThat(submitting.get().receivedAt()).isEqualTo(deadline.minusSeconds(1));
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void refusesASubmissionReceivedAfterTheDeadlineOnAnIdleServerWhateverTheRequestClaims() {
		var before = versions();
		for (var late : List.of(deadline, deadline.plusSeconds(1))) {
			clock.set(late);
			var request = new MockHttpServletRequest("POST", "/");
			request.addHeader("Date", "Wed, 16 Dec 2026 09:00:00 GMT");
			request.addHeader("X-Request-Start", "t=" + deadline.minusSeconds(3600).toEpochMilli());
			request.setParameter("receivedAt", deadline.minusSeconds(3600).toString());

			assertThatThrownBy(
					() -> as(company, () -> Arrivals.arrive(clock, request, served -> management.submit(proposal))))
				.isInstanceOfSatisfying(ProposalDeadlinePassed.class,
						refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
							.containsExactly(ProposalDeadlinePassed.MESSAGE_KEY));
		}

		assertThat(versions()).isEqualTo(before);
		assertThat(submittedCount()).isZero();
		assertThat(recordedState()).as("refused for its time of receipt, not because the challenge was closed")
			.isEqualTo(ChallengeState.PUBLISHED);
	}

	@Test
	void noCallerCanHandTheServicesATimeOfReceipt() {
		for (var service : List.of(ProposalManagement.class, ChallengeSubmissions.class)) {
			assertThat(Arrays.stream(service.getDeclaredMethods())
				.filter(method -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
				.flatMap(method -> Arrays.stream(method.getParameterTypes())))
				.as("the parameters of %s's public methods", service.getSimpleName())
				.noneMatch(type -> Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
						|| Clock.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type));
		}
	}

	@Test
	void refusesAFileWhoseLastByteArrivesAfterTheDeadlineThoughItsUploadStartedBefore() {
		var before = files();
		clock.set(deadline.minusSeconds(1));
		var upload = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/0/key/upload");
		upload.setContent(TestPdfs.onePage());
		upload.setContentType("application/pdf");

		assertThatThrownBy(() -> as(company,
				() -> Arrivals.arrive(clock, upload,
						served -> management.attach(proposal, "late.pdf",
								slowly(served.getInputStream(), Duration.ofSeconds(2))))))
			.isInstanceOf(ProposalDeadlinePassed.class);

		assertThat(files()).isEqualTo(before);
	}

	@Test
	void refusesASubmissionThatCannotBeRecordedWithinTheTimeoutAndSaysItWasNotReceived() throws Exception {
		clock.set(deadline.minusSeconds(1));
		Future<SubmittedVersion> submitting;
		try (var otherTabSavingTheDraft = RowLock.onProposal(this)) {
			submitting = inRequest(() -> management.submit(proposal));
			awaitWaitingForALock();
			clock.set(deadline.minusSeconds(1).plus(TIMEOUT));
		}

		assertThatThrownBy(submitting::get).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOfSatisfying(SubmissionTimedOut.class, refused -> {
				assertThat(refused.problems()).extracting(FieldProblem::messageKey, FieldProblem::arguments)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple(SubmissionTimedOut.MESSAGE_KEY, List.of(120L)));
				var problem = refused.problems().getFirst();
				assertThat(messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
						Language.ENGLISH.locale()))
					.startsWith("The platform could not record your change within 120 seconds of receiving it, "
							+ "so it was not received.");
			});
		assertThat(versions()).as("no version, so no receipt").isZero();
		assertThat(submittedCount()).isZero();
		assertThat(
				jdbc.sql("SELECT state FROM proposal WHERE id = ?").param(proposal.id()).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Test
	void nobodyOpensTheProposalsDuringTheOpeningDelayNotEvenTheClosingJob() {
		as(company, () -> management.submit(proposal));
		var panelMember = bidding.person("evaluator", Language.ENGLISH, false);
		panel.admit(panelMember, challenge.id());

		for (var during : List.of(deadline, deadline.plusSeconds(1), challenge.proposalsOpenAt().minusNanos(1000))) {
			clock.set(during);
			ChallengeJobsInTests.closeDueChallenges(context);

			var seen = challenges.challenge(challenge.id()).orElseThrow();
			assertThat(seen.state()).as("closed for everyone at the deadline").isEqualTo(ChallengeState.CLOSED);
			assertThat(seen.proposalsOpened()).isFalse();
			assertThat(recordedState()).isEqualTo(ChallengeState.PUBLISHED);
			for (var reader : List.of(agency.manager(), panelMember)) {
				assertThatThrownBy(() -> as(reader, agency.id(), () -> query.latest(proposal)))
					.isInstanceOf(ProposalNotFound.class);
				assertThatThrownBy(() -> as(reader, agency.id(), () -> query.submitted(challenge.id())))
					.isInstanceOf(AccessDeniedException.class);
			}
		}
		assertThat(auditTrail.entriesOf("challenge", challenge.id())).extracting(entry -> entry.action())
			.doesNotContain("challenge.closed");

		clock.set(challenge.proposalsOpenAt());
		ChallengeJobsInTests.closeDueChallenges(context);

		assertThat(recordedState()).isEqualTo(ChallengeState.CLOSED);
		for (var reader : List.of(agency.manager(), panelMember)) {
			assertThat(as(reader, agency.id(), () -> query.submitted(challenge.id()))).hasSize(1);
		}
	}

	@Test
	void aSubmissionStillWaitingWhenTheProposalsAreDueToOpenIsRefusedAndNeverOpened() throws Exception {
		clock.set(deadline.minusSeconds(1));
		Future<SubmittedVersion> submitting;
		try (var otherCompanysSubmission = RowLock.onChallenge(this)) {
			submitting = inRequest(() -> management.submit(proposal));
			awaitWaitingForALock();
			clock.set(challenge.proposalsOpenAt());
			ChallengeJobsInTests.closeDueChallenges(context);
			assertThat(recordedState()).as("the close waits for the change under way")
				.isEqualTo(ChallengeState.PUBLISHED);
		}

		assertThatThrownBy(submitting::get).cause().isInstanceOf(SubmissionTimedOut.class);
		ChallengeJobsInTests.closeDueChallenges(context);
		assertThat(recordedState()).isEqualTo(ChallengeState.CLOSED);
		assertThat(as(agency.manager(), agency.id(), () -> query.submitted(challenge.id()))).isEmpty();
		assertThat(versions()).isZero();
	}

	/**
	 * Submits (or else) in a request of the company's that arrives now, on another
	 * thread.
	 */
	private <T> Future<T> inRequest(Supplier<T> work) {
		var arrived = new CountDownLatch(1);
		var future = threads.submit(() -> as(company, () -> Arrivals.arrive(clock, served -> {
			arrived.countDown();
			return work.get();
		})));
		await().until(() -> arrived.getCount() == 0);
		return future;
	}

	/**
	 * Waits until a transaction of the application waits for a row lock held by another.
	 */
	private void awaitWaitingForALock() {
		await().until(() -> jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
				""").query(Long.class).single() > 0);
	}

	/**
	 * A body its sender sends slowly: the last byte arrives that long after the first.
	 */
	private InputStream slowly(InputStream body, Duration sending) {
		return new FilterInputStream(body) {

			private boolean started;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (!started) {
					started = true;
					clock.advance(sending);
				}
				return super.read(buffer, offset, length);
			}

		};
	}

	private ChallengeState recordedState() {
		return ChallengeState.valueOf(jdbc.sql("SELECT state FROM challenge WHERE id = ?")
			.param(challenge.id().id())
			.query(String.class)
			.single());
	}

	private long versions() {
		return jdbc.sql("SELECT count(*) FROM proposal_version WHERE proposal_id = ?")
			.param(proposal.id())
			.query(Long.class)
			.single();
	}

	private long files() {
		return jdbc.sql("SELECT count(*) FROM proposal_attachment WHERE proposal_id = ?")
			.param(proposal.id())
			.query(Long.class)
			.single();
	}

	private int submittedCount() {
		return submissions.submittedCount(challenge.id());
	}

	/**
	 * A row held by another transaction until closed: the challenge's, as another
	 * company's submission holds it, or the proposal's, as the company's other tab saving
	 * the draft does.
	 */
	static final class RowLock implements AutoCloseable {

		private final CountDownLatch held = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		private final Future<?> holder;

		private RowLock(ProposalTimeOfReceiptIntegrationTests test, String sql, Object id) {
			var transactions = new TransactionTemplate(test.transactionManager);
			holder = test.threads.submit(() -> transactions.executeWithoutResult(status -> {
				test.jdbc.sql(sql).param(id).query(Object.class).list();
				held.countDown();
				try {
					release.await();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}));
			await().until(() -> held.getCount() == 0);
		}

		static RowLock onChallenge(ProposalTimeOfReceiptIntegrationTests test) {
			return new RowLock(test, "SELECT id FROM challenge WHERE id = ? FOR NO KEY UPDATE",
					test.challenge.id().id());
		}

		static RowLock onProposal(ProposalTimeOfReceiptIntegrationTests test) {
			return new RowLock(test, "SELECT id FROM proposal WHERE id = ? FOR UPDATE", test.proposal.id());
		}

		@Override
		public void close() throws Exception {
			release.countDown();
			holder.get();
		}

	}

}
