package org.pilotbridge.proposal;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every refusal says why, next to the field concerned, and changes nothing: the proposal
 * reads the same afterwards, no version and no file is added, the challenge counts no
 * submission and the audit trail records no change.
 */
class ProposalRefusalIntegrationTests extends ProposalIntegrationTest {

	TestBidding.Agency agency;

	TestBidding.Company company;

	ChallengeSummary challenge;

	ProposalId proposal;

	@BeforeEach
	void aCompleteDraftWithOneFile() {
		agency = bidding.agency();
		company = bidding.company(agency, Language.ENGLISH);
		challenge = bidding.challenge(agency);
		proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		bidding.attach(company, proposal, "plan.pdf", TestPdfs.pages(2));
	}

	@Test
	void refusesAPriceOverTheBudgetCap() {
		save(bidding.complete(challenge).toBuilder().price(Money.euros("25000.01")).build());

		var before = observe();
		assertThatThrownBy(() -> as(company, () -> management.submit(proposal))).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(new FieldProblem("price",
						"proposal.price.over-budget", List.of(TestBidding.BUDGET_CAP.amount(), "EUR"))));
		assertThat(observe()).isEqualTo(before);
	}

	@Test
	void refusesAMissingAnswerToACriterion() {
		var team = criterion("Team");
		var content = bidding.complete(challenge);
		var answers = new java.util.LinkedHashMap<>(content.answers());
		answers.remove(team);
		save(content.toBuilder().answers(answers).build());

		var before = observe();
		assertThatThrownBy(() -> as(company, () -> management.submit(proposal)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("answers." + team, "proposal.missing.answer", List.of("Team"))));
		assertThat(observe()).isEqualTo(before);
	}

	@Test
	void refusesAMissingDeclaration() {
		save(bidding.complete(challenge).toBuilder().declaresNoConflictOfInterest(false).build());

		var before = observe();
		assertThatThrownBy(() -> as(company, () -> management.submit(proposal))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.containsExactly(
							tuple("declarations.noConflictOfInterest", "proposal.missing.declaration.no-conflict")));
		assertThat(observe()).isEqualTo(before);
	}

	@Test
	void reportsEveryProblemAtOnce() {
		save(bidding.complete(challenge)
			.toBuilder()
			.summary("")
			.price(Money.euros("30000"))
			.timelineWeeks(TestBidding.PILOT_WEEKS + 1)
			.declaresEligibility(false)
			.acceptsTerms(false)
			.answers(java.util.Map.of())
			.build());

		var before = observe();
		assertThatThrownBy(() -> as(company, () -> management.submit(proposal))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
					.containsExactly("summary", "answers." + criterion("Quality of the approach"),
							"answers." + criterion("Team"), "price", "timelineWeeks", "declarations.eligibility",
							"declarations.terms"));
		assertThat(observe()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unacceptableFiles")
	void refusesAFileThatIsNotAnAcceptablePdf(String description, byte[] file, String messageKey,
			List<Object> arguments) {
		var before = observe();

		assertThatThrownBy(
				() -> as(company, () -> management.attach(proposal, "offer.pdf", new ByteArrayInputStream(file))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("attachments", messageKey, arguments)));
		assertThat(observe()).isEqualTo(before);
	}

	static List<Arguments> unacceptableFiles() {
		return List.of(
				Arguments.of("an 11 MB file", TestPdfs.ofSize(11L * 1024 * 1024, 11), "document.pdf.rejected.too-large",
						List.of(10.0)),
				Arguments.of("a text file renamed .pdf", TestPdfs.textFile(), "document.pdf.rejected.not-a-pdf",
						List.of()),
				Arguments.of("an encrypted PDF", TestPdfs.encrypted(), "document.pdf.rejected.encrypted", List.of()),
				Arguments.of("a PDF with JavaScript", TestPdfs.withJavaScript(), "document.pdf.rejected.script",
						List.of()),
				Arguments.of("a PDF of 51 pages", TestPdfs.pages(51), "document.pdf.rejected.too-many-pages",
						List.of(50)),
				Arguments.of("a corrupted PDF", TestPdfs.corrupted(), "document.pdf.rejected.corrupted", List.of()));
	}

	@Test
	void refusesAFourthFileAndFilesOverTwentyMegabytesTogether() {
		bidding.attach(company, proposal, "annex-1.pdf", TestPdfs.ofSize(9_500_000, 1));
		bidding.attach(company, proposal, "annex-2.pdf", TestPdfs.ofSize(9_500_000, 2));
		var before = observe();

		assertThatThrownBy(() -> bidding.attach(company, proposal, "annex-3.pdf", TestPdfs.onePage()))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("attachments", "proposal.attachments.too-many", List.of(3))));
		var plan = before.attachments()
			.stream()
			.filter(file -> file.fileName().equals("plan.pdf"))
			.findFirst()
			.orElseThrow();
		as(company, () -> management.detach(proposal, plan.id()));
		var withTwoLargeFiles = observe();
		assertThatThrownBy(() -> bidding.attach(company, proposal, "annex-3.pdf", TestPdfs.ofSize(2_500_000, 3)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
					new FieldProblem("attachments", "proposal.attachments.total-too-large", List.of(20L))));
		assertThat(observe()).isEqualTo(withTwoLargeFiles);
		assertThat(before.attachments()).hasSize(3);
	}

	@Test
	void refusesASecondProposalByTheSameCompany() {
		var before = observe();

		for (var person : List.of(company.member(), company.owner())) {
			assertThatThrownBy(() -> as(person, company.id(), () -> management.start(challenge.id())))
				.isInstanceOfSatisfying(InvalidInput.class,
						invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
							.containsExactly("proposal.already-exists"));
		}
		assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE challenge_id = ? AND company_id = ?")
			.params(challenge.id().id(), company.id().id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(observe()).isEqualTo(before);
	}

	@Test
	void refusesEveryChangeBySomeoneOutsideTheCompany() {
		var other = bidding.company(agency, Language.ENGLISH);
		var before = observe();

		for (var outsider : List.of(other.member(), agency.manager(), agency.admin())) {
			List<Runnable> attempts = List.of(() -> management.submit(proposal),
					() -> management.saveDraft(proposal, before.version(), ProposalContent.empty()),
					() -> management.attach(proposal, "x.pdf", new ByteArrayInputStream(TestPdfs.onePage())),
					() -> management.detach(proposal, before.attachments().get(0).id()),
					() -> management.withdraw(proposal));
			for (var attempt : attempts) {
				assertThatThrownBy(() -> as(outsider, other.id(), attempt)).isInstanceOf(ProposalNotFound.class);
			}
		}
		assertThat(observe()).isEqualTo(before);
	}

	@Test
	void refusesEveryChangeAfterTheDeadline() {
		var before = observe();
		clock.set(challenge.proposalsDeadline());

		List<Runnable> attempts = List.of(() -> management.submit(proposal),
				() -> management.saveDraft(proposal, before.version(), ProposalContent.empty()),
				() -> management.attach(proposal, "late.pdf", new ByteArrayInputStream(TestPdfs.onePage())),
				() -> management.detach(proposal, before.attachments().get(0).id()),
				() -> management.start(challenge.id()));
		for (var attempt : attempts) {
			assertThatThrownBy(() -> as(company, attempt)).isInstanceOfSatisfying(ProposalDeadlinePassed.class,
					late -> assertThat(late.problems()).extracting(FieldProblem::messageKey)
						.containsExactly(ProposalDeadlinePassed.MESSAGE_KEY));
		}
		assertThat(observe()).isEqualTo(before);
		assertThat(as(company, () -> query.editable(proposal)).readOnly()).isTrue();
	}

	@Test
	void refusesASubmissionOneMicrosecondAfterTheDeadlineAndAcceptsOneJustBefore() {
		clock.set(challenge.proposalsDeadline().minusNanos(1000));
		var accepted = as(company, () -> management.submit(proposal));
		assertThat(accepted.receivedAt()).isBefore(challenge.proposalsDeadline());

		clock.set(challenge.proposalsDeadline());
		var before = observe();
		assertThatThrownBy(() -> as(company, () -> management.submit(proposal)))
			.isInstanceOf(ProposalDeadlinePassed.class);
		assertThatThrownBy(() -> as(company, () -> management.withdraw(proposal)))
			.isInstanceOf(ProposalDeadlinePassed.class);
		assertThat(observe()).isEqualTo(before);
	}

	private void save(ProposalContent content) {
		as(company,
				() -> management.saveDraft(proposal, as(company, () -> query.editable(proposal)).version(), content));
	}

	private CriterionId criterion(String name) {
		return challenge.criteria().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** Everything a refusal must leave as it was. */
	private Observed observe() {
		var form = as(company, () -> query.editable(proposal));
		return new Observed(form.version(), form.state(), form.content(), form.attachments(), form.versions(),
				jdbc.sql("SELECT count(*) FROM proposal_attachment WHERE proposal_id = ?")
					.param(proposal.id())
					.query(Long.class)
					.single(),
				jdbc.sql("SELECT count(*) FROM proposal_version WHERE proposal_id = ?")
					.param(proposal.id())
					.query(Long.class)
					.single(),
				submissions(), auditedActions(proposal));
	}

	private int submissions() {
		return jdbc.sql("SELECT submitted_count FROM challenge WHERE id = ?")
			.param(challenge.id().id())
			.query(Integer.class)
			.single();
	}

	record Observed(int version, ProposalState state, ProposalContent content, List<ProposalAttachment> attachments,
			List<SubmittedVersion> versions, long storedFiles, long storedVersions, int submittedCount,
			List<String> auditedActions) {
	}

}
