package org.pilotbridge.proposal;

import java.util.List;

import org.pilotbridge.challenge.ChallengeId;

/**
 * A submitted version of a proposal, read back exactly as it was received: the content,
 * the company and the submitter as they were at the time of receipt, and the files it was
 * submitted with.
 */
public record SubmittedProposal(ProposalId id, ChallengeId challenge, String challengeReference, String challengeTitle,
		CompanyData company, String submitterName, SubmittedVersion version, ProposalContent content,
		List<ProposalAttachment> attachments) {

	public SubmittedProposal {
		attachments = List.copyOf(attachments);
	}

}
