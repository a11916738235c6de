package org.pilotbridge.proposal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.spi.ProposalReaders;

/**
 * Who may see and do what with a proposal. The company's own members may do everything,
 * at any time. Anyone else learns nothing (the proposal is "not found") until the
 * proposals are opened, the opening delay after the deadline when the close is recorded;
 * from then on the agency's challenge managers and whoever a {@link ProposalReaders} bean
 * admits read what was submitted and counts (the latest version of a proposal still
 * submitted at the close, never a working copy or a withdrawn proposal), and each of
 * their reads is audited. Platform administrators have no right of their own here.
 */
@Component
class ProposalAccess {

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	private final ChallengeDirectory challenges;

	private final ObjectProvider<ProposalReaders> readers;

	private final AuditTrail auditTrail;

	ProposalAccess(CurrentPerson current, OrganisationDirectory directory, OrganisationQuery organisations,
			ChallengeDirectory challenges, ObjectProvider<ProposalReaders> readers, AuditTrail auditTrail) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
		this.challenges = challenges;
		this.readers = readers;
		this.auditTrail = auditTrail;
	}

	/** How a reader came to read a proposal. */
	enum Reader {

		/** A member of the bidding company: reads everything, unaudited. */
		MEMBER,

		/**
		 * A challenge manager or an admitted reader after the close: reads the latest
		 * version, audited.
		 */
		OFFICIAL

	}

	boolean isMember(Proposal proposal) {
		return current.id().filter(person -> directory.isMember(person, proposal.company())).isPresent();
	}

	/**
	 * The current person, who must belong to the bidding company.
	 * @throws ProposalNotFound otherwise, so that nobody else learns that the proposal
	 * exists
	 */
	PersonId requireMember(Proposal proposal) {
		var person = current.required();
		if (!directory.isMember(person, proposal.company())) {
			throw new ProposalNotFound(proposal.id());
		}
		return person;
	}

	/**
	 * How the current person may read the submitted proposal. Closes the challenge first
	 * if its deadline has passed.
	 * @throws ProposalNotFound when they may not read it
	 */
	Reader requireReader(Proposal proposal) {
		if (isMember(proposal)) {
			return Reader.MEMBER;
		}
		var person = current.required();
		if (proposal.state() == ProposalState.SUBMITTED && mayReadProposal(person, proposal)) {
			return Reader.OFFICIAL;
		}
		throw new ProposalNotFound(proposal.id());
	}

	/**
	 * Whether the person may read the proposals submitted for the challenge: only once it
	 * has closed, and only as one of its challenge managers or as a reader some module
	 * admits.
	 */
	boolean mayReadSubmissions(PersonId person, ChallengeId challenge) {
		var summary = challenges.challenge(challenge);
		if (summary.isEmpty() || !isOpened(summary.get())) {
			return false;
		}
		return challenges.isManager(person, challenge)
				|| readers.orderedStream().anyMatch(reader -> reader.mayRead(person, challenge));
	}

	/**
	 * Whether the person may read that submitted proposal: only once its challenge has
	 * closed, only as a challenge manager or as a reader some module admits to that
	 * proposal, and never when a module says they are recused from it.
	 */
	boolean mayReadProposal(PersonId person, Proposal proposal) {
		var challenge = proposal.challenge();
		var summary = challenges.challenge(challenge);
		if (summary.isEmpty() || !isOpened(summary.get())) {
			return false;
		}
		if (readers.orderedStream().anyMatch(reader -> reader.isRecused(person, challenge, proposal.id()))) {
			return false;
		}
		return challenges.isManager(person, challenge)
				|| readers.orderedStream().anyMatch(reader -> reader.mayRead(person, challenge, proposal.id()));
	}

	/**
	 * Proposals are opened by the system when it records the close, the opening delay
	 * after the deadline, never before (not while the challenge is already closed to new
	 * proposals and changes received in time may still commit), and never for a withdrawn
	 * challenge.
	 *
	 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
	 */
	static boolean isOpened(ChallengeSummary challenge) {
		return switch (challenge.state()) {
			case CLOSED, UNDER_EVALUATION, AWARDED, NO_AWARD -> challenge.proposalsOpened();
			case DRAFT, PUBLISHED, WITHDRAWN -> false;
		};
	}

	/** Writes a read by someone other than the bidder to the audit trail, at once. */
	void auditRead(String action, Proposal proposal, Map<String, String> details) {
		var all = new HashMap<>(details);
		all.put("challenge", proposal.challenge().toString());
		all.put("company", proposal.company().toString());
		auditTrail.record(current.auditRecord(action, "proposal", proposal.id(), all));
	}

	/**
	 * Writes to the audit trail that a member of the bidding company took its letter, so
	 * that the file shows when the company learnt its outcome.
	 */
	void auditLetterTaken(Proposal proposal, ProposalOutcome outcome) {
		auditTrail.record(current.auditRecord("proposal.outcome-letter.downloaded", "proposal", proposal.id(),
				Map.of("challenge", proposal.challenge().toString(), "company", proposal.company().toString(),
						"outcome", outcome.name())));
	}

	void auditListing(ChallengeId challenge, int count) {
		auditTrail.record(
				current.auditRecord("proposal.listed", "challenge", challenge, Map.of("count", String.valueOf(count))));
	}

	/**
	 * The current person and the company they act for: their active organisation if it is
	 * a company they belong to, otherwise their first company.
	 * @throws AccessDeniedException when they belong to no company
	 */
	CompanyMember requireCompanyMember() {
		var person = current.required();
		var company = organisations.activeCompany()
			.orElseThrow(() -> new AccessDeniedException("Only members of a company have proposals"));
		return new CompanyMember(person, company.id(), company.name());
	}

	record CompanyMember(PersonId person, OrganisationId company, String companyName) {
	}

}
