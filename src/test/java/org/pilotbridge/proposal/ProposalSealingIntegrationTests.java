package org.pilotbridge.proposal;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Procurement integrity rules 2, 4, 5 and 6: before the deadline nobody but the bidding company
 * reads a proposal, through any service method, not the agency's managers, not
 * a platform administrator, not another company, not even a future panel member; the agency sees the
 * number of proposals only. Once the challenge has closed, its managers and its panel read what was
 * submitted, and each of their reads is in the audit trail with them as actor (rule 7).
 */
class ProposalSealingIntegrationTests extends ProposalIntegrationTest {

	TestBidding.Agency agency;

	TestBidding.Company company;

	TestBidding.Company otherCompany;

	PersonId panelMember;

	ChallengeSummary challenge;

	ProposalId proposal;

	ProposalAttachment submittedFile;

	ProposalAttachment draftOnlyFile;

	byte[] plan = TestPdfs.pages(2);

	@BeforeEach
	void aSubmittedProposalWithAFileAddedSince() {
		agency = bidding.agency();
		company = bidding.company(agency, Language.ENGLISH);
		otherCompany = bidding.company(agency, Language.ENGLISH);
		challenge = bidding.challenge(agency);
		panelMember = bidding.person("evaluator", Language.ENGLISH, false);
		panel.admit(panelMember, challenge.id());
		proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		submittedFile = bidding.attach(company, proposal, "plan.pdf", plan);
		as(company, () -> management.submit(proposal));
		draftOnlyFile = bidding.attach(company, proposal, "not-yet-submitted.pdf", TestPdfs.onePage());
	}

	@Test
	void nobodyButTheCompanyReadsAProposalBeforeTheDeadline() {
		for (var reader : List.of(agency.manager(), agency.member(), agency.admin(), otherCompany.member(), panelMember)) {
			List<Runnable> reads = List.of(() -> query.editable(proposal), () -> query.checklist(proposal),
					() -> query.latest(proposal), () -> query.version(proposal, 1),
					() -> query.attachment(proposal, submittedFile.id()));
			for (var read : reads) {
				assertThatThrownBy(() -> as(reader, agency.id(), read)).isInstanceOf(ProposalNotFound.class);
			}
			assertThatThrownBy(() -> as(reader, agency.id(), () -> query.submitted(challenge.id())))
				.isInstanceOf(AccessDeniedException.class);
		}

		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(1);
		assertThat(challenges.challenge(challenge.id()).orElseThrow().submittedCount()).isEqualTo(1);
		assertThat(auditedActions(proposal)).noneMatch(action -> action.startsWith("proposal.read")
				|| action.endsWith(".downloaded"));
		assertThat(auditTrail.entriesOf("challenge", challenge.id())).extracting(AuditEntry::action)
			.doesNotContain("proposal.listed");
	}

	@Test
	void afterTheCloseTheManagersAndThePanelReadWhatWasSubmittedAndEveryReadIsAudited() {
		clock.set(challenge.proposalsDeadline());
		var submitted = as(company, () -> query.latest(proposal));

		for (var reader : List.of(agency.manager(), panelMember)) {
			assertThat(as(reader, agency.id(), () -> query.latest(proposal))).isEqualTo(submitted);
			assertThat(as(reader, agency.id(), () -> query.submitted(challenge.id())))
				.singleElement()
				.satisfies(entry -> {
					assertThat(entry.id()).isEqualTo(proposal);
					assertThat(entry.company().name()).isEqualTo(company.name());
					assertThat(entry.latest()).isEqualTo(submitted.version());
				});
			assertThat(as(reader, agency.id(), () -> query.attachment(proposal, submittedFile.id())).content())
				.isEqualTo(plan);

			assertThatThrownBy(() -> as(reader, agency.id(), () -> query.editable(proposal)))
				.as("the working copy stays the company's").isInstanceOf(ProposalNotFound.class);
			assertThatThrownBy(() -> as(reader, agency.id(), () -> query.attachment(proposal, draftOnlyFile.id())))
				.as("a file never submitted").isInstanceOf(ProposalNotFound.class);
		}
		for (var outsider : List.of(agency.admin(), agency.member(), otherCompany.member())) {
			assertThatThrownBy(() -> as(outsider, agency.id(), () -> query.latest(proposal)))
				.isInstanceOf(ProposalNotFound.class);
		}

		var reads = auditEntries(proposal).stream().filter(entry -> !entry.action().startsWith("proposal.attachment.added")
				&& !entry.action().equals("proposal.started") && !entry.action().equals("proposal.submitted")).toList();
		for (var reader : List.of(agency.manager(), panelMember)) {
			assertThat(reads).filteredOn(entry -> entry.actor().equals("person:" + reader))
				.extracting(AuditEntry::action, entry -> entry.details().get("version"))
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("proposal.read", "1"),
						org.assertj.core.groups.Tuple.tuple("proposal.attachment.downloaded", "1"));
			assertThat(auditTrail.entriesOf("challenge", challenge.id()))
				.filteredOn(entry -> entry.actor().equals("person:" + reader))
				.extracting(AuditEntry::action)
				.filteredOn(action -> action.startsWith("proposal."))
				.containsExactly("proposal.listed");
		}
		assertThat(reads).allSatisfy(entry -> assertThat(entry.actor()).isIn("person:" + agency.manager(),
				"person:" + panelMember));
		assertThat(reads).filteredOn(entry -> entry.action().equals("proposal.attachment.downloaded"))
			.allSatisfy(entry -> assertThat(entry.details()).containsEntry("sha256", submittedFile.sha256())
				.containsEntry("attachment", submittedFile.id().toString()));
	}

	@Test
	void neverOpensAWithdrawnProposal() {
		as(company, () -> management.withdraw(proposal));
		clock.set(challenge.proposalsDeadline());

		assertThatThrownBy(() -> as(agency.manager(), agency.id(), () -> query.latest(proposal)))
			.isInstanceOf(ProposalNotFound.class);
		assertThat(as(agency.manager(), agency.id(), () -> query.submitted(challenge.id()))).isEmpty();
		assertThat(as(company, () -> query.latest(proposal)).version().number()).isEqualTo(1);
	}

}
