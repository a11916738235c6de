package org.pilotbridge.proposal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The proposals the evaluation awarded, for the modules that carry on with them (the
 * {@code pilot} module turns each into a pilot). It checks no rights: an award is public,
 * and only its public facts are returned, never the proposal's content.
 */
@Service
@Transactional(readOnly = true)
public class AwardedProposals {

	private final Proposals proposals;

	private final ProposalVersions versions;

	AwardedProposals(Proposals proposals, ProposalVersions versions) {
		this.proposals = proposals;
		this.versions = versions;
	}

	/**
	 * The proposals of the challenge whose outcome is {@link ProposalOutcome#AWARDED},
	 * however many the challenge awards, in the order they were received.
	 */
	public List<AwardedProposal> of(ChallengeId challenge) {
		return proposals.findSubmitted(challenge.id())
			.stream()
			.filter(proposal -> proposal.outcome().filter(ProposalOutcome.AWARDED::equals).isPresent())
			.map(proposal -> {
				var latest = versions.find(proposal.id(), proposal.latestVersion()).orElseThrow();
				var frozen = Snapshot.read(latest.canonicalForm());
				return new AwardedProposal(proposal.id(), proposal.challenge(), proposal.company(),
						frozen.company().name(), frozen.content().price(), frozen.content().timelineWeeks(),
						latest.receivedAt(), proposal.outcomeRecordedAt().orElseThrow());
			})
			.sorted(Comparator.comparing(AwardedProposal::receivedAt).thenComparing(p -> p.id().id()))
			.toList();
	}

}
