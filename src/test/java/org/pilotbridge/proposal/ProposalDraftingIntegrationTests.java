package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.TestBidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A company member starts a proposal and the form saves it as they type: partial content
 * is kept, only lengths and formats are checked, and the checklist says what is still
 * missing.
 */
class ProposalDraftingIntegrationTests extends ProposalIntegrationTest {

	TestBidding.Agency agency;

	TestBidding.Company company;

	ChallengeSummary challenge;

	@BeforeEach
	void challengeAndCompany() {
		agency = bidding.agency();
		company = bidding.company(agency, Language.ENGLISH);
		challenge = bidding.challenge(agency);
	}

	@Test
	void startsADraftPrefilledWithTheCompanyAndTheChallenge() {
		var id = as(company, () -> management.start(challenge.id()));

		var form = as(company, () -> query.editable(id));
		assertThat(form.state()).isEqualTo(ProposalState.DRAFT);
		assertThat(form.content()).isEqualTo(ProposalContent.empty());
		assertThat(form.company().name()).isEqualTo(company.name());
		assertThat(form.company().enterpriseNumber()).matches("\\d{4}\\.\\d{3}\\.\\d{3}");
		assertThat(form.company().street()).isEqualTo("Veldstraat 1");
		assertThat(form.company().verificationState()).isEqualTo(VerificationState.VERIFIED);
		assertThat(form.challenge().reference()).isEqualTo(challenge.reference());
		assertThat(form.challenge().budgetCap()).isEqualTo(TestBidding.BUDGET_CAP);
		assertThat(form.challenge().qualitativeCriteria()).extracting(c -> c.name())
			.containsExactly("Quality of the approach", "Team");
		assertThat(form.challenge().deadlineInOfficialZone().getZone().getId()).isEqualTo("Europe/Brussels");
		assertThat(form.versions()).isEmpty();
		assertThat(form.readOnly()).isFalse();
		assertThat(as(company, () -> query.mine(challenge.id()))).contains(id);
	}

	@Test
	void savesWhateverIsTypedAndListsWhatIsStillMissing() {
		var id = as(company, () -> management.start(challenge.id()));
		var partial = ProposalContent.builder().title("  RouteWise\r\n").price(Money.euros("19500")).build();

		var saved = as(company, () -> management.saveDraft(id, 0, partial));

		assertThat(saved.version()).isEqualTo(1);
		assertThat(as(company, () -> query.editable(id)).content().title()).isEqualTo("RouteWise");
		var quality = criterion("Quality of the approach");
		var team = criterion("Team");
		assertThat(saved.checklist().complete()).isFalse();
		assertThat(saved.checklist().missing()).extracting(Checklist.Item::field, Checklist.Item::messageKey)
			.containsExactly(tuple("summary", "proposal.missing.summary"),
					tuple("approach", "proposal.missing.approach"),
					tuple("answers." + quality, "proposal.missing.answer"),
					tuple("answers." + team, "proposal.missing.answer"), tuple("vatRate", "proposal.missing.vat-rate"),
					tuple("timelineWeeks", "proposal.missing.timeline-weeks"),
					tuple("timeline", "proposal.missing.timeline"), tuple("team", "proposal.missing.team"),
					tuple("declarations.eligibility", "proposal.missing.declaration.eligibility"),
					tuple("declarations.noConflictOfInterest", "proposal.missing.declaration.no-conflict"),
					tuple("declarations.terms", "proposal.missing.declaration.terms"));
		assertThat(saved.checklist().missing().get(2).arguments()).containsExactly("Quality of the approach");

		var complete = as(company, () -> management.saveDraft(id, saved.version(), bidding.complete(challenge)));
		assertThat(complete.checklist().complete()).isTrue();
		assertThat(as(company, () -> query.checklist(id)).complete()).isTrue();
	}

	@Test
	void checksLengthsAndFormatsOnlyAndKeepsTheDraftAsItWas() {
		var id = bidding.proposal(company, challenge, ProposalContent.builder().title("Kept").build());
		var before = as(company, () -> query.editable(id));
		var tooLong = ProposalContent.builder()
			.summary("x".repeat(Proposal.SUMMARY_MAX_LENGTH + 1))
			.answer(criterion("Team"), "y".repeat(Proposal.ANSWER_MAX_LENGTH + 1))
			.price(Money.euros("-5"))
			.vatRate(new BigDecimal("101"))
			.timelineWeeks(0)
			.build();

		assertThatThrownBy(() -> as(company, () -> management.saveDraft(id, before.version(), tooLong)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
						.containsExactlyInAnyOrder(tuple("summary", "validation.too-long"),
								tuple("answers." + criterion("Team"), "validation.too-long"),
								tuple("price", "validation.money.positive"),
								tuple("vatRate", "proposal.vat-rate.range"),
								tuple("timelineWeeks", "proposal.timeline-weeks.range")));
		assertThat(as(company, () -> query.editable(id))).isEqualTo(before);
	}

	@Test
	void acceptsTextsOfExactlyTheMaximumLength() {
		var id = as(company, () -> management.start(challenge.id()));
		var longest = ProposalContent.builder()
			.title("t".repeat(Proposal.TITLE_MAX_LENGTH))
			.summary("s".repeat(Proposal.SUMMARY_MAX_LENGTH))
			.approach("a".repeat(Proposal.APPROACH_MAX_LENGTH))
			.answer(criterion("Team"), "n".repeat(Proposal.ANSWER_MAX_LENGTH))
			.timeline("w".repeat(Proposal.TIMELINE_MAX_LENGTH))
			.team("m".repeat(Proposal.TEAM_MAX_LENGTH))
			.build();

		as(company, () -> management.saveDraft(id, 0, longest));

		assertThat(as(company, () -> query.editable(id)).content()).isEqualTo(longest);
	}

	@Test
	void refusesASaveBasedOnAnOlderVersion() {
		var id = as(company, () -> management.start(challenge.id()));
		as(company, () -> management.saveDraft(id, 0, ProposalContent.builder().title("First tab").build()));

		assertThatThrownBy(() -> as(company,
				() -> management.saveDraft(id, 0, ProposalContent.builder().title("Second tab").build())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(as(company, () -> query.editable(id)).content().title()).isEqualTo("First tab");
	}

	@Test
	void keepsOnlyAnswersToTheChallengesQualitativeCriteria() {
		var id = as(company, () -> management.start(challenge.id()));
		var price = challenge.criteria()
			.stream()
			.filter(c -> c.type() == CriterionType.PRICE)
			.findFirst()
			.orElseThrow();
		var content = ProposalContent.builder()
			.answers(Map.of(criterion("Team"), "Kept", price.id(), "Dropped",
					CriterionId.of("00000000-0000-0000-0000-000000000001"), "Dropped too"))
			.build();

		as(company, () -> management.saveDraft(id, 0, content));

		assertThat(as(company, () -> query.editable(id)).content().answers())
			.containsExactly(Map.entry(criterion("Team"), "Kept"));
	}

	@Test
	void letsEveryMemberOfTheCompanyWorkOnIt() {
		var id = as(company.owner(), company.id(), () -> management.start(challenge.id()));

		var saved = as(company.member(), company.id(),
				() -> management.saveDraft(id, 0, ProposalContent.builder().title("By the member").build()));

		assertThat(as(company.owner(), company.id(), () -> query.editable(id)).version()).isEqualTo(saved.version());
	}

	private CriterionId criterion(String name) {
		return challenge.criteria().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
	}

}
