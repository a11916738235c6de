package org.pilotbridge.catalogue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class CatalogueMatchingIntegrationTests {

	@Autowired
	SolutionManagement solutions;

	@Autowired
	SolutionScreening screening;

	@Autowired
	SolutionQuery query;

	@Autowired
	SolutionMatching matching;

	@Autowired
	CatalogueSettings settings;

	@Autowired
	ChallengeManagement challenges;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RunAs runAs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	CatalogueParticipants the;

	@BeforeEach
	void setUp() {
		the = CatalogueParticipants.create(accounts, organisations, runAs);
	}

	@Test
	void tellsACompanyOnceWhenANewChallengeSharesTheCpvDivisionOfItsSolutions(Scenario scenario) {
		published(the.owner(), the.company(), Fixtures.completeProfile().cpvCodes(List.of("48000000-8")).build());
		published(the.owner(), the.company(),
				Fixtures.completeProfile().name("Route planner").cpvCodes(List.of("48100000-9")).build());
		var draft = draft("Knowing when the town's bins are full", List.of("48000000-8"));

		scenario.stimulate(() -> publish(draft))
			.andWaitForEventOfType(MatchingChallengePublished.class)
			.matching(event -> event.company().equals(the.company()))
			.toArriveAndVerify(event -> {
				assertThat(event.challengeTitle()).isEqualTo("Knowing when the town's bins are full");
				assertThat(event.solutionNames()).containsExactlyInAnyOrder("Bin fill sensors", "Route planner");
			});
	}

	@Test
	void matchesAChallengeByTheWordsOfItsTitleAndSummary(Scenario scenario) {
		published(the.owner(), the.company(),
				Fixtures.completeProfile()
					.name("Icy cycle path alerts " + the.run())
					.pitch("Road sensors forecast icy cycle paths so that gritters go out in time.")
					.cpvCodes(List.of("90620000-9"))
					.build());

		scenario.stimulate(() -> publish(draft("Cycle paths free of ice all winter", List.of("72000000-5"))))
			.andWaitForEventOfType(MatchingChallengePublished.class)
			.matching(event -> event.company().equals(the.company()))
			.toArriveAndVerify(event -> assertThat(event.solutionNames()).hasSize(1));
	}

	@Test
	void doesNotTellACompanyThatTurnedSuchNewsOff(Scenario scenario) {
		published(the.owner(), the.company(), Fixtures.completeProfile().cpvCodes(List.of("34900000-6")).build());
		var otherMember = the.otherOwner();
		published(otherMember, the.otherCompany(),
				Fixtures.completeProfile().name("Other sensors").cpvCodes(List.of("34900000-6")).build());
		runAs.person(the.member(), the.company(), () -> settings.setMatchNotifications(the.company(), false));

		scenario.stimulate(() -> publish(draft("Parking signs that show free spaces", List.of("34996000-5"))))
			.andWaitForEventOfType(MatchingChallengePublished.class)
			.matching(event -> event.company().equals(the.otherCompany()))
			.toArrive();

		assertThat(runAs.person(the.owner(), the.company(), () -> settings.matchNotifications(the.company())))
			.isFalse();
		await().untilAsserted(() -> assertThat(matchedCompanies()).contains(the.otherCompany().id()));
		assertThat(matchedCompanies()).doesNotContain(the.company().id());
	}

	@Test
	void suggestsMatchingSolutionsToTheChallengesManagersOnly() {
		var solution = published(the.owner(), the.company(),
				Fixtures.completeProfile().cpvCodes(List.of("48000000-8")).build());
		var draft = runAs.person(the.manager(), the.agency(),
				() -> challenges.createDraft(the.agency(), draft("Fuller bins", List.of("48800000-6")).build()));

		var suggestions = runAs.person(the.manager(), the.agency(), () -> matching.suggestionsFor(draft));

		assertThat(suggestions.solutions()).extracting(SuggestedSolution::id).contains(solution);
		assertThat(suggestions.canInvite()).isFalse();
		for (var person : List.of(the.owner(), the.outsider())) {
			assertThatThrownBy(() -> runAs.person(person, null, () -> matching.suggestionsFor(draft)))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void invitesTheCompanyOfASuggestedSolutionOnceWhileTheChallengeIsOpen(Scenario scenario) {
		var solution = published(the.owner(), the.company(),
				Fixtures.completeProfile().cpvCodes(List.of("48000000-8")).build());
		var challenge = publish(draft("Fuller bins", List.of("48000000-8")));

		scenario
			.stimulate(() -> runAs.person(the.manager(), the.agency(),
					() -> matching.invite(challenge, solution, "Your sensors look like a fit.")))
			.andWaitForEventOfType(CompanyInvitedToChallenge.class)
			.matching(event -> event.solution().equals(solution))
			.toArriveAndVerify(event -> {
				assertThat(event.company()).isEqualTo(the.company());
				assertThat(event.message()).isEqualTo("Your sensors look like a fit.");
				assertThat(event.agencyName()).isEqualTo("Agency " + the.run());
			});

		assertThat(runAs.person(the.manager(), the.agency(), () -> matching.suggestionsFor(challenge)).solutions())
			.filteredOn(s -> s.id().equals(solution))
			.allSatisfy(s -> assertThat(s.invitedAt()).isNotNull());
		assertThatThrownBy(
				() -> runAs.person(the.manager(), the.agency(), () -> matching.invite(challenge, solution, "")))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("catalogue.invite.already"));
		assertThatThrownBy(
				() -> runAs.person(the.owner(), the.company(), () -> matching.invite(challenge, solution, "")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private List<java.util.UUID> matchedCompanies() {
		return jdbc.sql("SELECT company_id FROM catalogue_challenge_match").query(java.util.UUID.class).list();
	}

	private SolutionId published(org.pilotbridge.identity.PersonId owner, OrganisationId company,
			SolutionProfile profile) {
		var id = runAs.person(owner, company, () -> solutions.create(company, profile));
		runAs.person(owner, company, () -> solutions.submit(id));
		var version = runAs.person(owner, company, () -> query.managed(id)).version();
		runAs.person(the.admin(), null, () -> screening.approve(id, version));
		return id;
	}

	private ChallengeId publish(ChallengeDraft.Builder draft) {
		return runAs.person(the.manager(), the.agency(), () -> {
			var id = challenges.createDraft(the.agency(), draft.build());
			challenges.publish(id);
			return id;
		});
	}

	private ChallengeDraft.Builder draft(String title, List<String> cpvCodes) {
		var now = LocalDateTime.ofInstant(clock.instant(), ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
		return ChallengeDraft.builder()
			.title(title)
			.summary("We want to pilot something new " + the.run() + ".")
			.problemStatement("The problem, described.")
			.context("The context.")
			.expectedOutcome("What success looks like.")
			.constraints("None in particular.")
			.budgetCap(Money.euros(20_000))
			.pilotDurationWeeks(10)
			.questionsDeadline(now.plus(Duration.ofDays(10)))
			.proposalsDeadline(now.plus(Duration.ofDays(21)))
			.criteria(List.of(CriterionData.of("Approach", "How", 60, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price", 40, CriterionType.PRICE)))
			.cpvCodes(cpvCodes)
			.languages(List.of(Language.ENGLISH));
	}

}
