package org.pilotbridge.consultation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class ConsultationIntegrationTests {

	@Autowired
	ConsultationManagement management;

	@Autowired
	ConsultationAnswering answering;

	@Autowired
	ConsultationQuery query;

	@Autowired
	ConsultationDirectory directory;

	@Autowired
	ChallengeQuery challenges;

	@Autowired
	ChallengeDirectory challengeDirectory;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RunAs runAs;

	@Autowired
	MutableClock clock;

	ConsultationParticipants the;

	@BeforeEach
	void setUp() {
		the = ConsultationParticipants.create(accounts, organisations, runAs);
	}

	@Test
	void publishesAConsultationWithAReferenceOfTheYear(Scenario scenario) {
		scenario.stimulate(() -> asManager(() -> management.publish(the.agency(), draft())))
			.andWaitForEventOfType(ConsultationPublished.class)
			.matching(event -> event.agency().equals(the.agency()))
			.toArriveAndVerify(event -> {
				assertThat(event.reference()).matches("MC-\\d{4}-\\d{4}");
				assertThat(query.byReference(event.reference()).orElseThrow().questions()).hasSize(2);
			});
	}

	@Test
	void refusesAnIncompleteConsultationWithOneProblemPerField() {
		var incomplete = ConsultationDraft.of("", "", List.of(" "), List.of("12345678"), Language.ENGLISH,
				LocalDateTime.ofInstant(clock.instant(), ConsultationDraft.DEFAULT_TIME_ZONE).plusHours(2));

		assertThatThrownBy(() -> asManager(() -> management.publish(the.agency(), incomplete))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.containsExactlyInAnyOrder(tuple("title", "validation.required"),
							tuple("problem", "validation.required"),
							tuple("questions", "catalogue.consultation.questions-required"),
							tuple("cpvCodes", "catalogue.solution.cpv-unknown"),
							tuple("closesAt", "catalogue.consultation.closes-too-soon")));
	}

	@Test
	void letsOnlyTheManagersOfAVerifiedAgencyPublish() {
		for (var person : List.of(the.owner(), the.outsider())) {
			assertThatThrownBy(() -> runAs.person(person, null, () -> management.publish(the.agency(), draft())))
				.isInstanceOf(AccessDeniedException.class);
		}
		var waitingManager = runAs.system(() -> accounts.provision("Waiting " + the.run(),
				"waiting-" + the.run() + "@example.org", "a long enough password", Language.ENGLISH, false));
		var waiting = runAs.person(waitingManager, null,
				() -> organisations.register(OrganisationData.of(OrganisationKind.AGENCY, "Waiting agency " + the.run(),
						"BE", "Markt 1", "9000", "Ghent", "", TestIdentities.belgianNumber(), null)));

		assertThatThrownBy(() -> runAs.person(waitingManager, waiting, () -> management.publish(waiting, draft())))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("catalogue.consultation.agency-not-verified"));
	}

	@Test
	void refusesAnAnswerAfterTheCloseAndChangesNothing() {
		var id = asManager(() -> management.publish(the.agency(), draft()));
		asOwner(() -> answering.answer(id, the.company(), List.of("A first answer", "Six months"), false));
		clock.set(closesAt(id));

		assertThatThrownBy(() -> asOwner(
				() -> answering.answer(id, the.company(), List.of("A late change", "Three months"), true)))
			.isInstanceOfSatisfying(ConsultationClosed.class,
					refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("catalogue.consultation.closed"));
		assertThatThrownBy(() -> runAs.person(the.otherOwner(), the.otherCompany(),
				() -> answering.answer(id, the.otherCompany(), List.of("Too late", ""), true)))
			.isInstanceOf(ConsultationClosed.class);

		var received = asManager(() -> query.answers(id));
		assertThat(received).extracting(ReceivedAnswer::answers)
			.containsExactly(List.of("A first answer", "Six months"));
		assertThat(received.get(0).mayPublish()).isFalse();
	}

	@Test
	void showsTheAnswersToTheAgencyOnlyAfterTheClose() {
		var id = asManager(() -> management.publish(the.agency(), draft()));
		asMember(() -> answering.answer(id, the.company(), List.of("We did this in Ghent", ""), true));

		assertThatThrownBy(() -> asManager(() -> query.answers(id))).isInstanceOfSatisfying(ConsultationStillOpen.class,
				refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("catalogue.consultation.still-open"));
		assertThat(asManager(() -> query.managed(id)).answerCount()).isNull();

		clock.set(closesAt(id));

		assertThat(asManager(() -> query.answers(id))).singleElement().satisfies(answer -> {
			assertThat(answer.companyName()).isEqualTo("Company " + the.run());
			assertThat(answer.answers()).containsExactly("We did this in Ghent", "");
		});
		assertThatThrownBy(() -> asOwner(() -> query.answers(id))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void showsThePublicTheNumberOfAnswersAfterTheCloseAndOnlyTheContentCompaniesAgreedTo() {
		var id = asManager(() -> management.publish(the.agency(), draft()));
		asOwner(() -> answering.answer(id, the.company(), List.of("Public answer", "Four months"), true));
		runAs.person(the.otherOwner(), the.otherCompany(),
				() -> answering.answer(id, the.otherCompany(), List.of("Confidential answer", ""), false));
		var reference = asManager(() -> query.managed(id)).reference();

		var whileOpen = query.byReference(reference).orElseThrow();
		assertThat(whileOpen.open()).isTrue();
		assertThat(whileOpen.answerCount()).isNull();
		assertThat(whileOpen.publishedAnswers()).isEmpty();

		clock.set(closesAt(id));
		var closed = query.byReference(reference).orElseThrow();

		assertThat(closed.open()).isFalse();
		assertThat(closed.answerCount()).isEqualTo(2);
		assertThat(closed.publishedAnswers()).extracting(PublicConsultation.PublishedAnswer::answers)
			.containsExactly(List.of("Public answer", "Four months"));
		assertThat(closed.toString()).doesNotContain("Confidential answer");
	}

	@Test
	void listsEveryConsultationForTheSitemapWithTheDateItsPublicPageLastChanged() {
		var publishedAt = clock.instant();
		var id = asManager(() -> management.publish(the.agency(), draft()));
		var reference = asManager(() -> query.managed(id)).reference();

		assertThat(directory.published()).filteredOn(listed -> listed.reference().equals(reference))
			.singleElement()
			.satisfies(listed -> {
				assertThat(listed.path()).isEqualTo("/consultations/" + reference);
				assertThat(listed.lastModified()).isEqualTo(publishedAt.truncatedTo(ChronoUnit.MICROS));
			});

		clock.set(closesAt(id));
		assertThat(directory.published()).filteredOn(listed -> listed.reference().equals(reference))
			.singleElement()
			.satisfies(listed -> assertThat(listed.lastModified()).isEqualTo(closesAt(id)));
	}

	@Test
	void letsACompanyChangeItsAnswerUntilTheClose() {
		var id = asManager(() -> management.publish(the.agency(), draft()));
		asOwner(() -> answering.answer(id, the.company(), List.of("First thoughts", ""), false));
		asMember(() -> answering.answer(id, the.company(), List.of("Better thoughts", "Two months"), true));

		var answer = asOwner(() -> answering.answerOf(id, the.company())).orElseThrow();
		assertThat(answer.answers()).containsExactly("Better thoughts", "Two months");
		assertThat(answer.answeredBy()).isEqualTo(the.member());
		assertThatThrownBy(() -> asOwner(() -> answering.answer(id, the.company(), List.of("", ""), false)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("catalogue.consultation.answer-required"));
		assertThatThrownBy(() -> runAs.person(the.manager(), the.agency(),
				() -> answering.answer(id, the.company(), List.of("Hijack", ""), false)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void turnsAConsultationIntoADraftChallengeWithItsTexts() {
		var id = asManager(() -> management.publish(the.agency(), draft()));
		asOwner(() -> answering.answer(id, the.company(), List.of("Answer", ""), false));
		clock.set(closesAt(id));
		var reference = asManager(() -> query.managed(id)).reference();

		var challenge = asManager(() -> management.draftChallenge(id));

		var drafted = asManager(() -> challenges.managed(challenge));
		assertThat(drafted.state()).isEqualTo(ChallengeState.DRAFT);
		assertThat(drafted.agency()).isEqualTo(the.agency());
		assertThat(drafted.content().title()).isEqualTo("Fewer overflowing bins on market days");
		assertThat(drafted.content().problemStatement()).isEqualTo(draft().problem());
		assertThat(drafted.content().summary()).startsWith("On market days the bins");
		assertThat(drafted.content().context()).contains(reference).contains("1");
		assertThat(drafted.content().cpvCodes()).containsExactly("90500000-2");
		assertThat(drafted.content().languages()).containsExactly(Language.ENGLISH);
		assertThat(asManager(() -> query.managed(id)).challenge()).isEqualTo(challenge);
		assertThat(asManager(() -> management.draftChallenge(id))).isEqualTo(challenge);
		assertThatThrownBy(() -> asOwner(() -> management.draftChallenge(id)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private java.time.Instant closesAt(ConsultationId id) {
		return asManager(() -> query.managed(id)).closesAt();
	}

	private ConsultationDraft draft() {
		return ConsultationDraft.of("Fewer overflowing bins on market days",
				"On market days the bins around the square overflow by noon. **What exists** to know in time?",
				List.of("How would you know when a bin is full?", "How long would a pilot take?"),
				List.of("90500000-2"), Language.ENGLISH,
				LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(14)), ConsultationDraft.DEFAULT_TIME_ZONE)
					.withNano(0));
	}

	private <T> T asManager(java.util.function.Supplier<T> work) {
		return runAs.person(the.manager(), the.agency(), work);
	}

	private <T> T asOwner(java.util.function.Supplier<T> work) {
		return runAs.person(the.owner(), the.company(), work);
	}

	private void asOwner(Runnable work) {
		runAs.person(the.owner(), the.company(), work);
	}

	private void asMember(Runnable work) {
		runAs.person(the.member(), the.company(), work);
	}

}
