package org.pilotbridge.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.EvaluationStarted;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices of the evaluation's workflow, each as an e-mail and in the bell, in the
 * reader's language, once, and to nobody else: the panel when the evaluation starts, the
 * chair and their stand-in when the last scores are in (submitted, or the last evaluator
 * awaited gone), a stand-in designated later then, and the person who asked a
 * clarification question when it is answered.
 */
class WorkflowNoticesIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ClarificationManagement clarifications;

	@Autowired
	ChallengeFollowing following;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePanelHearsThatTheEvaluationStartedAndTheChairAndStandInThatAllScoresAreIn() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		var french = fixtures.join(scenario.agency(), challenge, bidding.person("evaluatrice", Language.FRENCH, false),
				"Évaluatrice", PanelRole.EVALUATOR);
		bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.invite(challenge.id(),
				"invited-only@test.example", "Still invited", PanelRole.EVALUATOR, Language.ENGLISH));
		var evaluators = new ArrayList<>(scenario.evaluators());
		evaluators.add(french);
		var panel = new ArrayList<>(evaluators);
		panel.add(scenario.chair());

		fixtures.close(scenario);
		awaitEvents();

		for (var member : panel) {
			assertThat(mails(member, "evaluation-started")).as("one mail to each member who joined").hasSize(1);
			assertThat(notices(member, EvaluationLinks.challenge(challenge.id()))).hasSize(1);
		}
		assertThat(mails(french, "evaluation-started")).singleElement().satisfies(mail -> {
			assertThat(mail.language()).isEqualTo("fr");
			assertThat(mail.subject()).isEqualTo("L’évaluation de " + challenge.reference() + " a commencé");
		});
		assertThat(notices(french, EvaluationLinks.challenge(challenge.id()))).singleElement()
			.isEqualTo("L’évaluation de « " + challenge.title() + " » (" + challenge.reference()
					+ ") a commencé : déclarez vos intérêts, puis notez d’ici le " + frenchDueDate(challenge.id())
					+ ".");
		assertThat(mailsTo("invited-only@test.example", "evaluation-started")).as("not to a member still invited")
			.isEmpty();
		for (var company : scenario.companies()) {
			assertThat(mails(company.member(), "evaluation-started")).as("not to a bidder").isEmpty();
		}

		// The event delivered again tells nobody twice.
		transactions.executeWithoutResult(status -> events
			.publishEvent(new EvaluationStarted(challenge.id(), challenge.reference(), challenge.title(),
					scenario.agency().id(), LocalDate.now(clock).plusDays(14), AuditRecord.of(clock.instant(),
							Actor.SYSTEM, "challenge.evaluation-started", "challenge", challenge.id(), Map.of()))));
		awaitEvents();
		for (var member : panel) {
			assertThat(mails(member, "evaluation-started")).hasSize(1);
			assertThat(notices(member, EvaluationLinks.challenge(challenge.id()))).hasSize(1);
		}

		// The chair declares a conflict with the first company; a colleague makes the
		// first
		// evaluator stand in for them.
		var standIn = evaluators.getFirst();
		declare(scenario, scenario.chair(), scenario.companies().getFirst().id());
		evaluators.forEach(evaluator -> declare(scenario, evaluator));
		var colleague = scenario.agency().member();
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> organisations.changeRole(scenario.agency().id(), colleague, MembershipRole.CHALLENGE_MANAGER));
		bidding.as(colleague, scenario.agency().id(),
				() -> panels.designateStandIn(challenge.id(), member(scenario, standIn).id()));

		var last = scenario.proposals().getLast();
		for (var evaluator : evaluators) {
			for (var proposal : scenario.proposals()) {
				if (!(evaluator.equals(french) && proposal.equals(last))) {
					score(scenario, evaluator, proposal, 4, 3);
				}
			}
		}
		awaitEvents();
		for (var lead : List.of(scenario.chair(), standIn)) {
			assertThat(mails(lead, "evaluation-scores-in")).as("not before the last scores").isEmpty();
		}

		score(scenario, french, last, 4, 3);
		awaitEvents();
		for (var lead : List.of(scenario.chair(), standIn)) {
			assertThat(mails(lead, "evaluation-scores-in")).singleElement()
				.satisfies(
						mail -> assertThat(mail.subject()).isEqualTo("All scores are in for " + challenge.reference()));
			assertThat(notices(lead, EvaluationLinks.progress(challenge.id()))).hasSize(1);
		}
		for (var evaluator : evaluators.subList(1, evaluators.size())) {
			assertThat(mails(evaluator, "evaluation-scores-in")).as("not to the other evaluators").isEmpty();
		}

		// The last submission delivered again tells nobody twice.
		transactions.executeWithoutResult(
				status -> events.publishEvent(new ScoresSubmitted(challenge.id(), last, french, AuditRecord
					.of(clock.instant(), Actor.SYSTEM, "evaluation.scores.submitted", "proposal", last, Map.of()))));
		awaitEvents();
		for (var lead : List.of(scenario.chair(), standIn)) {
			assertThat(mails(lead, "evaluation-scores-in")).hasSize(1);
			assertThat(notices(lead, EvaluationLinks.progress(challenge.id()))).hasSize(1);
		}
	}

	@Test
	void theChairHearsAllScoresAreInWhenTheLastEvaluatorAwaitedIsRemoved() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		fixtures.close(scenario);
		scenario.evaluators().forEach(evaluator -> declare(scenario, evaluator));
		var awaited = scenario.evaluators().getLast();
		var submitted = scenario.evaluators().subList(0, 2);
		submitted.forEach(evaluator -> scoreAll(scenario, evaluator));
		awaitEvents();
		assertThat(mails(scenario.chair(), "evaluation-scores-in")).as("one evaluator still awaited").isEmpty();

		remove(scenario, member(scenario, awaited), "Left the agency and cannot score.", null);
		awaitEvents();

		assertThat(mails(scenario.chair(), "evaluation-scores-in")).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("All scores are in for " + challenge.reference()));
		assertThat(notices(scenario.chair(), EvaluationLinks.progress(challenge.id()))).singleElement()
			.isEqualTo("All scores are in for “" + challenge.title() + "” (" + challenge.reference()
					+ "): the consensus can be recorded.");
		for (var evaluator : scenario.evaluators()) {
			assertThat(mails(evaluator, "evaluation-scores-in")).as("not to an evaluator").isEmpty();
		}
	}

	@Test
	void theChairHearsAllScoresAreInWhenTheLastEvaluatorAwaitedIsExcludedAsABidder() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		fixtures.close(scenario);
		scenario.evaluators().forEach(evaluator -> declare(scenario, evaluator));
		var awaited = scenario.evaluators().getLast();
		scenario.evaluators().subList(0, 2).forEach(evaluator -> scoreAll(scenario, evaluator));
		awaitEvents();
		assertThat(mails(scenario.chair(), "evaluation-scores-in")).isEmpty();

		var company = scenario.companies().get(1);
		as(awaited, () -> organisations.requestToJoin(company.id(), "I work here now."));
		bidding.as(company.owner(), company.id(), () -> organisations.pendingJoinRequests(company.id())
			.forEach(request -> organisations.approveJoinRequest(company.id(), request, MembershipRole.MEMBER)));
		awaitEvents();

		assertThat(bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.panel(challenge.id()))
			.members()).as("removed by the system").extracting(PanelMember::person).doesNotContain(awaited);
		assertThat(mails(scenario.chair(), "evaluation-scores-in")).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("All scores are in for " + challenge.reference()));
		assertThat(notices(scenario.chair(), EvaluationLinks.progress(challenge.id()))).hasSize(1);
		assertThat(mails(awaited, "evaluation-scores-in")).as("not to the member removed").isEmpty();
	}

	@Test
	void nobodyHearsAllScoresAreInBeforeTheEvaluationStartsOrWhenNobodyIsLeftToScore() {
		var scenario = fixtures.scenario();
		var evaluators = scenario.evaluators();
		remove(scenario, member(scenario, evaluators.get(0)), "Not available this month.", null);
		awaitEvents();
		assertThat(mails(scenario.chair(), "evaluation-scores-in")).as("before the start nothing is scored").isEmpty();

		fixtures.close(scenario);
		evaluators.subList(1, 3).forEach(evaluator -> declare(scenario, evaluator));
		remove(scenario, member(scenario, evaluators.get(1)), "Not available this month.", null);
		remove(scenario, member(scenario, evaluators.get(2)), "Not available this month.", null);
		awaitEvents();

		assertThat(mails(scenario.chair(), "evaluation-scores-in")).as("no scores at all are not all scores").isEmpty();
		assertThat(notices(scenario.chair(), EvaluationLinks.progress(scenario.challenge().id()))).isEmpty();
	}

	@Test
	void aStandInDesignatedOnceAllScoresAreInHearsItAndTheChairNotAgain() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		fixtures.close(scenario);
		declare(scenario, scenario.chair(), scenario.companies().getFirst().id());
		scenario.evaluators().forEach(evaluator -> declare(scenario, evaluator));
		scenario.evaluators().forEach(evaluator -> scoreAll(scenario, evaluator));
		awaitEvents();
		assertThat(mails(scenario.chair(), "evaluation-scores-in")).hasSize(1);

		var standIn = scenario.evaluators().getFirst();
		var colleague = scenario.agency().member();
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> organisations.changeRole(scenario.agency().id(), colleague, MembershipRole.CHALLENGE_MANAGER));
		bidding.as(colleague, scenario.agency().id(),
				() -> panels.designateStandIn(challenge.id(), member(scenario, standIn).id()));
		awaitEvents();

		assertThat(mails(standIn, "evaluation-scores-in")).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("All scores are in for " + challenge.reference()));
		assertThat(notices(standIn, EvaluationLinks.progress(challenge.id()))).hasSize(1);
		assertThat(mails(scenario.chair(), "evaluation-scores-in")).as("the chair, told before, not again").hasSize(1);
		assertThat(notices(scenario.chair(), EvaluationLinks.progress(challenge.id()))).hasSize(1);
		for (var evaluator : scenario.evaluators().subList(1, 3)) {
			assertThat(mails(evaluator, "evaluation-scores-in")).isEmpty();
		}
	}

	@Test
	void whoAskedAQuestionHearsItIsAnsweredAndOtherFollowersOfANewAnswer() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		var asker = scenario.companies().get(0);
		var follower = scenario.companies().get(1);
		var bystander = scenario.companies().get(2);
		bidding.as(asker.member(), asker.id(), () -> following.follow(challenge.id()));
		bidding.as(follower.member(), follower.id(), () -> following.follow(challenge.id()));
		var question = bidding.as(asker.member(), asker.id(),
				() -> clarifications.ask(challenge.id(), "May the routes change during the school year?"));

		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> clarifications.answer(question, null, "Yes, twice a year."));
		awaitEvents();

		assertThat(mails(asker.member(), "challenge-question-answered")).singleElement()
			.satisfies(mail -> assertThat(mail.subject())
				.isEqualTo("Your question about “" + challenge.title() + "” is answered"));
		assertThat(mails(asker.member(), "challenge-answer")).as("the asker is told once, as the asker").isEmpty();
		assertThat(mails(follower.member(), "challenge-answer")).hasSize(1);
		assertThat(mails(follower.member(), "challenge-question-answered")).isEmpty();
		assertThat(mails(bystander.member(), "challenge-question-answered")).isEmpty();
		assertThat(noticesContaining(asker.member(), "is answered")).hasSize(1);
		assertThat(noticesContaining(follower.member(), "is answered")).isEmpty();
	}

	/** The scoring due date, as a French reader reads it. */
	private String frenchDueDate(ChallengeId challenge) {
		var due = jdbc.sql("SELECT scoring_due_on FROM challenge WHERE id = ?")
			.param(challenge.id())
			.query(LocalDate.class)
			.single();
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH).format(due);
	}

	/** Submits scores for every proposal. */
	private void scoreAll(TestEvaluation.Scenario scenario, PersonId evaluator) {
		scenario.proposals().forEach(proposal -> score(scenario, evaluator, proposal, 4, 3));
	}

	private List<Mail> mails(PersonId person, String template) {
		return mailsTo(directory.person(person).orElseThrow().email(), template);
	}

	private List<Mail> mailsTo(String address, String template) {
		return jdbc.sql("SELECT language, subject FROM outgoing_mail WHERE recipient = ? AND template = ?")
			.params(address, template)
			.query((rs, row) -> new Mail(rs.getString("language"), rs.getString("subject")))
			.list();
	}

	private List<String> notices(PersonId person, String link) {
		return jdbc.sql("SELECT text FROM notification WHERE person_id = ? AND link = ?")
			.params(person.id(), link)
			.query(String.class)
			.list();
	}

	private List<String> noticesContaining(PersonId person, String text) {
		return jdbc.sql("SELECT text FROM notification WHERE person_id = ? AND text LIKE ?")
			.params(person.id(), "%" + text + "%")
			.query(String.class)
			.list();
	}

	record Mail(String language, String subject) {
	}

}
