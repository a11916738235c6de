package org.pilotbridge.opendata;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeOutcomes;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSubmissions;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.QuestionId;
import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotId;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalOutcome;
import org.pilotbridge.proposal.ProposalOutcomes;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.awaitility.Awaitility.await;

/**
 * Challenges taken through their life with the real services, each step waiting for the
 * release it publishes, and one set of challenges in every state, made once per
 * application context. Imported by {@link OpenDataTestConfiguration}, never scanned.
 */
class OpenDataScenarios {

	static final Duration STANDSTILL = Duration.ofDays(10);

	private static final Duration LONG_OPEN = Duration.ofDays(400);

	private final TestIdentities identities;

	private final OrganisationManagement organisations;

	private final OrganisationDirectory directory;

	private final RunAs runAs;

	private final ChallengeManagement management;

	private final ChallengeQuery query;

	private final ChallengeDirectory challenges;

	private final ChallengeOutcomes outcomes;

	private final ChallengeSubmissions submissions;

	private final ClarificationManagement clarifications;

	private final FakeAwardDetails awardDetails;

	private final TestBidding bidding;

	private final ProposalManagement proposals;

	private final ProposalOutcomes proposalOutcomes;

	private final PilotManagement pilots;

	private final PilotQuery pilotQuery;

	private final OcdsJobs jobs;

	private final OpenDataProperties properties;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	private @Nullable EveryState everyState;

	OpenDataScenarios(TestIdentities identities, OrganisationManagement organisations, OrganisationDirectory directory,
			RunAs runAs, ChallengeManagement management, ChallengeQuery query, ChallengeDirectory challenges,
			ChallengeOutcomes outcomes, ChallengeSubmissions submissions, ClarificationManagement clarifications,
			FakeAwardDetails awardDetails, TestBidding bidding, ProposalManagement proposals,
			ProposalOutcomes proposalOutcomes, PilotManagement pilots, PilotQuery pilotQuery, OcdsJobs jobs,
			OpenDataProperties properties, TransactionTemplate transactions, JdbcClient jdbc, MutableClock clock) {
		this.identities = identities;
		this.organisations = organisations;
		this.directory = directory;
		this.runAs = runAs;
		this.management = management;
		this.query = query;
		this.challenges = challenges;
		this.outcomes = outcomes;
		this.submissions = submissions;
		this.clarifications = clarifications;
		this.awardDetails = awardDetails;
		this.bidding = bidding;
		this.proposals = proposals;
		this.proposalOutcomes = proposalOutcomes;
		this.pilots = pilots;
		this.pilotQuery = pilotQuery;
		this.jobs = jobs;
		this.properties = properties;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The states a challenge goes through, each a case of the tests. */
	enum Case {

		DRAFT, PUBLISHED, AMENDED, WITHDRAWN, CLOSED, UNDER_EVALUATION, AWARDED, NO_AWARD,

		/** Awarded to a real proposal, whose pilot then runs to its end. */
		PILOT

	}

	/**
	 * A challenge of each case, made by one cast; the published and amended ones are
	 * still open, the awarded one is in force (its standstill period is over).
	 */
	synchronized EveryState everyState() {
		if (everyState == null) {
			everyState = makeEveryState();
		}
		return everyState;
	}

	private EveryState makeEveryState() {
		var cast = cast();
		var made = new EnumMap<Case, Made>(Case.class);
		var closing = List.of(Case.CLOSED, Case.UNDER_EVALUATION, Case.AWARDED, Case.NO_AWARD, Case.WITHDRAWN,
				Case.PILOT);
		for (var kind : closing) {
			made.put(kind, publish(cast,
					draft(cast, kind.name().toLowerCase().replace('_', ' ') + " challenge", "72000000-5")));
		}
		recordSubmissions(made.get(Case.AWARDED).id(), 2);
		var bids = bid(cast, made.get(Case.PILOT));
		withdraw(cast, made.get(Case.WITHDRAWN), "The need has disappeared");
		passDeadline(made.get(Case.CLOSED));
		for (var kind : List.of(Case.CLOSED, Case.UNDER_EVALUATION, Case.AWARDED, Case.NO_AWARD, Case.PILOT)) {
			close(made.get(kind));
		}
		for (var kind : List.of(Case.UNDER_EVALUATION, Case.AWARDED, Case.NO_AWARD, Case.PILOT)) {
			startEvaluation(cast, made.get(kind));
		}
		award(made.get(Case.AWARDED), cast.winner(), List.of(cast.winner(), cast.loser()));
		bringAwardsIntoForce(made.get(Case.AWARDED));
		noAward(made.get(Case.NO_AWARD));
		awardWithPilot(cast, made.get(Case.PILOT), bids);
		runPilotToItsEnd(cast, made.get(Case.PILOT));

		// Test classes share the clock and move it on to close their own challenges:
		// these stay open long.
		made.put(Case.PUBLISHED, publish(cast, longOpen(draft(cast, "Open data for school canteens", "90000000-7"))));
		made.put(Case.AMENDED,
				publish(cast, longOpen(draft(cast, "Smarter street lighting", "72000000-5", "34000000-7"))));
		amendDeadline(cast, made.get(Case.AMENDED), LONG_OPEN.plusDays(30), "More time for pilots");
		var questions = askQuestions(cast, made.get(Case.PUBLISHED));
		var draft = runAs.person(cast.manager().id(), cast.agency(),
				() -> management.createDraft(cast.agency(),
						draft(cast, "DRAFT SECRET " + cast.run(), "72000000-5")
							.summary("Unpublished summary " + cast.run())
							.build()));
		made.put(Case.DRAFT, new Made(draft, null));
		return new EveryState(cast, made, questions);
	}

	/** New people and organisations, their names unique to this cast. */
	Cast cast() {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var admin = identities.platformAdmin("Ada Admin " + run);
		var manager = identities.person("Marc Manager " + run);
		var agency = identities.agency(manager, "Agency " + run);
		var otherManager = identities.person("Olga Manager " + run);
		var otherAgency = identities.agency(otherManager, "Other agency " + run);
		var winnerOwner = identities.person("Wendy Winner " + run);
		var winner = identities.company(winnerOwner, "Winner company " + run);
		var loserOwner = identities.person("Lars Loser " + run);
		var loser = runAs.person(loserOwner, null,
				() -> organisations.register(OrganisationData.of(OrganisationKind.COMPANY, "Loser company " + run, "DE",
						"Hauptstraße 1", "10115", "Berlin", "",
						"DE" + (100_000_000 + Math.abs(run.hashCode() % 899_999_999)), SizeClass.SMALL)));
		for (var organisation : List.of(agency, otherAgency, winner, loser)) {
			identities.verify(admin, organisation);
		}
		return new Cast(run, person(admin), person(manager), agency, person(otherManager), otherAgency,
				person(winnerOwner), winner, person(loserOwner), loser);
	}

	ChallengeDraft.Builder draft(Cast cast, String title, String... cpvCodes) {
		return ChallengeDraft.builder()
			.title(title + " " + cast.run())
			.summary("Plan routes from actual ridership, " + cast.run() + ".")
			.problemStatement("Our **school buses** run half empty on rural roads.")
			.context("Twelve buses serve forty villages; routes date from 2009.")
			.expectedOutcome("Routes that follow ridership; success is 20% fewer kilometres.")
			.constraints("Pupils' data stays in the EU.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(12)
			.questionsDeadline(local(Duration.ofDays(10)))
			.proposalsDeadline(local(Duration.ofDays(21)))
			.criteria(List.of(
					CriterionData.of("Quality of the approach", "How well it fits our routes", 60,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "The price asked", 40, CriterionType.PRICE)))
			.cpvCodes(List.of(cpvCodes))
			.tags(List.of("mobility"))
			.languages(List.of(Language.ENGLISH));
	}

	private ChallengeDraft.Builder longOpen(ChallengeDraft.Builder draft) {
		return draft.questionsDeadline(local(LONG_OPEN.minusDays(100))).proposalsDeadline(local(LONG_OPEN));
	}

	Made publish(Cast cast, ChallengeDraft.Builder draft) {
		tick();
		var id = asManager(cast, () -> management.createDraft(cast.agency(), draft.build()));
		asManager(cast, () -> management.publish(id));
		var made = new Made(id, challenges.challenge(id).orElseThrow().reference());
		awaitReleases(made, 1);
		return made;
	}

	void amendDeadline(Cast cast, Made challenge, Duration after, String reason) {
		tick();
		var before = releases(challenge);
		asManager(cast, () -> {
			var managed = query.managed(challenge.id());
			management.amend(challenge.id(), managed.version(),
					managed.content().toBuilder().proposalsDeadline(local(after)).build(), reason);
		});
		awaitReleases(challenge, before + 1);
	}

	void withdraw(Cast cast, Made challenge, String reason) {
		tick();
		var before = releases(challenge);
		asManager(cast, () -> management.withdraw(challenge.id(), reason));
		awaitReleases(challenge, before + 1);
	}

	void recordSubmissions(ChallengeId id, int count) {
		for (var i = 0; i < count; i++) {
			transactions.executeWithoutResult(status -> {
				submissions.lockForSubmission(id);
				submissions.recordSubmission(id);
			});
		}
	}

	/**
	 * Moves the clock to the opening of the challenge's proposals, just past its
	 * deadline, when its close is recorded.
	 */
	void passDeadline(Made challenge) {
		var opening = challenges.challenge(challenge.id()).orElseThrow().proposalsOpenAt();
		if (clock.instant().isBefore(opening)) {
			clock.set(opening);
		}
	}

	/** Closes the challenge, on first access after the opening of its proposals. */
	void close(Made challenge) {
		passDeadline(challenge);
		var before = releases(challenge);
		challenges.challenge(challenge.id());
		awaitReleases(challenge, before + 1);
	}

	void startEvaluation(Cast cast, Made challenge) {
		tick();
		var before = releases(challenge);
		asManager(cast, () -> management.startEvaluation(challenge.id()));
		awaitReleases(challenge, before + 1);
	}

	/**
	 * Awards a pilot of EUR 24,000 to the winner; the awards are pending during the
	 * standstill period.
	 */
	void award(Made challenge, OrganisationId winner, List<OrganisationId> bidders) {
		award(challenge, List.of(new AwardDecision.Winner(winner, Money.euros(24_000))), bidders);
	}

	/**
	 * Awards a pilot to each winner; the awards are pending during the standstill period.
	 */
	void award(Made challenge, List<AwardDecision.Winner> winners, List<OrganisationId> bidders) {
		tick();
		var before = releases(challenge);
		awardDetails.decide(challenge.id(),
				new AwardDecision(clock.instant(), clock.instant().plus(STANDSTILL), winners, bidders));
		transactions.executeWithoutResult(status -> outcomes.award(challenge.id()));
		awaitReleases(challenge, before + 1);
	}

	void bringAwardsIntoForce(Made challenge) {
		clock.advance(STANDSTILL.plusMinutes(1));
		var before = releases(challenge);
		jobs.bringAwardsIntoForce();
		awaitReleases(challenge, before + 1);
	}

	/**
	 * Real proposals of the winner and the loser, submitted by their owners; the winner's
	 * first.
	 */
	List<ProposalId> bid(Cast cast, Made challenge) {
		var summary = challenges.challenge(challenge.id()).orElseThrow();
		var bids = new ArrayList<ProposalId>();
		for (var bidder : List.of(new Bidder(cast.winnerOwner().id(), cast.winner()),
				new Bidder(cast.loserOwner().id(), cast.loser()))) {
			var proposal = bidding.proposal(bidder.person(), bidder.company(), summary, bidding.complete(summary));
			runAs.person(bidder.person(), bidder.company(), () -> proposals.submit(proposal));
			bids.add(proposal);
		}
		return bids;
	}

	/**
	 * Awards the winner's proposal as a decision coming into force does (no standstill
	 * period left), and waits for the award release and the contract release of its
	 * pilot.
	 */
	void awardWithPilot(Cast cast, Made challenge, List<ProposalId> bids) {
		tick();
		var before = releases(challenge);
		awardDetails.decide(challenge.id(),
				new AwardDecision(clock.instant(), clock.instant(),
						List.of(new AwardDecision.Winner(cast.winner(), Money.euros("19500.00"))),
						List.of(cast.winner(), cast.loser())));
		transactions.executeWithoutResult(status -> {
			outcomes.award(challenge.id());
			proposalOutcomes.record(bids.get(0), ProposalOutcome.AWARDED);
			proposalOutcomes.record(bids.get(1), ProposalOutcome.NOT_AWARDED);
		});
		awaitReleases(challenge, before + 2);
	}

	/**
	 * The pilot of the awarded challenge as its managers run it, each step waiting for
	 * its release.
	 */
	void runPilotToItsEnd(Cast cast, Made challenge) {
		var reference = challenge.reference() + "-P1";
		var today = LocalDate.ofInstant(clock.instant(), ChallengeDraft.DEFAULT_TIME_ZONE);
		pilotStep(cast, challenge, reference, (id, version) -> pilots.schedule(id, version, today, today.plusWeeks(6)));
		pilotStep(cast, challenge, reference,
				(id, version) -> pilots.addMilestone(id, version, "Routes in use on two lines", today.plusWeeks(2)));
		pilotStep(cast, challenge, reference, (id, version) -> pilots.start(id, version));
		pilotStep(cast, challenge, reference, (id, version) -> pilots.markMilestone(id, version, 1, true));
		clock.advance(Duration.ofDays(43));
		pilotStep(cast, challenge, reference, (id, version) -> pilots.complete(id, version, today.plusWeeks(6),
				new PilotResults(PilotOutcome.SUCCEEDED, LESSONS + cast.run(), PilotDecision.SCALE_UP)));
		runAs.person(cast.winnerOwner().id(), cast.winner(), () -> {
			var pilot = pilotQuery.byReference(reference).pilot();
			pilots.writeAccount(pilot.id(), pilot.version(), ACCOUNT + cast.run());
		});
	}

	/** A private text: lessons are on the results page, never in the open data feed. */
	static final String LESSONS = "Lessons that belong on the results page only ";

	static final String ACCOUNT = "The company's own account, on the results page only ";

	private void pilotStep(Cast cast, Made challenge, String reference, BiConsumer<PilotId, Integer> step) {
		tick();
		var before = releases(challenge);
		asManager(cast, () -> {
			var pilot = pilotQuery.byReference(reference).pilot();
			step.accept(pilot.id(), pilot.version());
		});
		awaitReleases(challenge, before + 1);
	}

	/** The internal id of a pilot, which must never be published. */
	UUID pilotId(String reference) {
		return jdbc.sql("SELECT id FROM pilot WHERE reference = ?").param(reference).query(UUID.class).single();
	}

	private record Bidder(PersonId person, OrganisationId company) {
	}

	void noAward(Made challenge) {
		tick();
		var before = releases(challenge);
		transactions.executeWithoutResult(status -> outcomes.noAward(challenge.id()));
		awaitReleases(challenge, before + 1);
	}

	/**
	 * A question answered as rephrased, one waiting for an answer, one rejected: only the
	 * first is public.
	 */
	Questions askQuestions(Cast cast, Made challenge) {
		var asker = cast.loserOwner().id();
		var answered = ask(asker, cast.loser(), challenge, "Lars from Loser company asks: can we use GPS data?");
		var pending = ask(asker, cast.loser(), challenge, "Pending question nobody may read " + cast.run());
		var rejected = ask(asker, cast.loser(), challenge, "Rejected question nobody may read " + cast.run());
		asManager(cast, () -> {
			clarifications.answer(answered, "Can bidders use GPS data?", "Yes, anonymised GPS data is available.");
			clarifications.reject(rejected, "Private rejection reason " + cast.run());
		});
		return new Questions(
				List.of("Lars from Loser company asks: can we use GPS data?",
						"Pending question nobody may read " + cast.run(),
						"Rejected question nobody may read " + cast.run(), "Private rejection reason " + cast.run()),
				List.of(answered.id(), pending.id(), rejected.id()));
	}

	private QuestionId ask(PersonId asker, OrganisationId company, Made challenge, String text) {
		return runAs.person(asker, company, () -> clarifications.ask(challenge.id(), text));
	}

	String ocid(Made challenge) {
		return properties.ocid(challenge.reference());
	}

	int releases(Made challenge) {
		return jdbc.sql("SELECT count(*) FROM ocds_release WHERE ocid = ?")
			.param(ocid(challenge))
			.query(Integer.class)
			.single();
	}

	void awaitReleases(Made challenge, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> releases(challenge) >= count);
	}

	/** Lets a few minutes pass, so that every step has a date of its own. */
	void tick() {
		clock.advance(Duration.ofMinutes(5));
	}

	private LocalDateTime local(Duration after) {
		return LocalDateTime.ofInstant(clock.instant().plus(after), ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

	private <T> T asManager(Cast cast, Supplier<T> work) {
		return runAs.person(cast.manager().id(), cast.agency(), work);
	}

	private void asManager(Cast cast, Runnable work) {
		runAs.person(cast.manager().id(), cast.agency(), work);
	}

	private PersonSummary person(PersonId id) {
		return directory.person(id).orElseThrow();
	}

	/** People and organisations; the companies both bid, the winner is awarded. */
	record Cast(String run, PersonSummary admin, PersonSummary manager, OrganisationId agency,
			PersonSummary otherManager, OrganisationId otherAgency, PersonSummary winnerOwner, OrganisationId winner,
			PersonSummary loserOwner, OrganisationId loser) {

		List<PersonSummary> people() {
			return List.of(admin, manager, otherManager, winnerOwner, loserOwner);
		}

	}

	/** A challenge made in a test; drafts have no reference. */
	record Made(ChallengeId id, @Nullable String reference) {
	}

	/** Texts of questions that must stay private, and the ids of all questions. */
	record Questions(List<String> privateTexts, List<UUID> ids) {
	}

	record EveryState(Cast cast, Map<Case, Made> challenges, Questions questions) {

		Made get(Case kind) {
			return challenges.get(kind);
		}

		List<Made> published() {
			var published = new ArrayList<Made>();
			challenges.forEach((kind, made) -> {
				if (kind != Case.DRAFT) {
					published.add(made);
				}
			});
			return published;
		}

	}

}
