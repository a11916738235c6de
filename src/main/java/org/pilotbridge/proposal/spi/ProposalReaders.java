package org.pilotbridge.proposal.spi;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Admits people other than the agency's challenge managers to the proposals of a
 * challenge, such as the members of its evaluation panel. Implement it as a bean; the
 * proposal module asks every such bean, and admits a person when any of them says yes.
 * <p>
 * A reader is admitted to one proposal when
 * {@link #mayRead(PersonId, ChallengeId, ProposalId)} says yes. It is asked only once the
 * challenge has closed: before its deadline nobody but the bidding company reads a
 * proposal, whatever a bean answers. Every read it allows is written to the audit trail
 * with the reader as actor.
 */
@FunctionalInterface
public interface ProposalReaders {

	/**
	 * Whether the person may read the submitted proposals of the (closed) challenge, and
	 * list them.
	 */
	boolean mayRead(PersonId person, ChallengeId challenge);

	/**
	 * Whether the person may read that one proposal of the (closed) challenge; by
	 * default, whether they may read the challenge's proposals. An evaluation panel
	 * narrows it to the proposals a member is not recused from.
	 */
	default boolean mayRead(PersonId person, ChallengeId challenge, ProposalId proposal) {
		return mayRead(person, challenge);
	}

	/**
	 * Whether the person is recused from that proposal (such as a panel member, a
	 * challenge manager among them, who declared a conflict of interest with its
	 * company): then nobody admits them to it, not even as one of the challenge's
	 * managers. By default, nobody is.
	 */
	default boolean isRecused(PersonId person, ChallengeId challenge, ProposalId proposal) {
		return false;
	}

}
