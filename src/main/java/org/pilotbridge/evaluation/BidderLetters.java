package org.pilotbridge.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.spi.OutcomeLetters;
import org.pilotbridge.shared.Language;

/**
 * Gives the proposal module each bidder's letter for "My proposals", once the decision
 * has come into force (after the standstill period); before that, no letter, whatever the
 * e-mail already said. The proposal module checks who asks.
 */
@Component
@Transactional(readOnly = true)
class BidderLetters implements OutcomeLetters {

	private final EvaluationRecords records;

	private final EvaluationLoader loader;

	private final DocumentRenderer renderer;

	BidderLetters(EvaluationRecords records, EvaluationLoader loader, DocumentRenderer renderer) {
		this.records = records;
		this.loader = loader;
		this.renderer = renderer;
	}

	@Override
	public boolean hasLetter(ProposalId proposal) {
		return records.challengeOf(proposal).flatMap(records::decision).filter(Decision::isFinal).isPresent();
	}

	@Override
	public Optional<String> decisionPage(ProposalId proposal) {
		return records.challengeOf(proposal)
			.flatMap(records::decision)
			.filter(decision -> !decision.awaitsApproval())
			.map(decision -> EvaluationLinks.decision(proposal));
	}

	@Override
	public Optional<Letter> letter(ProposalId proposal, Language language) {
		if (!hasLetter(proposal)) {
			return Optional.empty();
		}
		var evaluation = loader.load(records.challengeOf(proposal).orElseThrow());
		return evaluation.bidder(proposal).map(bidder -> {
			var letter = renderer.letter(evaluation, bidder, language);
			return new Letter(letter.fileName(), letter.pdf());
		});
	}

}
