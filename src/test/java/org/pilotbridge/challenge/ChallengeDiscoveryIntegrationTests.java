package org.pilotbridge.challenge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class ChallengeDiscoveryIntegrationTests {

	@Autowired
	ChallengeManagement management;

	@Autowired
	ChallengeSearch search;

	@Autowired
	ChallengeQuery query;

	@Autowired
	ClarificationManagement clarifications;

	@Autowired
	ClarificationQuery clarificationQuery;

	@Autowired
	ChallengeFollowing following;

	@Autowired
	SavedSearchManagement savedSearches;

	@Autowired
	ChallengeAudience audience;

	@Autowired
	AgencyDashboard dashboard;

	@Autowired
	ChallengeReminders reminders;

	@Autowired
	Challenges challenges;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RunAs runAs;

	@Autowired
	MutableClock clock;

	Participants the;

	@BeforeEach
	void setUp() {
		the = Participants.create(accounts, organisations, runAs);
	}

	@Test
	void findsAFrenchChallengeByAFrenchWordInAnyFormAndHighlightsIt() {
		var id = publish(Drafts.complete(clock)
			.title("Moins de bus scolaires vides")
			.summary("Adapter les tournées des écoles rurales à la fréquentation réelle.")
			.problemStatement("Nos bus scolaires roulent à moitié vides sur les routes de campagne.")
			.languages(List.of(Language.FRENCH, Language.DUTCH)));

		var byStem = search.search(SearchCriteria.text("école").withAgency(the.agency()), 0, 10);
		var asTyped = search.search(SearchCriteria.text("campagne").withAgency(the.agency()), 0, 10);
		var inEnglish = search.search(SearchCriteria.text("school").withAgency(the.agency()), 0, 10);

		assertThat(byStem.hits()).extracting(SearchHit::id).containsExactly(id);
		assertThat(byStem.hits().get(0).summary()).contains(new SearchHit.Segment("écoles", true));
		assertThat(asTyped.hits()).extracting(SearchHit::id).containsExactly(id);
		assertThat(inEnglish.total()).isZero();
		assertThat(search
			.search(SearchCriteria.text("école").withLanguage(Language.ENGLISH).withAgency(the.agency()), 0, 10)
			.total()).isZero();
	}

	@Test
	void searchesTheAmendedTextAndKeepsItsWordsThroughSavesThatChangeNoText() {
		var id = publish(Drafts.complete(clock).title("Counting cyclists on bridges"));
		var amended = challenges.findById(id.id())
			.orElseThrow()
			.toDraft()
			.toBuilder()
			.title("Counting pedestrians on bridges")
			.build();
		asManager(() -> management.amend(id, challenges.findById(id.id()).orElseThrow().version(), amended,
				"Pedestrians matter more here"));

		assertThat(ids(SearchCriteria.text("pedestrians").withAgency(the.agency()))).containsExactly(id);
		assertThat(ids(SearchCriteria.text("cyclists").withAgency(the.agency()))).isEmpty();

		asManager(() -> management.withdraw(id, "The bridges close for works"));

		assertThat(ids(SearchCriteria.text("pedestrians").withAgency(the.agency()).withStatus(PublicStatus.WITHDRAWN)))
			.containsExactly(id);
	}

	@Test
	void filtersByCpvDivisionAndNeverShowsDrafts() {
		var software = publish(Drafts.complete(clock).cpvCodes(List.of("48000000-8")));
		var services = publish(Drafts.complete(clock).cpvCodes(List.of("72000000-5", "90000000-7")));
		asManager(() -> management.createDraft(the.agency(),
				Drafts.complete(clock).cpvCodes(List.of("48000000-8")).build()));

		assertThat(ids(SearchCriteria.all().withAgency(the.agency()).withCpvDivision("48"))).containsExactly(software);
		assertThat(ids(SearchCriteria.all().withAgency(the.agency()).withCpvDivision("90"))).containsExactly(services);
		assertThat(ids(SearchCriteria.all().withAgency(the.agency()))).containsExactlyInAnyOrder(software, services);
		assertThatThrownBy(() -> search.search(SearchCriteria.all().withCpvDivision("4"), 0, 10))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void findsClosedChallengesUnderClosedOnceTheirDeadlineHasPassed() {
		var id = publish(Drafts.complete(clock));
		clock.set(challenges.findById(id.id()).orElseThrow().proposalsDeadline().orElseThrow());

		assertThat(ids(SearchCriteria.all().withAgency(the.agency()).withStatus(PublicStatus.OPEN))).isEmpty();
		assertThat(ids(SearchCriteria.all().withAgency(the.agency()).withStatus(PublicStatus.CLOSED)))
			.containsExactly(id);
	}

	@Test
	void showsAPublicChallengeToAnyoneWithSafeHtmlAndItsAgency() {
		var id = publish(Drafts.complete(clock).problemStatement("<script>alert(1)</script>\n\n**Half empty** buses"));
		var reference = challenges.findById(id.id()).orElseThrow().reference().orElseThrow();

		var page = query.byReference(reference).orElseThrow();

		assertThat(page.problemStatementHtml()).doesNotContain("<script").contains("<strong>Half empty</strong>");
		assertThat(page.agencyName()).startsWith("Agency ");
		assertThat(page.criteria()).extracting(Criterion::weight).containsExactly(60, 40);
		assertThat(page.cpvCodes()).extracting(CpvCatalogue.Entry::code).containsExactly("72000000-5");
		var draft = asManager(() -> management.createDraft(the.agency(), Drafts.complete(clock).build()));
		assertThat(query.byReference("CH-1999-0001")).isEmpty();
		assertThatThrownBy(() -> query.attachment(draft, new AttachmentId(UUID.randomUUID())))
			.isInstanceOf(ChallengeNotFound.class);
	}

	@Test
	void keepsPendingQuestionsAndWhoAskedAmongTheManagers() {
		var id = publish(Drafts.complete(clock));
		var question = asCompanyMember(() -> clarifications.ask(id, "Can we use the data of Sensory Labs' sensors?"));

		var pending = asManager(() -> clarificationQuery.pending(id));
		assertThat(pending).singleElement().satisfies(q -> {
			assertThat(q.askedBy()).isEqualTo(the.companyMember());
			assertThat(q.company()).isEqualTo(the.company());
		});
		for (var person : List.of(the.agencyMember(), the.otherManager(), the.companyMember(), the.outsider())) {
			assertThatThrownBy(() -> runAs.person(person, null, () -> clarificationQuery.pending(id)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> runAs.person(person, null, () -> clarifications.answer(question, null, "No")))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(clarificationQuery.answers(id)).isEmpty();

		asManager(() -> clarifications.answer(question, "Can we use the data of existing sensors?",
				"Yes, if **anonymised**."));

		assertThat(clarificationQuery.answers(id)).singleElement().satisfies(answer -> {
			assertThat(answer.question()).isEqualTo("Can we use the data of existing sensors?");
			assertThat(answer.answerHtml()).contains("<strong>anonymised</strong>");
		});
		var reference = challenges.findById(id.id()).orElseThrow().reference().orElseThrow();
		assertThat(query.byReference(reference).orElseThrow().answers().toString()).doesNotContain("Sensory Labs",
				the.companyMember().toString());
		assertThat(asManager(() -> clarificationQuery.pending(id))).isEmpty();
	}

	@Test
	void tellsOnlyTheAskerWhyTheirQuestionWasRejected() {
		var id = publish(Drafts.complete(clock));
		var question = asCompanyMember(() -> clarifications.ask(id, "What is the budget of the other bidders?"));

		asManager(() -> clarifications.reject(question, "We cannot share anything about other bidders."));

		assertThat(asCompanyMember(() -> clarificationQuery.mine(id))).singleElement().satisfies(mine -> {
			assertThat(mine.state()).isEqualTo(QuestionState.REJECTED);
			assertThat(mine.rejectionReason()).isEqualTo("We cannot share anything about other bidders.");
		});
		assertThat(runAs.person(the.outsider(), null, () -> clarificationQuery.mine(id))).isEmpty();
		assertThat(clarificationQuery.answers(id)).isEmpty();
	}

	@Test
	void refusesQuestionsAfterTheQuestionsDeadlineAndFromNonCompanies() {
		var id = publish(Drafts.complete(clock));
		assertThatThrownBy(() -> asManager(() -> clarifications.ask(id, "Ourselves?")))
			.isInstanceOf(AccessDeniedException.class);
		clock.set(challenges.findById(id.id()).orElseThrow().questionsDeadline().orElseThrow());

		assertThatThrownBy(() -> asCompanyMember(() -> clarifications.ask(id, "Too late?"))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::messageKey)
					.containsExactly("challenge.question.deadline-passed"));
		assertThat(asManager(() -> clarificationQuery.pending(id))).isEmpty();
	}

	@Test
	void listsFollowersAndRemindsThemOnceBeforeTheDeadline(Scenario scenario) {
		var id = publish(Drafts.complete(clock));
		asCompanyMember(() -> following.follow(id));
		asCompanyMember(() -> following.follow(id));
		assertThatThrownBy(() -> asManager(() -> following.follow(id))).isInstanceOf(AccessDeniedException.class);

		assertThat(audience.followers(id)).containsExactly(the.companyMember());
		assertThat(asCompanyMember(() -> following.followed())).extracting(ChallengeFollowing.FollowedChallenge::id)
			.contains(id);

		clock.set(challenges.findById(id.id())
			.orElseThrow()
			.proposalsDeadline()
			.orElseThrow()
			.minus(Duration.ofHours(47)));
		scenario.stimulate(() -> reminders.announceApproachingDeadlines())
			.andWaitForEventOfType(FollowedChallengeDeadlineApproaching.class)
			.matching(event -> event.challenge().equals(id))
			.toArrive();
		assertThat(reminders.announceApproachingDeadlines()).isZero();

		asCompanyMember(() -> following.unfollow(id));
		assertThat(audience.followers(id)).isEmpty();
	}

	@Test
	void matchesSavedSearchesAgainstANewChallenge() {
		var mobility = asCompanyMember(() -> savedSearches.save("Buses",
				SearchCriteria.text("buses").withAgency(the.agency()).withCpvDivision("72"),
				SavedSearchFrequency.IMMEDIATE));
		var elsewhere = asCompanyMember(() -> savedSearches.save("Elsewhere",
				SearchCriteria.all().withAgency(the.otherAgency()), SavedSearchFrequency.DAILY));
		var anything = asCompanyMember(() -> savedSearches.save("Cheap",
				SearchCriteria.all().withAgency(the.agency()).withBudget(null, new BigDecimal("20000")),
				SavedSearchFrequency.DAILY));
		var since = clock.instant();

		var id = publish(Drafts.complete(clock));

		assertThat(audience.savedSearchesMatching(id)).extracting(ChallengeAudience.SavedSearchMatch::savedSearch)
			.contains(mobility)
			.doesNotContain(elsewhere, anything);
		assertThat(audience.publishedSinceMatching(mobility, since)).extracting(SearchHit::id).containsExactly(id);
		assertThat(audience.publishedSinceMatching(anything, since)).isEmpty();
		assertThat(asCompanyMember(() -> savedSearches.mine())).hasSizeGreaterThanOrEqualTo(3);
		assertThatThrownBy(() -> runAs.person(the.outsider(), null, () -> savedSearches.delete(mobility)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void showsTheAgencyWhatNeedsItsAction() {
		var withQuestion = publish(Drafts.complete(clock));
		asCompanyMember(() -> clarifications.ask(withQuestion, "When can we visit the depot?"));
		var draft = asManager(
				() -> management.createDraft(the.agency(), ChallengeDraft.builder().title("Later").build()));

		var board = runAs.person(the.agencyMember(), the.agency(), () -> dashboard.dashboard());

		assertThat(board.agency()).isEqualTo(the.agency());
		assertThat(board.manager()).isFalse();
		assertThat(board.counts()).containsEntry(ChallengeState.PUBLISHED, 1L).containsEntry(ChallengeState.DRAFT, 1L);
		assertThat(board.needsAction())
			.extracting(AgencyDashboard.ActionItem::action, AgencyDashboard.ActionItem::challenge)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(AgencyDashboard.Action.ANSWER_QUESTIONS, withQuestion),
					org.assertj.core.groups.Tuple.tuple(AgencyDashboard.Action.FINISH_DRAFT, draft));
		assertThatThrownBy(() -> asCompanyMember(() -> dashboard.dashboard()))
			.isInstanceOf(AccessDeniedException.class);
	}

	/**
	 * Two thousand challenges stored straight through the repository (no events, no
	 * audit), in two languages, three divisions and varied budgets and deadlines; the
	 * search must count, filter, order and page them right.
	 */
	@Test
	void searchesThousandsOfChallengesCorrectly() {
		var run = UUID.randomUUID().toString().substring(0, 6);
		var now = clock.instant();
		var divisions = List.of("72000000-5", "48000000-8", "90000000-7");
		var batch = new ArrayList<Challenge>();
		for (int i = 0; i < 2000; i++) {
			var french = i % 2 == 1;
			var draft = Drafts.complete(clock)
				.title((french ? "Défi " : "Challenge ") + i)
				.problemStatement(i % 100 == 1 ? "Des bus à hydrogène" : "Buses")
				.budgetCap(Money.euros(1_000 + (i * 7919L) % 29_000))
				.proposalsDeadline(Drafts.local(clock, Duration.ofDays(15 + (i * 31) % 60)))
				.cpvCodes(List.of(divisions.get(i % 3)))
				.languages(List.of(french ? Language.FRENCH : Language.ENGLISH))
				.scale(new EvaluationScale(0, 5, List.of("0", "1", "2", "3", "4", "5")))
				.build();
			var challenge = Challenge.draft(the.agency(), the.manager(), draft, now);
			challenge.publish("S%s-%04d".formatted(run, i), now.plusSeconds(i));
			batch.add(challenge);
		}
		challenges.saveAll(batch);
		var all = SearchCriteria.all().withAgency(the.agency());

		assertThat(search.search(all, 0, 10).total()).isEqualTo(2000);
		assertThat(search.search(all.withCpvDivision("48"), 0, 10).total()).isEqualTo(667);
		assertThat(search.search(all.withLanguage(Language.FRENCH), 0, 10).total()).isEqualTo(1000);
		assertThat(search.search(all.withText("hydrogène"), 0, 100).hits()).hasSize(20)
			.allSatisfy(hit -> assertThat(hit.languages()).containsExactly(Language.FRENCH));
		assertThat(search.search(all.withBudget(new BigDecimal("29000"), null), 0, 10).total())
			.isEqualTo(batch.stream().filter(c -> c.budgetCap().orElseThrow().amount().intValue() >= 29_000).count());

		var byDeadline = search.search(all.sortedBy(SearchCriteria.SortOrder.DEADLINE), 0, 100).hits();
		assertThat(byDeadline).isSortedAccordingTo(Comparator.comparing(SearchHit::proposalsDeadline));
		var byBudget = search.search(all.sortedBy(SearchCriteria.SortOrder.BUDGET), 0, 100).hits();
		assertThat(byBudget)
			.isSortedAccordingTo(Comparator.comparing((SearchHit hit) -> hit.budgetCap().amount()).reversed());
		var newest = search.search(all.sortedBy(SearchCriteria.SortOrder.NEWEST), 0, 1).hits();
		assertThat(newest.get(0).reference()).isEqualTo("S%s-1999".formatted(run));

		var seen = new HashSet<ChallengeId>();
		for (int offset = 0; offset < 2000; offset += ChallengeSearch.MAX_PAGE_SIZE) {
			search.search(all.sortedBy(SearchCriteria.SortOrder.DEADLINE), offset, ChallengeSearch.MAX_PAGE_SIZE)
				.hits()
				.forEach(hit -> seen.add(hit.id()));
		}
		assertThat(seen).hasSize(2000);
	}

	private List<ChallengeId> ids(SearchCriteria criteria) {
		return search.search(criteria, 0, 100).hits().stream().map(SearchHit::id).toList();
	}

	private ChallengeId publish(ChallengeDraft.Builder draft) {
		var id = asManager(() -> management.createDraft(the.agency(), draft.build()));
		asManager(() -> management.publish(id));
		return id;
	}

	private <T> T asManager(java.util.function.Supplier<T> work) {
		return runAs.person(the.manager(), the.agency(), work);
	}

	private void asManager(Runnable work) {
		runAs.person(the.manager(), the.agency(), work);
	}

	private <T> T asCompanyMember(java.util.function.Supplier<T> work) {
		return runAs.person(the.companyMember(), the.company(), work);
	}

	private void asCompanyMember(Runnable work) {
		runAs.person(the.companyMember(), the.company(), work);
	}

}
