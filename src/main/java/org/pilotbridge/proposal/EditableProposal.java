package org.pilotbridge.proposal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a proposal form needs, for the bidding company's members only: the working
 * copy and its version (pass it back to {@link ProposalManagement#saveDraft}), the
 * challenge's criteria and limits, the company as the organisation describes it now, the
 * attached files, every submitted version with its receipt, and what is still missing.
 *
 * @param changedSinceSubmission whether the working copy says something else than the
 * latest submitted version (which still counts until it is submitted again)
 * @param readOnly whether the deadline has passed: nothing can change any more
 */
public record EditableProposal(ProposalId id, int version, ProposalState state, ProposalChallenge challenge,
		CompanyData company, ProposalContent content, List<ProposalAttachment> attachments,
		List<SubmittedVersion> versions, boolean changedSinceSubmission, boolean readOnly, Checklist checklist,
		@Nullable ProposalOutcome outcome) {

	public EditableProposal {
		attachments = List.copyOf(attachments);
		versions = List.copyOf(versions);
	}

}
