package org.pilotbridge.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.evaluation.EvaluationViews.RankingLine;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * The authorising officer's sign-off. Where the agency's rules want it
 * ({@link org.pilotbridge.identity.DecisionRules#awardNeedsApproval}), the chair's
 * decision waits for an authorising officer of the agency who is not on the panel, does
 * not belong to a bidding company, did not propose it and declares no conflict of
 * interest with the bidders. Approving sends the letters and starts the standstill
 * period; sending back, with a reason, lets the chair propose again.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AwardApproval {

	private final EvaluationRecords records;

	private final DecisionRequests requests;

	private final EvaluationLoader loader;

	private final DecisionFinalisation finalisation;

	private final EvaluationAccess access;

	private final PanelMembers panels;

	private final BiddingInterest interest;

	private final OrganisationDirectory directory;

	private final CurrentPerson current;

	private final EvaluationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AwardApproval(EvaluationRecords records, DecisionRequests requests, EvaluationLoader loader,
			DecisionFinalisation finalisation, EvaluationAccess access, PanelMembers panels, BiddingInterest interest,
			OrganisationDirectory directory, CurrentPerson current, EvaluationProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.requests = requests;
		this.loader = loader;
		this.finalisation = finalisation;
		this.access = access;
		this.panels = panels;
		this.interest = interest;
		this.directory = directory;
		this.current = current;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Approves the decision awaiting approval: the letters go out and the standstill
	 * period starts now.
	 * @param declaredNoConflict the officer's declaration that they have no conflict of
	 * interest with any bidder
	 * @throws InvalidInput when nothing awaits approval; for the officer who proposed it
	 * ({@code evaluation.approval.own-decision}), who sits on the panel, or who belongs
	 * to a bidding company; without the declaration
	 * @throws AccessDeniedException unless an authorising officer of the challenge's
	 * agency asks
	 */
	public void approve(ChallengeId challenge, boolean declaredNoConflict) {
		var summary = requireOfficer(challenge);
		records.lockDecision(challenge);
		var decision = awaitingApproval(challenge);
		var officer = current.required();
		requireIndependent(challenge, decision, officer);
		if (!declaredNoConflict) {
			throw InvalidInput.of("declaration", "evaluation.approval.declaration-required");
		}
		var now = clock.instant();
		var standstillEnds = now.plus(Duration.ofDays(summary.standstillDays()));
		records.approveDecision(challenge, officer, now, standstillEnds);
		var details = new LinkedHashMap<String, String>();
		details.put("kind", decision.kind().name());
		details.put("winners", String.join(",", decision.winners().stream().map(Object::toString).toList()));
		details.put("declaredNoConflictWith",
				String.join(",", records.bidders(challenge).stream().map(b -> b.company().toString()).toList()));
		details.put("standstillEndsAt", standstillEnds.toString());
		events.publishEvent(new AwardApproved(challenge, decision.kind(), decision.winners(), standstillEnds,
				decision.decidedBy(), current.auditRecord("evaluation.approved", "challenge", challenge, details)));
		if (!standstillEnds.isAfter(now)) {
			finalisation.finalise(records.decision(challenge).orElseThrow());
		}
	}

	/**
	 * Sends the decision awaiting approval back to the chair, with the reason they will
	 * read; the chair may propose again.
	 * @throws InvalidInput as {@link #approve}, and when the reason is too short or too
	 * long
	 * @throws AccessDeniedException unless an authorising officer of the challenge's
	 * agency asks
	 */
	public void sendBack(ChallengeId challenge, String reason) {
		requireOfficer(challenge);
		records.lockDecision(challenge);
		var decision = awaitingApproval(challenge);
		var officer = current.required();
		requireIndependent(challenge, decision, officer);
		var why = UserText.clean(reason);
		if (why.length() < properties.justificationMinLength() || why.length() > Score.JUSTIFICATION_MAX_LENGTH) {
			throw InvalidInput.of("reason", "evaluation.approval.reason-required", properties.justificationMinLength(),
					Score.JUSTIFICATION_MAX_LENGTH);
		}
		records.returnDecision(decision, officer, clock.instant(), why);
		events.publishEvent(
				new AwardSentBack(challenge, decision.decidedBy(), why, current.auditRecord("evaluation.sent-back",
						"challenge", challenge, Map.of("kind", decision.kind().name(), "reason", why))));
	}

	/**
	 * The decisions awaiting the current person's approval, in the agencies where they
	 * are an authorising officer.
	 */
	@Transactional(readOnly = true)
	public List<ChallengeSummary> awaitingMyApproval() {
		var me = current.required();
		var officerOf = new HashMap<OrganisationId, Boolean>();
		return records.awaitingApproval()
			.stream()
			.map(access::challenge)
			// Decisions of one agency ask once whether the person signs off for it.
			.filter(challenge -> officerOf.computeIfAbsent(challenge.agency(),
					agency -> directory.isAuthorisingOfficer(me, agency)))
			.toList();
	}

	/**
	 * The decision on a challenge as those answerable for it see it: the ranking, the
	 * decision and who took and approved it, the decisions sent back, the requests for
	 * review and debriefing; for the challenge's managers, its authorising officers and
	 * the chair or stand-in.
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public DecisionOverview overview(ChallengeId challenge) {
		var summary = access.challenge(challenge);
		var me = current.required();
		var officer = directory.isAuthorisingOfficer(me, summary.agency());
		var manager = access.isManager(challenge);
		var lead = access.membership(challenge).filter(m -> m.role().chairs() || m.standIn()).isPresent();
		if (!officer && !manager && !lead) {
			throw new AccessDeniedException(
					"Only the managers, the authorising officers and the chair see the decision");
		}
		var evaluation = loader.load(challenge);
		var lines = evaluation.ranking()
			.stream()
			.map(ranked -> new RankingLine(ranked, evaluation.bidder(ranked.proposal()).orElseThrow()))
			.toList();
		var decision = evaluation.decision().orElse(null);
		var returned = records.returnedDecisions(challenge);
		var reviews = requests.reviews(challenge);
		var debriefings = requests.debriefings(challenge);
		var names = new HashMap<PersonId, String>();
		if (decision != null) {
			name(names, decision.decidedBy());
			if (decision.approvedBy() != null) {
				name(names, Objects.requireNonNull(decision.approvedBy()));
			}
		}
		returned.forEach(r -> {
			name(names, r.decidedBy());
			name(names, r.returnedBy());
		});
		var mayApprove = officer && decision != null && decision.awaitsApproval()
				&& independent(challenge, decision, me);
		return new DecisionOverview(summary, lines, decision, returned, reviews, debriefings, names, mayApprove,
				manager, directory.decisionRules(summary.agency()).awardNeedsApproval());
	}

	private void name(Map<PersonId, String> names, PersonId person) {
		names.computeIfAbsent(person, id -> directory.person(id).map(PersonSummary::displayName).orElse(""));
	}

	private ChallengeSummary requireOfficer(ChallengeId challenge) {
		var summary = access.challenge(challenge);
		if (!directory.isAuthorisingOfficer(current.required(), summary.agency())) {
			throw new AccessDeniedException("Only an authorising officer of the agency approves its decisions");
		}
		return summary;
	}

	private Decision awaitingApproval(ChallengeId challenge) {
		return records.decision(challenge)
			.filter(Decision::awaitsApproval)
			.orElseThrow(() -> InvalidInput.of("decision", "evaluation.approval.nothing-to-approve"));
	}

	private void requireIndependent(ChallengeId challenge, Decision decision, PersonId officer) {
		var refusal = whyNotIndependent(challenge, decision, officer);
		if (refusal.isPresent()) {
			throw InvalidInput.of("decision", refusal.get());
		}
	}

	private boolean independent(ChallengeId challenge, Decision decision, PersonId officer) {
		return whyNotIndependent(challenge, decision, officer).isEmpty();
	}

	/**
	 * Why the officer may not sign off the decision, as the message key the service
	 * refuses with: they proposed it, sit on the panel or belong to a bidding company.
	 */
	private Optional<String> whyNotIndependent(ChallengeId challenge, Decision decision, PersonId officer) {
		if (decision.decidedBy().equals(officer)) {
			return Optional.of("evaluation.approval.own-decision");
		}
		if (panels.of(challenge, officer).isPresent()) {
			return Optional.of("evaluation.approval.on-panel");
		}
		if (interest.isBidder(officer, challenge)) {
			return Optional.of("evaluation.approval.bidder");
		}
		return Optional.empty();
	}

	/**
	 * A decision with all that explains it.
	 *
	 * @param decision the decision proposed, approved or in force; {@code null} before
	 * the chair proposed one
	 * @param names the display names of the people the decision and the decisions sent
	 * back name
	 * @param mayApprove whether the person asking may approve or send back the decision
	 * @param mayAnswer whether the person asking answers requests (a manager)
	 * @param needsApproval whether the agency wants its awards approved
	 */
	public record DecisionOverview(ChallengeSummary challenge, List<RankingLine> ranking, @Nullable Decision decision,
			List<ReturnedDecision> returned, List<ReviewRequest> reviews, List<Debriefing> debriefings,
			Map<PersonId, String> names, boolean mayApprove, boolean mayAnswer, boolean needsApproval) {

		public DecisionOverview {
			ranking = List.copyOf(ranking);
			returned = List.copyOf(returned);
			reviews = List.copyOf(reviews);
			debriefings = List.copyOf(debriefings);
			names = Map.copyOf(names);
		}

		public String name(PersonId person) {
			return names.getOrDefault(person, "");
		}

	}

}
