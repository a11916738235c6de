package org.pilotbridge.challenge;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class ChallengeLifecycleIntegrationTests {

	@Autowired
	ChallengeManagement management;

	@Autowired
	ChallengeDirectory directory;

	@Autowired
	ChallengeSubmissions submissions;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RunAs runAs;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	Challenges challenges;

	@Autowired
	ChallengeAttachments attachments;

	@Autowired
	AgencyDashboard dashboard;

	Participants the;

	@BeforeEach
	void setUp() {
		the = Participants.create(accounts, organisations, runAs);
	}

	@Test
	void publishesACompleteDraftWithAReferenceOfTheYear(Scenario scenario) {
		var id = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));

		scenario.stimulate(() -> asManager(() -> management.publish(id)))
			.andWaitForEventOfType(ChallengePublished.class)
			.matching(event -> event.challenge().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.reference()).matches("CH-\\d{4}-\\d{4}");
				assertThat(event.budgetCap()).isEqualTo(Money.euros(25_000));
				assertThat(event.agency()).isEqualTo(the.agency());
			});

		var published = directory.challenge(id).orElseThrow();
		assertThat(published.state()).isEqualTo(ChallengeState.PUBLISHED);
		assertThat(published.criteria()).extracting(Criterion::weight).containsExactly(60, 40);
		assertThat(published.cpvCodes()).containsExactly("72000000-5");
		assertThat(published.scale().descriptions()).hasSize(6).allSatisfy(d -> assertThat(d).isNotBlank());
	}

	@Test
	void numbersReferencesWithoutGapsOrDuplicates() {
		var first = publishedChallenge();
		var second = publishedChallenge();

		var a = directory.challenge(first).orElseThrow().reference();
		var b = directory.challenge(second).orElseThrow().reference();
		assertThat(Integer.parseInt(b.substring(b.lastIndexOf('-') + 1)))
			.isGreaterThan(Integer.parseInt(a.substring(a.lastIndexOf('-') + 1)));
	}

	@Test
	void refusesAnUnsoundChallengeWithOneProblemPerField() {
		var draft = Drafts.complete(clock)
			.criteria(List.of(CriterionData.of("Quality", "", 50, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "", 40, CriterionType.PRICE)))
			.budgetCap(Money.euros(30_001))
			.questionsDeadline(Drafts.local(clock, Duration.ofDays(12)))
			.proposalsDeadline(Drafts.local(clock, Duration.ofDays(10)))
			.cpvCodes(List.of("72000000-5", "99999999-9"))
			.build();
		var id = asManager(() -> management.createDraft(the.agency(), draft));

		assertThatThrownBy(() -> asManager(() -> management.publish(id))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.containsExactlyInAnyOrder(
							org.assertj.core.groups.Tuple.tuple("budgetCap", "challenge.budget.too-high"),
							org.assertj.core.groups.Tuple.tuple("proposalsDeadline",
									"challenge.deadline.proposals-too-soon"),
							org.assertj.core.groups.Tuple.tuple("questionsDeadline",
									"challenge.deadline.questions-before-proposals"),
							org.assertj.core.groups.Tuple.tuple("criteria", "challenge.criteria.weights-total"),
							org.assertj.core.groups.Tuple.tuple("cpvCodes", "challenge.cpv.unknown")));
		assertThat(directory.challenge(id).orElseThrow().state()).isEqualTo(ChallengeState.DRAFT);
	}

	@Test
	void savesAnIncompleteDraftButChecksLengths() {
		var id = asManager(
				() -> management.createDraft(the.agency(), ChallengeDraft.builder().title("Just a title").build()));
		var saved = directory.challenge(id).orElseThrow();

		assertThat(saved.title()).isEqualTo("Just a title");
		assertThatThrownBy(() -> asManager(() -> management.updateDraft(id, 0,
				ChallengeDraft.builder().title("x".repeat(Challenge.TITLE_MAX_LENGTH + 1)).build())))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("title"));
	}

	@Test
	void refusesToPublishForAnAgencyNotVerified() {
		var unverified = Participants.unverifiedAgency(accounts, organisations, runAs);
		var id = runAs.person(unverified.manager(), unverified.agency(),
				() -> management.createDraft(unverified.agency(), Drafts.complete(clock).build()));

		assertThatThrownBy(() -> runAs.person(unverified.manager(), unverified.agency(), () -> management.publish(id)))
			.isInstanceOfSatisfying(AgencyNotVerified.class,
					refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("challenge.publish.agency-not-verified"));
		assertThat(directory.challenge(id).orElseThrow().state()).isEqualTo(ChallengeState.DRAFT);
	}

	@Test
	void refusesEveryActionOfSomeoneWhoIsNotAManagerAndChangesNothing() {
		var draft = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));
		var published = publishedChallenge();
		var draftBefore = directory.challenge(draft).orElseThrow();
		var publishedBefore = directory.challenge(published).orElseThrow();
		var changed = Drafts.complete(clock).title("Taken over").build();

		for (var person : List.of(the.agencyMember(), the.otherManager(), the.companyMember(), the.outsider())) {
			refused(person, () -> management.createDraft(the.agency(), changed));
			refused(person, () -> management.updateDraft(draft, version(draft), changed));
			refused(person, () -> management.publish(draft));
			refused(person, () -> management.discardDraft(draft));
			refused(person, () -> management.amend(published, version(published), changed, "because"));
			refused(person, () -> management.withdraw(published, "because"));
			refused(person, () -> management.startEvaluation(published));
		}
		assertThatThrownBy(() -> management.publish(draft))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> management.withdraw(published, "anonymous"))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);

		assertThat(directory.challenge(draft).orElseThrow()).isEqualTo(draftBefore);
		assertThat(directory.challenge(published).orElseThrow()).isEqualTo(publishedBefore);
	}

	@Test
	void deletesADraftWithItsAttachmentsAndKeepsThatItExistedInTheAuditTrail(Scenario scenario) {
		var id = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));
		asManager(() -> management.attach(id, "brief.pdf",
				new java.io.ByteArrayInputStream(org.pilotbridge.test.TestPdfs.onePage()), null));

		scenario.stimulate(() -> asManager(() -> management.discardDraft(id)))
			.andWaitForEventOfType(DraftDiscarded.class)
			.matching(event -> event.challenge().equals(id))
			.toArriveAndVerify(event -> assertThat(event.agency()).isEqualTo(the.agency()));

		assertThat(directory.challenge(id)).isEmpty();
		assertThat(challenges.findById(id.id())).isEmpty();
		await().untilAsserted(() -> assertThat(auditTrail.entriesOf("challenge", id)).extracting(AuditEntry::action)
			.contains("challenge.drafted", "challenge.discarded"));
	}

	@Test
	void theDashboardOffersToDeleteOnlyDraftsAndNoLongerListsADeletedOne() {
		var draft = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));
		var published = publishedChallenge();

		assertThat(asManager(() -> dashboard.dashboard()).challenges())
			.filteredOn(row -> row.id().equals(draft) || row.id().equals(published))
			.extracting(AgencyDashboard.Row::id, AgencyDashboard.Row::deletable)
			.containsExactlyInAnyOrder(tuple(draft, true), tuple(published, false));

		asManager(() -> management.discardDraft(draft));

		assertThat(asManager(() -> dashboard.dashboard()).challenges()).extracting(AgencyDashboard.Row::id)
			.as("the row gone, the published challenge still there")
			.doesNotContain(draft)
			.contains(published);
	}

	@Test
	void refusesAManagerOfAnotherAgencyToDeleteADraftAndChangesNothing() {
		var draft = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));
		asManager(() -> management.attach(draft, "brief.pdf",
				new java.io.ByteArrayInputStream(org.pilotbridge.test.TestPdfs.onePage()), null));
		var before = directory.challenge(draft).orElseThrow();

		assertThatThrownBy(
				() -> runAs.person(the.otherManager(), the.otherAgency(), () -> management.discardDraft(draft)))
			.as("a challenge manager, but of another agency")
			.isInstanceOf(AccessDeniedException.class);

		assertThat(directory.challenge(draft)).contains(before);
		assertThat(attachments.count(draft)).as("its attachment kept").isOne();
		assertThat(auditTrail.entriesOf("challenge", draft)).extracting(AuditEntry::action)
			.doesNotContain("challenge.discarded");
		assertThat(asManager(() -> dashboard.dashboard()).challenges()).extracting(AgencyDashboard.Row::id)
			.contains(draft);
	}

	@Test
	void refusesToDeleteAChallengeOnceItIsPublishedAndChangesNothing() {
		var id = publishedChallenge();
		var before = directory.challenge(id).orElseThrow();

		assertThatThrownBy(() -> asManager(() -> management.discardDraft(id))).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("challenge.state.not-draft"));
		assertThat(directory.challenge(id).orElseThrow()).isEqualTo(before);
	}

	@Test
	void publishesAChallengeNeverSavedInOneStep() {
		var id = asManager(() -> management.publishNew(the.agency(), Drafts.complete(clock).build()));

		assertThat(directory.challenge(id).orElseThrow().state()).isEqualTo(ChallengeState.PUBLISHED);
	}

	@Test
	void keepsNothingOfAChallengeNeverSavedThatCannotBePublishedAndSaysWhatIsMissing() {
		var before = challenges.findByAgency(the.agency().id()).size();
		var incomplete = Drafts.complete(clock).summary("").budgetCap(null).criteria(List.of()).build();

		assertThatThrownBy(() -> asManager(() -> management.publishNew(the.agency(), incomplete)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
						.contains("summary", "budgetCap", "criteria"));
		assertThat(challenges.findByAgency(the.agency().id())).as("no draft created by surprise").hasSize(before);
	}

	@Test
	void namesEveryChangedFieldInTheChangeLogCpvCodesIncluded() {
		var id = publishedChallenge();
		var changed = draftOf(id).title("Fewer empty school buses, and vans")
			.cpvCodes(List.of("72000000-5", "48000000-8"))
			.build();

		asManager(() -> management.amend(id, version(id), changed, "Vans too, and the software they need"));

		var onlyCpv = draftOf(id).cpvCodes(List.of("48000000-8")).build();
		asManager(() -> management.amend(id, version(id), onlyCpv, "Software only"));

		var amendments = challenges.findById(id.id()).orElseThrow().amendments();
		assertThat(amendments).extracting(Challenge.Amendment::changedFields)
			.containsExactly(List.of("title", "cpvCodes"), List.of("cpvCodes"));
	}

	@Test
	void extendsTheDeadlineAndTellsWhyInTheChangeLog(Scenario scenario) {
		var id = publishedChallenge();
		var before = directory.challenge(id).orElseThrow();
		var later = draftOf(id).proposalsDeadline(Drafts.local(clock, Duration.ofDays(28))).build();

		scenario.stimulate(() -> asManager(() -> management.amend(id, version(id), later, "More time for pilots")))
			.andWaitForEventOfType(DeadlineExtended.class)
			.matching(event -> event.challenge().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.previousDeadline()).isEqualTo(before.proposalsDeadline());
				assertThat(event.newDeadline()).isAfter(before.proposalsDeadline());
			});

		var amended = directory.challenge(id).orElseThrow();
		assertThat(amended.proposalsDeadline()).isAfter(before.proposalsDeadline());
	}

	@Test
	void neverBringsTheDeadlineForward() {
		var id = publishedChallenge();
		var before = directory.challenge(id).orElseThrow();
		var sooner = draftOf(id).proposalsDeadline(Drafts.local(clock, Duration.ofDays(15))).build();

		assertThatThrownBy(() -> asManager(() -> management.amend(id, version(id), sooner, "Hurry")))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.extracting(FieldProblem::field, FieldProblem::messageKey)
				.contains(org.assertj.core.groups.Tuple.tuple("proposalsDeadline", "challenge.deadline.shortened")));
		assertThat(directory.challenge(id).orElseThrow()).isEqualTo(before);
	}

	@Test
	void freezesTheCriteriaOnceAProposalIsSubmitted() {
		var id = publishedChallenge();
		transactions.executeWithoutResult(status -> {
			submissions.lockForSubmission(id);
			submissions.recordSubmission(id);
		});
		var before = directory.challenge(id).orElseThrow();
		var reweighted = draftOf(id).criteria(List.of(
				CriterionData.of("Quality of the approach", "How well it fits our routes", 70,
						CriterionType.QUALITATIVE),
				CriterionData.of("Price", "The price asked", 30, CriterionType.PRICE)))
			.build();

		assertThatThrownBy(() -> asManager(() -> management.amend(id, version(id), reweighted, "Price matters less")))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("challenge.criteria.frozen"));
		assertThat(directory.challenge(id).orElseThrow()).isEqualTo(before);
		assertThat(before.submittedCount()).isEqualTo(1);
	}

	@Test
	void withdrawsWithAPublicReason(Scenario scenario) {
		var id = publishedChallenge();

		scenario.stimulate(() -> asManager(() -> management.withdraw(id, "The need has disappeared")))
			.andWaitForEventOfType(ChallengeWithdrawn.class)
			.matching(event -> event.challenge().equals(id))
			.toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("The need has disappeared"));

		assertThat(directory.challenge(id).orElseThrow().state()).isEqualTo(ChallengeState.WITHDRAWN);
	}

	@Test
	void showsTheChallengeClosedAtTheDeadlineAndRecordsTheCloseOnTheFirstAccessAfterTheOpeningDelay(Scenario scenario) {
		var id = publishedChallenge();
		var deadline = directory.challenge(id).orElseThrow().proposalsDeadline();
		clock.set(deadline.plusSeconds(1));

		var duringTheDelay = directory.challenge(id).orElseThrow();
		assertThat(duringTheDelay.state()).isEqualTo(ChallengeState.CLOSED);
		assertThat(duringTheDelay.proposalsOpened()).isFalse();
		assertThat(duringTheDelay.proposalsOpenAt()).isEqualTo(deadline.plus(Duration.ofMinutes(5)));
		assertThatThrownBy(() -> asManager(() -> management.withdraw(id, "Too late")))
			.isInstanceOf(ProposalDeadlinePassed.class);
		assertThat(auditTrail.entriesOf("challenge", id)).extracting(AuditEntry::action)
			.doesNotContain("challenge.closed");

		clock.set(duringTheDelay.proposalsOpenAt());
		scenario.stimulate(() -> directory.challenge(id))
			.andWaitForEventOfType(ChallengeClosed.class)
			.matching(event -> event.challenge().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.deadline()).isEqualTo(deadline);
				assertThat(event.closedAt()).isEqualTo(deadline.plus(Duration.ofMinutes(5)));
			});

		assertThat(directory.challenge(id).orElseThrow().proposalsOpened()).isTrue();
	}

	@Test
	void refusesSubmissionsReceivedFromTheDeadlineOn() {
		var id = publishedChallenge();
		var deadline = directory.challenge(id).orElseThrow().proposalsDeadline();
		clock.set(deadline);

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> submissions.lockForSubmission(id)))
			.isInstanceOfSatisfying(ProposalDeadlinePassed.class,
					refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("challenge.deadline-passed"));
		assertThat(directory.challenge(id).orElseThrow().submittedCount()).isZero();
	}

	@Test
	void startsTheEvaluationOnlyOnceTheProposalsAreOpened() {
		var id = publishedChallenge();
		assertThatThrownBy(() -> asManager(() -> management.startEvaluation(id))).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("challenge.state.not-closed"));

		var challenge = directory.challenge(id).orElseThrow();
		clock.set(challenge.proposalsDeadline());
		assertThatThrownBy(() -> asManager(() -> management.startEvaluation(id))).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("challenge.state.not-opened-yet"));

		clock.set(challenge.proposalsOpenAt());
		asManager(() -> management.startEvaluation(id));

		assertThat(directory.challenge(id).orElseThrow().state()).isEqualTo(ChallengeState.UNDER_EVALUATION);
	}

	private ChallengeId publishedChallenge() {
		var id = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));
		asManager(() -> management.publish(id));
		return id;
	}

	private ChallengeDraft.Builder draftOf(ChallengeId id) {
		return challenges.findById(id.id()).orElseThrow().toDraft().toBuilder();
	}

	private int version(ChallengeId id) {
		return challenges.findById(id.id()).orElseThrow().version();
	}

	private void refused(PersonId person, Runnable action) {
		assertThatThrownBy(() -> runAs.person(person, null, action)).isInstanceOf(AccessDeniedException.class);
	}

	private <T> T asManager(java.util.function.Supplier<T> work) {
		return runAs.person(the.manager(), the.agency(), work);
	}

	private void asManager(Runnable work) {
		runAs.person(the.manager(), the.agency(), work);
	}

}
