package org.pilotbridge.proposal;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.shared.InvalidInput;

/**
 * The outcome of each proposal, for the {@code evaluation} module: it records its award
 * decision in its own transaction, after checking who may take it, and calls this within
 * that transaction (so it refuses to run without one). The company sees the outcome on
 * its dashboard ({@link ProposalDashboard}) and in its form
 * ({@link EditableProposal#outcome()}).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ProposalOutcomes {

	private final Proposals proposals;

	private final ChallengeDirectory challenges;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalOutcomes(Proposals proposals, ChallengeDirectory challenges, CurrentPerson current,
			ApplicationEventPublisher events, Clock clock) {
		this.proposals = proposals;
		this.challenges = challenges;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records (or corrects) what became of a proposal that counted at the close.
	 * @throws InvalidInput ({@code proposal.outcome.not-closed}) when the challenge has
	 * not closed or the proposal was not submitted
	 * @throws ProposalNotFound when there is no such proposal
	 */
	public void record(ProposalId id, ProposalOutcome outcome) {
		var proposal = proposals.findById(id.id()).orElseThrow(() -> new ProposalNotFound(id));
		var closed = challenges.challenge(proposal.challenge()).filter(ProposalAccess::isOpened).isPresent();
		if (!closed || proposal.state() != ProposalState.SUBMITTED) {
			throw InvalidInput.of("outcome", "proposal.outcome.not-closed");
		}
		var now = clock.instant();
		proposal.recordOutcome(outcome, now);
		proposals.save(proposal);
		var details = Map.of("challenge", proposal.challenge().toString(), "outcome", outcome.name());
		events.publishEvent(new ProposalOutcomeRecorded(id, proposal.challenge(), proposal.company(), outcome,
				current.id().isPresent() ? current.auditRecord("proposal.outcome-recorded", "proposal", id, details)
						: AuditRecord.of(now, Actor.SYSTEM, "proposal.outcome-recorded", "proposal", id, details)));
	}

}
