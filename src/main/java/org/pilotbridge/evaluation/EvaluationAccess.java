package org.pilotbridge.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.InvalidInput;

/**
 * Who may do what in an evaluation, checked per object: the challenge's managers compose
 * the panel and read the results; members act only on the panels they have joined, and
 * not at all while they belong to a company with a proposal for the challenge; evaluators
 * only on the proposals they have declared no conflict with; the chair alone records the
 * consensus and decides.
 */
@Component
class EvaluationAccess {

	private final CurrentPerson current;

	private final ChallengeDirectory challenges;

	private final PanelMembers panels;

	private final EvaluationRecords records;

	private final BiddingInterest interest;

	EvaluationAccess(CurrentPerson current, ChallengeDirectory challenges, PanelMembers panels,
			EvaluationRecords records, BiddingInterest interest) {
		this.current = current;
		this.challenges = challenges;
		this.panels = panels;
		this.records = records;
		this.interest = interest;
	}

	PersonId person() {
		return current.required();
	}

	ChallengeSummary challenge(ChallengeId id) {
		return challenges.challenge(id).orElseThrow(() -> new ChallengeNotFound(id));
	}

	/**
	 * The challenge of a proposal the panel has listed. A proposal is listed when its
	 * panel's members first declare, so a member who has not declared yet is told to.
	 * @throws InvalidInput ({@code evaluation.declare-first}) for a member of a panel who
	 * has not declared
	 * @throws ProposalNotFound for anyone else
	 */
	ChallengeId challengeOf(ProposalId proposal) {
		return records.challengeOf(proposal).orElseThrow(() -> {
			var undeclared = current.id()
				.map(person -> panels.ofPerson(person)
					.stream()
					.anyMatch(member -> records.declarations(member).isEmpty()))
				.orElse(false);
			return undeclared ? InvalidInput.of("declarations", "evaluation.declare-first")
					: new ProposalNotFound(proposal);
		});
	}

	/**
	 * Holds the panel of the challenge as it is until the transaction ends, so that a
	 * member removed meanwhile cannot act any more; call it before checking who acts.
	 */
	void holdPanel(ChallengeId challenge) {
		panels.lockShared(challenge);
	}

	List<PersonId> managers(ChallengeId challenge) {
		return challenges.managers(challenge);
	}

	boolean isManager(ChallengeId challenge) {
		return challenges.isManager(person(), challenge);
	}

	void requireManager(ChallengeId challenge) {
		if (!isManager(challenge)) {
			throw new AccessDeniedException("Only the challenge's managers compose its panel");
		}
	}

	/**
	 * The current person's seat on the panel; none while they belong to a company with a
	 * proposal for the challenge (until the system removes them, they may do nothing
	 * there).
	 */
	Optional<PanelMember> membership(ChallengeId challenge) {
		return current.id()
			.flatMap(person -> panels.of(challenge, person))
			.filter(member -> !interest.isBidder(member.joinedPerson(), challenge));
	}

	PanelMember requireMember(ChallengeId challenge) {
		return membership(challenge).orElseThrow(() -> new AccessDeniedException("Not on the panel of " + challenge));
	}

	PanelMember requireEvaluator(ChallengeId challenge) {
		var member = requireMember(challenge);
		if (!member.role().scores()) {
			throw new AccessDeniedException("The chair of " + challenge + " does not score");
		}
		return member;
	}

	PanelMember requireChair(ChallengeId challenge) {
		var member = requireMember(challenge);
		if (!member.role().chairs()) {
			throw new AccessDeniedException("Only the chair of the panel of " + challenge + " may do this");
		}
		return member;
	}

	/**
	 * The chair, or a manager of the challenge: those who follow the whole evaluation.
	 */
	void requireChairOrManager(ChallengeId challenge) {
		if (!isManager(challenge) && membership(challenge).filter(member -> member.role().chairs()).isEmpty()) {
			throw new AccessDeniedException("Only the chair and the managers follow the evaluation of " + challenge);
		}
	}

	/**
	 * The chair, the stand-in of a recused chair, or a manager of the challenge: those
	 * who follow the evaluation's progress and ranking.
	 */
	void requireLeadOrManager(ChallengeId challenge) {
		if (!isManager(challenge)
				&& membership(challenge).filter(member -> member.role().chairs() || member.standIn()).isEmpty()) {
			throw new AccessDeniedException(
					"Only the chair, a stand-in and the managers follow the evaluation of " + challenge);
		}
	}

	/**
	 * The member records the consensus on the proposal: the chair, unless recused from
	 * it; then the stand-in the managers designated.
	 * @throws InvalidInput ({@code evaluation.consensus.chair-recused}) for the chair
	 * recused from it
	 * @throws AccessDeniedException for anyone else
	 */
	void requireConsensusRecorder(Evaluation evaluation, PanelMember member, ProposalId proposal) {
		if (evaluation.consensusRecorder(proposal).filter(recorder -> recorder.id().equals(member.id())).isPresent()) {
			return;
		}
		if (member.role().chairs() && evaluation.isRecused(member.person(), proposal)) {
			throw InvalidInput.of("proposal", "evaluation.consensus.chair-recused");
		}
		throw new AccessDeniedException(
				"Only the chair, or the stand-in of a recused chair, records the consensus on " + proposal);
	}

	/**
	 * The member proposes the decision: the chair, unless recused from any proposal; then
	 * the stand-in the managers designated.
	 * @throws InvalidInput ({@code evaluation.decision.chair-recused}) for such a chair
	 * @throws AccessDeniedException for anyone else
	 */
	void requireDecider(Evaluation evaluation, PanelMember member) {
		if (evaluation.decider().filter(decider -> decider.id().equals(member.id())).isPresent()) {
			return;
		}
		if (member.role().chairs() && evaluation.chairConflicted()) {
			throw InvalidInput.of("decision", "evaluation.decision.chair-recused");
		}
		throw new AccessDeniedException(
				"Only the chair, or the stand-in of a recused chair, decides on " + evaluation.challenge().id());
	}

	/**
	 * Proposals are evaluated once the challenge has closed and its proposals have been
	 * opened (the opening delay after the deadline), until the decision.
	 */
	ChallengeSummary requireEvaluating(ChallengeId id) {
		var challenge = challenge(id);
		if (challenge.state() != ChallengeState.CLOSED && challenge.state() != ChallengeState.UNDER_EVALUATION) {
			throw InvalidInput.of("challenge", "evaluation.challenge.not-evaluating");
		}
		if (!challenge.proposalsOpened()) {
			throw InvalidInput.of("challenge", "challenge.state.not-opened-yet");
		}
		return challenge;
	}

	/**
	 * The current person, an evaluator who has declared and is not recused from the
	 * proposal.
	 * @throws InvalidInput ({@code evaluation.declare-first}, {@code evaluation.recused})
	 * otherwise
	 */
	PanelMember requireScorer(ChallengeId challenge, ProposalId proposal) {
		var member = requireEvaluator(challenge);
		var declarations = records.declarations(member);
		if (declarations.isEmpty()) {
			throw InvalidInput.of("declarations", "evaluation.declare-first");
		}
		var declaration = declarations.stream()
			.filter(d -> d.proposal().equals(proposal))
			.findFirst()
			.orElseThrow(() -> new ProposalNotFound(proposal));
		if (declaration.conflict() || records.everDeclaredConflict(member.joinedPerson(), proposal)) {
			throw InvalidInput.of("proposal", "evaluation.recused");
		}
		return member;
	}

}
