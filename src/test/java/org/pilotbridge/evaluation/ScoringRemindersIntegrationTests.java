package org.pilotbridge.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The scoring due date the managers set when they start the evaluation, and the reminders
 * it brings: an evaluator who still has proposals to score hears two days before and once
 * the day has passed, each once, in their language; nobody who has scored everything,
 * left the panel or only chairs it.
 */
class ScoringRemindersIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	ScoringReminders reminders;

	@Autowired
	ChallengeManagement challenges;

	@Autowired
	ChallengeDirectory challengeDirectory;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void theManagersCannotStartTheEvaluationWithADueDateThatIsPastOrFarAndNothingChanges() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		clock.set(challenge.proposalsOpenAt());
		var today = LocalDate.now(clock.withZone(challenge.timeZone()));

		for (var refused : new LocalDate[] { today, today.minusDays(3), null }) {
			assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> startEvaluation(scenario, refused))
				.satisfies(invalid -> assertThat(invalid.problems()).singleElement()
					.satisfies(problem -> assertThat(problem.messageKey())
						.isEqualTo("challenge.scoring-due.after-today")));
		}
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> startEvaluation(scenario, today.plusDays(121)))
			.satisfies(invalid -> assertThat(invalid.problems().getFirst().messageKey())
				.isEqualTo("challenge.scoring-due.too-far"));
		var unchanged = challengeDirectory.challenge(challenge.id()).orElseThrow();
		assertThat(unchanged.state()).isEqualTo(ChallengeState.CLOSED);
		assertThat(unchanged.scoringDueOn()).isNull();

		startEvaluation(scenario, today.plusDays(120));
		var started = challengeDirectory.challenge(challenge.id()).orElseThrow();
		assertThat(started.state()).isEqualTo(ChallengeState.UNDER_EVALUATION);
		assertThat(started.scoringDueOn()).isEqualTo(today.plusDays(120));
		assertThat(as(scenario.evaluators().getFirst(), () -> query.todo()).stream()
			.filter(task -> task.challenge().equals(challenge.id()))
			.findFirst()
			.orElseThrow()
			.scoringDue()).satisfies(due -> assertThat(due.day()).isEqualTo(today.plusDays(120)));
	}

	@Test
	void anEvaluatorWithProposalsLeftIsRemindedTwoDaysBeforeAndOnceLateEachOnceInTheirLanguage() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		var french = fixtures.join(scenario.agency(), challenge, bidding.person("evaluatrice", Language.FRENCH, false),
				"Évaluatrice", PanelRole.EVALUATOR);
		clock.set(challenge.proposalsOpenAt());
		var dueOn = LocalDate.now(clock.withZone(challenge.timeZone())).plusDays(10);
		startEvaluation(scenario, dueOn);
		var done = scenario.evaluators().get(0);
		var halfway = scenario.evaluators().get(1);
		var leaving = scenario.evaluators().get(2);
		for (var evaluator : List.of(done, halfway, leaving, french)) {
			declare(scenario, evaluator);
		}
		declare(scenario, scenario.chair());
		scenario.proposals().forEach(proposal -> score(scenario, done, proposal, 4, 3));
		score(scenario, halfway, scenario.proposals().getFirst(), 4, 3);
		remove(scenario, member(scenario, leaving), "Left the agency for another post.", null);

		// Three days before: too early.
		moveTo(dueOn.minusDays(3), challenge.timeZone());
		reminders.sendDue();
		awaitEvents();
		assertThat(mails(halfway, "evaluation-scoring-due")).isEmpty();

		// Two days before: those with proposals left hear, once however often the job
		// runs.
		moveTo(dueOn.minusDays(2), challenge.timeZone());
		assertThat(reminders.sendDue()).isPositive();
		assertThat(reminders.sendDue()).as("the job running again sends nothing").isZero();
		awaitEvents();
		assertThat(mails(halfway, "evaluation-scoring-due")).singleElement()
			.isEqualTo("Scoring for " + challenge.reference() + " is due on " + english(dueOn));
		assertThat(notices(halfway)).singleElement()
			.isEqualTo("Scoring for “" + challenge.title() + "” (" + challenge.reference() + ") is due on "
					+ english(dueOn) + ": " + (scenario.proposals().size() - 1) + " proposal(s) left to score.");
		assertThat(mails(french, "evaluation-scoring-due")).singleElement()
			.isEqualTo("Les notes de " + challenge.reference() + " sont attendues le " + french(dueOn));
		assertThat(mails(done, "evaluation-scoring-due")).as("all scored").isEmpty();
		assertThat(mails(leaving, "evaluation-scoring-due")).as("off the panel").isEmpty();
		assertThat(mails(scenario.chair(), "evaluation-scoring-due")).as("the chair does not score").isEmpty();

		// The French evaluator finishes in time; the other one is late.
		scenario.proposals().forEach(proposal -> score(scenario, french, proposal, 4, 3));
		moveTo(dueOn.plusDays(1), challenge.timeZone());
		assertThat(reminders.sendDue()).isPositive();
		assertThat(reminders.sendDue()).as("the job running again sends nothing").isZero();
		awaitEvents();
		assertThat(mails(halfway, "evaluation-scoring-late")).singleElement()
			.isEqualTo("Scoring for " + challenge.reference() + " was due on " + english(dueOn));
		assertThat(mails(halfway, "evaluation-scoring-due")).hasSize(1);
		assertThat(mails(french, "evaluation-scoring-late")).as("scored in time").isEmpty();
		assertThat(mails(done, "evaluation-scoring-late")).isEmpty();
		assertThat(mails(leaving, "evaluation-scoring-late")).isEmpty();
	}

	@Test
	void movingTheDueDateTellsThePanelAndRemindsAgainBeforeTheNewDateWhileRefusalsChangeNothing() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		clock.set(challenge.proposalsOpenAt());
		var dueOn = LocalDate.now(clock.withZone(challenge.timeZone())).plusDays(5);
		var late = scenario.evaluators().getFirst();
		assertThatExceptionOfType(InvalidInput.class).as("not under evaluation yet")
			.isThrownBy(() -> moveScoringDue(scenario, dueOn))
			.satisfies(invalid -> assertThat(invalid.problems().getFirst().messageKey())
				.isEqualTo("challenge.state.not-under-evaluation"));
		startEvaluation(scenario, dueOn);
		moveTo(dueOn.minusDays(1), challenge.timeZone());
		reminders.sendDue();
		awaitEvents();
		assertThat(mails(late, "evaluation-scoring-due")).hasSize(1);

		var today = LocalDate.now(clock.withZone(challenge.timeZone()));
		for (var refused : new LocalDate[] { today, dueOn }) {
			assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> moveScoringDue(scenario, refused));
		}
		assertThatExceptionOfType(AccessDeniedException.class).as("an evaluator is no manager")
			.isThrownBy(
					() -> bidding.as(late, null, () -> challenges.moveScoringDue(challenge.id(), dueOn.plusDays(7))));
		assertThat(challengeDirectory.challenge(challenge.id()).orElseThrow().scoringDueOn()).isEqualTo(dueOn);
		assertThat(mails(late, "evaluation-scoring-moved")).isEmpty();

		var later = dueOn.plusDays(7);
		moveScoringDue(scenario, later);
		awaitEvents();
		assertThat(challengeDirectory.challenge(challenge.id()).orElseThrow().scoringDueOn()).isEqualTo(later);
		for (var member : scenario.evaluators()) {
			assertThat(mails(member, "evaluation-scoring-moved")).singleElement()
				.isEqualTo("Scoring for " + challenge.reference() + " is now due on " + english(later));
		}
		assertThat(mails(scenario.chair(), "evaluation-scoring-moved")).as("the chair is on the panel too").hasSize(1);

		// The day after the old date is not late any more; two days before the new one
		// reminds again.
		moveTo(dueOn.plusDays(1), challenge.timeZone());
		reminders.sendDue();
		awaitEvents();
		assertThat(mails(late, "evaluation-scoring-late")).isEmpty();
		moveTo(later.minusDays(2), challenge.timeZone());
		reminders.sendDue();
		awaitEvents();
		assertThat(mails(late, "evaluation-scoring-due")).hasSize(2)
			.contains("Scoring for " + challenge.reference() + " is due on " + english(later));
	}

	private void moveScoringDue(TestEvaluation.Scenario scenario, LocalDate dueOn) {
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> challenges.moveScoringDue(scenario.challenge().id(), dueOn));
	}

	private void startEvaluation(TestEvaluation.Scenario scenario, LocalDate dueOn) {
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> challenges.startEvaluation(scenario.challenge().id(), dueOn));
	}

	/** Moves the clock to an hour into the day, in the challenge's time zone. */
	private void moveTo(LocalDate day, java.time.ZoneId zone) {
		clock.set(day.atStartOfDay(zone).plus(Duration.ofHours(1)).toInstant());
	}

	private List<String> mails(PersonId person, String template) {
		return jdbc.sql("SELECT subject FROM outgoing_mail WHERE recipient = ? AND template = ?")
			.params(directory.person(person).orElseThrow().email(), template)
			.query(String.class)
			.list();
	}

	private List<String> notices(PersonId person) {
		return jdbc.sql("SELECT text FROM notification WHERE person_id = ? AND text LIKE 'Scoring for%'")
			.params(person.id())
			.query(String.class)
			.list();
	}

	private static String english(LocalDate day) {
		return day.getDayOfMonth() + " "
				+ day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
				+ day.getYear();
	}

	private static String french(LocalDate day) {
		return day.getDayOfMonth() + " "
				+ day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH) + " "
				+ day.getYear();
	}

}
