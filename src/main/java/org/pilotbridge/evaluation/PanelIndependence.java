package org.pilotbridge.evaluation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeClosed;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.EvaluationStarted;
import org.pilotbridge.identity.MembershipGranted;
import org.pilotbridge.identity.OrganisationId;

/**
 * Keeps members of bidding companies off the panels that judge them. When a challenge
 * closes (the set of companies that took part is then final), when its evaluation starts,
 * and whenever someone on a panel joins a company afterwards, every member who belongs to
 * a company with a proposal for the challenge is removed by the system, whatever they
 * did: their drafts are discarded, their submitted scores stay on the record but no
 * longer count, and a consensus that rested on them is withdrawn to be recorded again.
 * Nothing is done before the close, so that the agency does not learn who bids before the
 * deadline; until the removal such a member may do nothing on the panel
 * ({@link EvaluationAccess}, {@link PanelReaders}). After the decision the panel is part
 * of the record and is left as it is.
 *
 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
 */
@Component
class PanelIndependence {

	private static final Logger log = LoggerFactory.getLogger(PanelIndependence.class);

	private final PanelMembers panels;

	private final EvaluationRecords records;

	private final BiddingInterest interest;

	private final ChallengeDirectory challenges;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PanelIndependence(PanelMembers panels, EvaluationRecords records, BiddingInterest interest,
			ChallengeDirectory challenges, ApplicationEventPublisher events, Clock clock) {
		this.panels = panels;
		this.records = records;
		this.interest = interest;
		this.challenges = challenges;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ChallengeClosed event) {
		removeBidders(event.challenge());
	}

	@ApplicationModuleListener
	void on(EvaluationStarted event) {
		removeBidders(event.challenge());
	}

	@ApplicationModuleListener
	void on(MembershipGranted event) {
		panels.ofPerson(event.person()).forEach(member -> removeBidders(member.challenge()));
	}

	/**
	 * Removes from the panel, once the challenge has closed and until the decision, every
	 * member of a bidding company.
	 */
	void removeBidders(ChallengeId id) {
		var challenge = challenges.challenge(id).orElse(null);
		if (challenge == null
				|| challenge.state() != ChallengeState.CLOSED && challenge.state() != ChallengeState.UNDER_EVALUATION) {
			return;
		}
		panels.lock(id);
		if (records.decision(id).isPresent()) {
			return;
		}
		for (var member : panels.of(id)) {
			if (member.hasJoined()) {
				interest.companyOf(member.joinedPerson(), id)
					.ifPresent(company -> remove(member, company, Objects.requireNonNullElse(challenge.reference(), ""),
							challenge.title()));
			}
		}
	}

	private void remove(PanelMember member, OrganisationId company, String reference, String title) {
		var challenge = member.challenge();
		var person = Objects.requireNonNull(member.person());
		var name = interest.name(company);
		var discarded = records.discardDrafts(challenge, person);
		var reopened = records.withdrawConsensus(records.scoredProposals(challenge, person));
		var now = clock.instant();
		panels.remove(PanelRemoval.ofBidder(member, now, discarded, name));
		var details = new HashMap<String, String>();
		details.put("member", member.id().toString());
		details.put("person", person.toString());
		details.put("role", member.role().name());
		details.put("company", company.toString());
		details.put("discardedDrafts", String.valueOf(discarded));
		details.put("reopenedConsensus", String.valueOf(reopened));
		log.info("Removed {} from the panel of {}: member of {}, which has a proposal for it", member.id(), reference,
				company);
		events.publishEvent(new PanelMemberExcluded(challenge, member.id(), person, member.name(), member.role(), name,
				reopened, reference, title,
				AuditRecord.of(now, Actor.SYSTEM, "evaluation.panel.bidder-removed", "challenge", challenge, details)));
	}

}
