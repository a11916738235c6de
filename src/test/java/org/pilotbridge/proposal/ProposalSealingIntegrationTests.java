package org.pilotbridge.proposal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonPrincipal;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Procurement integrity rules 2, 4, 5 and 6: before the deadline nobody but the bidding
 * company reads a proposal, through any service method or download address, not the
 * agency's managers, not a platform administrator, not another company, not even a future
 * panel member; the agency sees the number of proposals only. Once the challenge has
 * closed, its managers and its panel read what was submitted, and each of their reads is
 * in the audit trail with them as actor (rule 7).
 */
class ProposalSealingIntegrationTests extends ProposalIntegrationTest {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

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
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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
	void nobodyButTheCompanyReadsAProposalBeforeTheDeadline() throws Exception {
		for (var reader : List.of(agency.manager(), agency.member(), agency.admin(), otherCompany.member(),
				panelMember)) {
			List<Runnable> reads = List.of(() -> query.editable(proposal), () -> query.checklist(proposal),
					() -> query.latest(proposal), () -> query.version(proposal, 1),
					() -> query.attachment(proposal, submittedFile.id()), () -> query.receipt(proposal, 1));
			for (var read : reads) {
				assertThatThrownBy(() -> as(reader, agency.id(), read)).isInstanceOf(ProposalNotFound.class);
			}
			assertThatThrownBy(() -> as(reader, agency.id(), () -> query.submitted(challenge.id())))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(
					download(reader, ProposalLinks.attachment(proposal, submittedFile.id())).getResponse().getStatus())
				.isEqualTo(404);
			assertThat(download(reader, ProposalLinks.receipt(proposal, 1)).getResponse().getStatus()).isEqualTo(404);
		}

		assertThat(submissions.submittedCount(challenge.id())).isEqualTo(1);
		assertThat(challenges.challenge(challenge.id()).orElseThrow().submittedCount()).isEqualTo(1);
		assertThat(auditedActions(proposal))
			.noneMatch(action -> action.startsWith("proposal.read") || action.endsWith(".downloaded"));
		assertThat(auditTrail.entriesOf("challenge", challenge.id())).extracting(AuditEntry::action)
			.doesNotContain("proposal.listed");
	}

	@Test
	void theCompanyDownloadsItsFilesAndReceiptsAsAttachmentsAtAnyTime() throws Exception {
		var file = download(company.member(), ProposalLinks.attachment(proposal, submittedFile.id())).getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"plan.pdf\"");
		assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getHeader("Cache-Control")).contains("no-store");
		assertThat(file.getContentAsByteArray()).isEqualTo(plan);

		var receipt = download(company.owner(), ProposalLinks.receipt(proposal, 1)).getResponse();
		assertThat(receipt.getStatus()).isEqualTo(200);
		assertThat(receipt.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"receipt-" + challenge.reference() + "-v1.pdf\"");
		assertThat(receipt.getContentAsByteArray()).startsWith("%PDF-".getBytes());
		assertThat(download(company.member(), ProposalLinks.attachment(proposal, draftOnlyFile.id())).getResponse()
			.getStatus()).isEqualTo(200);

		clock.set(challenge.proposalsDeadline().plusSeconds(60));
		assertThat(download(company.member(), ProposalLinks.receipt(proposal, 1)).getResponse().getContentAsByteArray())
			.isEqualTo(receipt.getContentAsByteArray());
		assertThat(auditedActions(proposal)).noneMatch(action -> action.endsWith(".downloaded"));
	}

	@Test
	void afterTheCloseTheManagersAndThePanelReadWhatWasSubmittedAndEveryReadIsAudited() throws Exception {
		clock.set(challenge.proposalsOpenAt());
		var submitted = as(company, () -> query.latest(proposal));

		for (var reader : List.of(agency.manager(), panelMember)) {
			assertThat(as(reader, agency.id(), () -> query.latest(proposal))).isEqualTo(submitted);
			assertThat(as(reader, agency.id(), () -> query.submitted(challenge.id()))).singleElement()
				.satisfies(entry -> {
					assertThat(entry.id()).isEqualTo(proposal);
					assertThat(entry.company().name()).isEqualTo(company.name());
					assertThat(entry.latest()).isEqualTo(submitted.version());
				});
			assertThat(as(reader, agency.id(), () -> query.attachment(proposal, submittedFile.id())).content())
				.isEqualTo(plan);
			assertThat(download(reader, ProposalLinks.attachment(proposal, submittedFile.id())).getResponse()
				.getContentAsByteArray()).isEqualTo(plan);
			assertThat(download(reader, ProposalLinks.receipt(proposal, 1)).getResponse().getStatus()).isEqualTo(200);

			assertThatThrownBy(() -> as(reader, agency.id(), () -> query.editable(proposal)))
				.as("the working copy stays the company's")
				.isInstanceOf(ProposalNotFound.class);
			assertThatThrownBy(() -> as(reader, agency.id(), () -> query.attachment(proposal, draftOnlyFile.id())))
				.as("a file never submitted")
				.isInstanceOf(ProposalNotFound.class);
			assertThat(
					download(reader, ProposalLinks.attachment(proposal, draftOnlyFile.id())).getResponse().getStatus())
				.isEqualTo(404);
		}
		for (var outsider : List.of(agency.admin(), agency.member(), otherCompany.member())) {
			assertThatThrownBy(() -> as(outsider, agency.id(), () -> query.latest(proposal)))
				.isInstanceOf(ProposalNotFound.class);
			assertThat(download(outsider, ProposalLinks.attachment(proposal, submittedFile.id())).getResponse()
				.getStatus()).isEqualTo(404);
		}

		var reads = auditEntries(proposal).stream()
			.filter(entry -> !entry.action().startsWith("proposal.attachment.added")
					&& !entry.action().equals("proposal.started") && !entry.action().equals("proposal.submitted"))
			.toList();
		for (var reader : List.of(agency.manager(), panelMember)) {
			assertThat(reads).filteredOn(entry -> entry.actor().equals("person:" + reader))
				.extracting(AuditEntry::action, entry -> entry.details().get("version"))
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("proposal.read", "1"),
						org.assertj.core.groups.Tuple.tuple("proposal.attachment.downloaded", "1"),
						org.assertj.core.groups.Tuple.tuple("proposal.attachment.downloaded", "1"),
						org.assertj.core.groups.Tuple.tuple("proposal.receipt.downloaded", "1"));
			assertThat(auditTrail.entriesOf("challenge", challenge.id()))
				.filteredOn(entry -> entry.actor().equals("person:" + reader))
				.extracting(AuditEntry::action)
				.filteredOn(action -> action.startsWith("proposal."))
				.containsExactly("proposal.listed");
		}
		assertThat(reads)
			.allSatisfy(entry -> assertThat(entry.actor()).isIn("person:" + agency.manager(), "person:" + panelMember));
		assertThat(reads).filteredOn(entry -> entry.action().equals("proposal.attachment.downloaded"))
			.allSatisfy(entry -> assertThat(entry.details()).containsEntry("sha256", submittedFile.sha256())
				.containsEntry("attachment", submittedFile.id().toString()));
	}

	@Test
	void neverOpensAWithdrawnProposal() throws Exception {
		as(company, () -> management.withdraw(proposal));
		clock.set(challenge.proposalsOpenAt());

		assertThatThrownBy(() -> as(agency.manager(), agency.id(), () -> query.latest(proposal)))
			.isInstanceOf(ProposalNotFound.class);
		assertThat(as(agency.manager(), agency.id(), () -> query.submitted(challenge.id()))).isEmpty();
		assertThat(download(agency.manager(), ProposalLinks.receipt(proposal, 1)).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(as(company, () -> query.latest(proposal)).version().number()).isEqualTo(1);
	}

	@Test
	void answersNotFoundForUnknownOrMalformedAddressesAndAsksStrangersToSignIn() throws Exception {
		for (var path : List.of("/proposals/not-a-uuid/versions/1/receipt", ProposalLinks.receipt(proposal, 2),
				"/proposals/" + proposal + "/versions/x/receipt", "/proposals/" + proposal + "/attachments/nope",
				ProposalLinks.attachment(proposal, ProposalAttachmentId.of("00000000-0000-0000-0000-000000000000")))) {
			var response = download(company.member(), path).getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsByteArray()).as(path).isEmpty();
		}
		var anonymous = mvc.perform(get(ProposalLinks.receipt(proposal, 1))).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isIn(302, 401);
		assertThat(anonymous.getContentAsString()).doesNotStartWith("%PDF");
	}

	private MvcResult download(PersonId person, String path) throws Exception {
		var principal = new SignedIn(person, clock.instant());
		var signedIn = new UsernamePasswordAuthenticationToken(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER")));
		return mvc.perform(get(path).with(authentication(signedIn))).andReturn();
	}

	private record SignedIn(PersonId personId, Instant signedInAt) implements PersonPrincipal {
	}

}
