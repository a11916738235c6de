package org.pilotbridge.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposingCompanies;

/**
 * Whether someone belongs to a company that takes part in a challenge: such a person may
 * not sit on its panel. A company takes part once it has started a proposal, whatever
 * became of it.
 *
 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
 */
@Component
class BiddingInterest {

	private final OrganisationDirectory directory;

	private final ProposingCompanies proposing;

	BiddingInterest(OrganisationDirectory directory, ProposingCompanies proposing) {
		this.directory = directory;
		this.proposing = proposing;
	}

	/**
	 * The company the person belongs to that has a proposal for the challenge, if any.
	 */
	Optional<OrganisationId> companyOf(PersonId person, ChallengeId challenge) {
		return proposing.among(challenge, directory.organisationsOf(person)).stream().findFirst();
	}

	boolean isBidder(PersonId person, ChallengeId challenge) {
		return companyOf(person, challenge).isPresent();
	}

	String name(OrganisationId company) {
		return directory.organisation(company).map(OrganisationSummary::name).orElse(company.toString());
	}

}
