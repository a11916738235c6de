package org.pilotbridge.proposal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.identity.PlatformSettings;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Submitting records an immutable version with the server's time of receipt and a digest;
 * a company may change and resubmit, or withdraw, until the deadline; afterwards
 * everything is read-only.
 */
class ProposalSubmissionIntegrationTests extends ProposalIntegrationTest {

	@Autowired
	PlatformSettings settings;

	@Autowired
	ProposalDashboard dashboard;

	@Autowired
	ProposalOutcomes outcomes;

	@Autowired
	TransactionTemplate transactions;

	TestBidding.Agency agency;

	TestBidding.Company company;

	ChallengeSummary challenge;

	ProposalId proposal;

	byte[] plan = TestPdfs.pages(3);

	@BeforeEach
	void aCompleteDraft() {
		agency = bidding.agency();
		company = bidding.company(agency, Language.ENGLISH);
		challenge = bidding.challenge(agency);
		proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		bidding.attach(company, proposal, "plan.pdf", plan);
	}

	@Test
	void recordsTheTimeOfReceiptAVersionAndADigest(Scenario scenario) {
		var receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);

		scenario.stimulate(() -> as(company, () -> management.submit(proposal)))
			.andWaitForEventOfType(ProposalSubmitted.class)
			.matching(event -> event.proposal().equals(proposal))
			.toArriveAndVerify(event -> {
				assertThat(event.version()).isEqualTo(1);
				assertThat(event.receivedAt()).isEqualTo(receivedAt);
				assertThat(event.submittedBy()).isEqualTo(company.member());
				assertThat(event.company()).isEqualTo(company.id());
			});

		var version = as(company, () -> query.latest(proposal));
		assertThat(version.version().number()).isEqualTo(1);
		assertThat(version.version().receivedAt()).isEqualTo(receivedAt);
		assertThat(version.version().unverifiedCompany()).isFalse();
		assertThat(version.content()).isEqualTo(bidding.complete(challenge));
		assertThat(version.company().name()).isEqualTo(company.name());
		assertThat(version.attachments()).extracting(ProposalAttachment::fileName).containsExactly("plan.pdf");
		assertThat(version.version().digest()).isEqualTo(recomputedDigest(1)).matches("[0-9a-f]{64}");
		assertThat(canonicalForm(1)).contains("\"receivedAt\":\"" + Snapshot.utc(receivedAt) + "\"",
				"\"sha256\":\"" + version.attachments().get(0).sha256() + "\"");
		assertThat(as(company, () -> query.editable(proposal)).state()).isEqualTo(ProposalState.SUBMITTED);
		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(1);
		assertThat(auditedActions(proposal)).containsExactly("proposal.started", "proposal.attachment.added",
				"proposal.submitted");
	}

	@Test
	void resubmittingCreatesASecondVersionAndKeepsTheFirst() {
		var first = as(company, () -> management.submit(proposal));
		var form = as(company, () -> query.editable(proposal));
		var changed = as(company, () -> management.saveDraft(proposal, form.version(),
				form.content().toBuilder().price(Money.euros("18000")).build()));
		assertThat(changed.changedSinceSubmission()).isTrue();
		assertThat(as(company, () -> query.latest(proposal)).content().price()).isEqualTo(Money.euros("19500.00"));

		clock.advance(Duration.ofMinutes(5));
		var second = as(company, () -> management.submit(proposal));

		assertThat(second.number()).isEqualTo(2);
		assertThat(second.receivedAt()).isAfter(first.receivedAt());
		assertThat(second.digest()).isNotEqualTo(first.digest());
		assertThat(as(company, () -> query.editable(proposal)).versions()).containsExactly(first, second);
		assertThat(as(company, () -> query.editable(proposal)).changedSinceSubmission()).isFalse();
		assertThat(as(company, () -> query.version(proposal, 1)).content().price()).isEqualTo(Money.euros("19500.00"));
		assertThat(as(company, () -> query.latest(proposal)).content().price()).isEqualTo(Money.euros("18000.00"));
		assertThat(as(company, () -> query.receipt(proposal, 1)).digest()).isEqualTo(first.digest());
		assertThat(as(company, () -> query.receipt(proposal, 2)).digest()).isEqualTo(second.digest());
		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(1);
	}

	@Test
	void withdrawsUntilTheDeadlineAndAcceptsAResubmissionAsANewVersion() {
		as(company, () -> management.submit(proposal));

		as(company, () -> management.withdraw(proposal));

		assertThat(as(company, () -> query.editable(proposal)).state()).isEqualTo(ProposalState.WITHDRAWN);
		assertThat(submissions.submittedCount(challenge.id())).isZero();
		assertThatThrownBy(() -> as(company, () -> management.withdraw(proposal))).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("proposal.state.not-submitted"));

		var again = as(company, () -> management.submit(proposal));

		assertThat(again.number()).isEqualTo(2);
		assertThat(as(company, () -> query.editable(proposal)).state()).isEqualTo(ProposalState.SUBMITTED);
		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(1);
		assertThat(auditedActions(proposal)).containsSubsequence("proposal.submitted", "proposal.withdrawn",
				"proposal.submitted");
	}

	@Test
	void keepsEverythingReadableButNothingChangeableAfterTheDeadline() {
		var submitted = as(company, () -> management.submit(proposal));
		clock.set(challenge.proposalsDeadline().plusSeconds(1));

		var form = as(company, () -> query.editable(proposal));
		assertThat(form.readOnly()).isTrue();
		assertThat(form.challenge().state()).isEqualTo(ChallengeState.CLOSED);
		assertThat(form.versions()).containsExactly(submitted);
		assertThat(as(company, () -> query.receipt(proposal, 1)).pdf()).isNotEmpty();
		assertThat(as(company, () -> query.attachment(proposal, form.attachments().get(0).id())).content())
			.isEqualTo(plan);
		assertThatThrownBy(() -> as(company, () -> management.withdraw(proposal)))
			.isInstanceOf(ProposalDeadlinePassed.class);
		assertThat(challenges.challenge(challenge.id()).orElseThrow().submittedCount()).isEqualTo(1);
	}

	@Test
	void flagsAVersionOfACompanyStillWaitingForVerification() {
		var unverified = bidding.unverifiedCompany(Language.DUTCH);
		var id = bidding.proposal(unverified, challenge, bidding.complete(challenge));

		var version = as(unverified, () -> management.submit(id));

		assertThat(version.unverifiedCompany()).isTrue();
		assertThat(as(unverified, () -> query.latest(id)).company().verificationState())
			.isEqualTo(VerificationState.PENDING);
		assertThat(canonicalForm(id, 1)).contains("\"verificationState\":\"PENDING\"");
	}

	@Test
	void refusesAnUnverifiedCompanyWhenThePlatformSaysSo() {
		var unverified = bidding.unverifiedCompany(Language.GERMAN);
		var id = bidding.proposal(unverified, challenge, bidding.complete(challenge));
		as(agency.admin(), null, () -> settings.allowUnverifiedCompanies(false));
		try {
			assertThatThrownBy(() -> as(unverified, () -> management.submit(id)))
				.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
					.containsExactly(new FieldProblem("company", "proposal.company.not-verified", List.of())));
			assertThat(as(unverified, () -> query.checklist(id)).missing()).extracting(Checklist.Item::field)
				.containsExactly("company");
		}
		finally {
			as(agency.admin(), null, () -> settings.allowUnverifiedCompanies(true));
		}
		assertThat(as(unverified, () -> query.editable(id)).versions()).isEmpty();
	}

	@Test
	void keepsSubmittedVersionsImmutableInTheDatabase() {
		as(company, () -> management.submit(proposal));
		as(company, () -> query.receipt(proposal, 1));

		for (var change : List.of("UPDATE proposal_version SET digest = repeat('0', 64) WHERE proposal_id = ?",
				"DELETE FROM proposal_version_attachment WHERE proposal_id = ?",
				"UPDATE proposal_receipt SET pdf = 'x' WHERE proposal_id = ?")) {
			assertThatThrownBy(() -> jdbc.sql(change).param(proposal.id()).update())
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("is immutable");
		}
		assertThat(recomputedDigest(1)).isEqualTo(as(company, () -> query.latest(proposal)).version().digest());
	}

	@Test
	void showsTheCompanyItsProposalsByStateWithReceiptsAndLaterTheOutcome() {
		var draftOnly = bidding.challenge(agency);
		var draft = bidding.proposal(company, draftOnly, bidding.complete(draftOnly));
		var first = as(company, () -> management.submit(proposal));
		clock.advance(Duration.ofMinutes(1));
		var second = as(company, () -> management.submit(proposal));

		var mine = as(company, () -> dashboard.mine());

		assertThat(mine.company()).isEqualTo(company.id());
		assertThat(mine.byState().get(ProposalState.DRAFT)).extracting(ProposalDashboard.Entry::id)
			.containsExactly(draft);
		var entry = mine.byState().get(ProposalState.SUBMITTED).get(0);
		assertThat(entry.id()).isEqualTo(proposal);
		assertThat(entry.challengeReference()).isEqualTo(challenge.reference());
		assertThat(entry.deadlineInOfficialZone().toInstant()).isEqualTo(challenge.proposalsDeadline());
		assertThat(entry.deadlineInOfficialZone().getZone()).isEqualTo(challenge.timeZone());
		assertThat(entry.latest()).isEqualTo(second);
		assertThat(entry.receipts()).extracting(ProposalDashboard.ReceiptLink::path)
			.containsExactly(ProposalLinks.receipt(proposal, first.number()), ProposalLinks.receipt(proposal, 2));
		assertThat(entry.outcome()).isNull();
		assertThat(mine.byState().get(ProposalState.WITHDRAWN)).isEmpty();

		assertThatThrownBy(
				() -> transactions.executeWithoutResult(status -> outcomes.record(proposal, ProposalOutcome.AWARDED)))
			.isInstanceOf(InvalidInput.class);
		clock.set(challenge.proposalsOpenAt());
		transactions.executeWithoutResult(status -> outcomes.record(proposal, ProposalOutcome.AWARDED));

		var later = as(company, () -> dashboard.mine()).byState().get(ProposalState.SUBMITTED).get(0);
		assertThat(later.outcome()).isEqualTo(ProposalOutcome.AWARDED);
		assertThat(later.readOnly()).isTrue();
		// Listeners write the audit entries concurrently, so the trail's order is that of
		// recording; the outcome is the last action taken.
		var lastAction = auditEntries(proposal).stream()
			.max(Comparator.comparing(AuditEntry::occurredAt))
			.map(AuditEntry::action);
		assertThat(lastAction).contains("proposal.outcome-recorded");
	}

	private String canonicalForm(int version) {
		return canonicalForm(proposal, version);
	}

	private String canonicalForm(ProposalId id, int version) {
		return jdbc.sql("SELECT canonical_form FROM proposal_version WHERE proposal_id = ? AND number = ?")
			.params(id.id(), version)
			.query(String.class)
			.single();
	}

	/**
	 * The digest as anyone recomputes it from what is stored: SHA-256 of the canonical
	 * form's UTF-8.
	 */
	private String recomputedDigest(int version) {
		return jdbc.sql("""
				SELECT encode(sha256(convert_to(canonical_form, 'UTF8')), 'hex') FROM proposal_version
				WHERE proposal_id = ? AND number = ?
				""").params(proposal.id(), version).query(String.class).single();
	}

}
