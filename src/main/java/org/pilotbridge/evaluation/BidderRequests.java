package org.pilotbridge.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.RequestReceipt;
import org.pilotbridge.shared.UserText;

/**
 * What a bidder may ask once the decision's letters went out, and the agency's answers: a
 * request for review during the standstill period (the decision does not come into force
 * until the managers answered it), and a debriefing, at any time after the letters. A
 * bidder's people see and ask only about their company's proposal; the challenge's
 * managers answer.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BidderRequests {

	/**
	 * The fewest characters of reasons, an answer or a message that explains anything.
	 */
	public static final int TEXT_MIN_LENGTH = 20;

	private final EvaluationRecords records;

	private final DecisionRequests requests;

	private final DecisionFinalisation finalisation;

	private final EvaluationAccess access;

	private final OrganisationDirectory directory;

	private final CurrentPerson current;

	private final RequestReceipt receipt;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BidderRequests(EvaluationRecords records, DecisionRequests requests, DecisionFinalisation finalisation,
			EvaluationAccess access, OrganisationDirectory directory, CurrentPerson current, RequestReceipt receipt,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.requests = requests;
		this.finalisation = finalisation;
		this.access = access;
		this.directory = directory;
		this.current = current;
		this.receipt = receipt;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The decision about the company's proposal, once its letter went out, with what the
	 * bidder asked and was answered.
	 * @throws ProposalNotFound unless a member of the bidding company asks
	 */
	@Transactional(readOnly = true)
	public BidderDecision decision(ProposalId proposal) {
		var bidder = bidder(proposal);
		var challenge = access.challenge(records.challengeOf(proposal).orElseThrow());
		var decision = records.decision(challenge.id()).filter(d -> !d.awaitsApproval()).orElse(null);
		// The request about this decision; with none in force, the latest (upheld,
		// perhaps).
		var review = decision == null ? requests.reviewOf(proposal)
				: requests.reviewOf(proposal, Objects.requireNonNull(decision.approvedAt()));
		return new BidderDecision(challenge, bidder, decision, review.orElse(null),
				requests.debriefingOf(proposal).orElse(null),
				decision != null && inStandstill(decision, clock.instant()));
	}

	/**
	 * Files the company's request for review of the decision, with its reasons, during
	 * the standstill period. What counts is when the request was received
	 * ({@link RequestReceipt}), not when the busy platform gets round to it, and that the
	 * decision has not come into force by then: the decision's lock, taken before
	 * checking, orders the request with the job that brings the decision into force at
	 * the end of the period. Either the request is recorded and the decision waits for
	 * the answer, or the decision came into force first and the request is refused.
	 * @throws InvalidInput when received outside the standstill period or once the
	 * decision is in force, for a second request, and when the reasons are too short or
	 * too long
	 * @throws ProposalNotFound unless a member of the bidding company asks
	 * @see "Design decision: docs/decisions/DD032-20261207-approval-and-review.md"
	 */
	public void requestReview(ProposalId proposal, String reasons) {
		var receivedAt = receipt.receivedAt();
		var bidder = bidder(proposal);
		var challenge = records.challengeOf(proposal).orElseThrow();
		var decision = records.lockedDecision(challenge)
			.filter(locked -> inStandstill(locked, receivedAt))
			.orElseThrow(() -> InvalidInput.of("reasons", "evaluation.review.not-in-standstill"));
		var approvedAt = Objects.requireNonNull(decision.approvedAt());
		if (requests.reviewOf(proposal, approvedAt).isPresent()) {
			throw InvalidInput.of("reasons", "evaluation.review.already-filed");
		}
		var text = text("reasons", reasons, ReviewRequest.TEXT_MAX_LENGTH);
		var request = new ReviewRequest(UUID.randomUUID(), challenge, proposal, current.required(), receivedAt, text,
				approvedAt, null, null, null, false);
		requests.addReview(request);
		events.publishEvent(new ReviewRequested(challenge, proposal, bidder.companyName(),
				current.auditRecord("evaluation.review.requested", "proposal", proposal,
						Map.of("challenge", challenge.toString(), "request", request.id().toString(),
								"standstillEndsAt", String.valueOf(decision.standstillEndsAt())))));
	}

	/**
	 * Records the agency's answer to a request for review and tells the bidder. Once
	 * every request is answered and the standstill period is over, the decision comes
	 * into force.
	 * @throws InvalidInput for an unknown or answered request, and when the answer is too
	 * short or too long
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager
	 * of the challenge answers
	 */
	public void answerReview(UUID requestId, String answer) {
		var request = requests.review(requestId)
			.orElseThrow(() -> InvalidInput.of("request", "evaluation.request.not-found"));
		access.requireManager(request.challenge());
		var decision = records.lockedDecision(request.challenge()).orElseThrow();
		var text = text("answer", answer, ReviewRequest.TEXT_MAX_LENGTH);
		if (!requests.answerReview(requestId, text, current.required(), clock.instant())) {
			throw InvalidInput.of("request", "evaluation.request.answered");
		}
		events.publishEvent(new ReviewAnswered(request.challenge(), request.proposal(), request.filedBy(), false,
				current.auditRecord("evaluation.review.answered", "proposal", request.proposal(),
						Map.of("challenge", request.challenge().toString(), "request", requestId.toString()))));
		finalisation.finaliseIfDue(decision);
	}

	/**
	 * Upholds a request for review: the decision, in its standstill period, is withdrawn
	 * and never comes into force; every open request for review of it is answered with
	 * the managers' answer, every bidder is told that a new decision will follow, and the
	 * chair decides again (approved again where the agency wants it).
	 * @throws InvalidInput for an unknown or answered request, once the decision is in
	 * force, and when the answer is too short or too long
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager
	 * of the challenge upholds it
	 */
	public void upholdReview(UUID requestId, String answer) {
		var request = requests.review(requestId)
			.orElseThrow(() -> InvalidInput.of("request", "evaluation.request.not-found"));
		access.requireManager(request.challenge());
		var challenge = request.challenge();
		var decision = records.lockedDecision(challenge)
			.filter(d -> !d.isFinal())
			.orElseThrow(() -> InvalidInput.of("request", "evaluation.review.decision-in-force"));
		if (request.isAnswered()) {
			throw InvalidInput.of("request", "evaluation.request.answered");
		}
		var text = text("answer", answer, ReviewRequest.TEXT_MAX_LENGTH);
		var manager = current.required();
		var now = clock.instant();
		var open = requests.reviews(challenge).stream().filter(review -> !review.isAnswered()).toList();
		requests.upholdOpenReviews(challenge, text, manager, now);
		records.withdrawDecision(decision, manager, now, text);
		for (var review : open) {
			events.publishEvent(new ReviewAnswered(challenge, review.proposal(), review.filedBy(), true,
					current.auditRecord("evaluation.review.upheld", "proposal", review.proposal(),
							Map.of("challenge", challenge.toString(), "request", review.id().toString()))));
		}
		var bidders = records.bidders(challenge).stream().map(Bidder::submittedBy).distinct().toList();
		events.publishEvent(new DecisionWithdrawn(challenge, decision.decidedBy(), bidders, text,
				current.auditRecord("evaluation.withdrawn", "challenge", challenge,
						Map.of("kind", decision.kind().name(), "request", requestId.toString(), "reason", text))));
	}

	/**
	 * Asks the agency for a debriefing about the decision, once its letter went out.
	 * @throws InvalidInput before the letters, for a second request, and when the message
	 * is too short or too long
	 * @throws ProposalNotFound unless a member of the bidding company asks
	 */
	public void askDebriefing(ProposalId proposal, String message) {
		var bidder = bidder(proposal);
		var challenge = records.challengeOf(proposal).orElseThrow();
		records.lockedDecision(challenge)
			.filter(decision -> !decision.awaitsApproval())
			.orElseThrow(() -> InvalidInput.of("message", "evaluation.debriefing.no-decision"));
		if (requests.debriefingOf(proposal).isPresent()) {
			throw InvalidInput.of("message", "evaluation.debriefing.already-asked");
		}
		var text = text("message", message, Debriefing.MESSAGE_MAX_LENGTH);
		var debriefing = new Debriefing(UUID.randomUUID(), challenge, proposal, current.required(), clock.instant(),
				text, null, null, null, null);
		requests.addDebriefing(debriefing);
		events.publishEvent(new DebriefingRequested(challenge, proposal, bidder.companyName(),
				current.auditRecord("evaluation.debriefing.requested", "proposal", proposal,
						Map.of("challenge", challenge.toString(), "request", debriefing.id().toString()))));
	}

	/**
	 * Answers a request for a debriefing with a meeting, in writing, or both, and tells
	 * the bidder.
	 * @param meetingAt when the meeting takes place, in the future; {@code null} for a
	 * written answer
	 * @throws InvalidInput for an unknown or answered request, without a meeting or an
	 * answer, for a meeting in the past, and for an answer too short or too long
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager
	 * of the challenge answers
	 */
	public void answerDebriefing(UUID requestId, @Nullable Instant meetingAt, @Nullable String answer) {
		var debriefing = requests.debriefing(requestId)
			.orElseThrow(() -> InvalidInput.of("request", "evaluation.request.not-found"));
		access.requireManager(debriefing.challenge());
		var written = UserText.clean(Objects.requireNonNullElse(answer, ""));
		if (meetingAt == null && written.isEmpty()) {
			throw InvalidInput.of("answer", "evaluation.debriefing.meeting-or-answer");
		}
		if (meetingAt != null && !meetingAt.isAfter(clock.instant())) {
			throw InvalidInput.of("meetingAt", "evaluation.debriefing.meeting-past");
		}
		var text = written.isEmpty() ? null : text("answer", written, ReviewRequest.TEXT_MAX_LENGTH);
		if (!requests.answerDebriefing(requestId, meetingAt, text, current.required(), clock.instant())) {
			throw InvalidInput.of("request", "evaluation.request.answered");
		}
		events.publishEvent(new DebriefingAnswered(debriefing.challenge(), debriefing.proposal(), debriefing.askedBy(),
				current.auditRecord("evaluation.debriefing.answered", "proposal", debriefing.proposal(),
						Map.of("challenge", debriefing.challenge().toString(), "request", requestId.toString(),
								"meetingAt", String.valueOf(meetingAt)))));
	}

	private Bidder bidder(ProposalId proposal) {
		var challenge = records.challengeOf(proposal).orElseThrow(() -> new ProposalNotFound(proposal));
		var person = current.required();
		return records.bidders(challenge)
			.stream()
			.filter(bidder -> bidder.proposal().equals(proposal))
			.filter(bidder -> directory.isMember(person, bidder.company()))
			.findFirst()
			.orElseThrow(() -> new ProposalNotFound(proposal));
	}

	private static boolean inStandstill(Decision decision, Instant at) {
		var ends = decision.standstillEndsAt();
		return !decision.isFinal() && ends != null && ends.isAfter(at);
	}

	private static String text(String field, @Nullable String value, int max) {
		var text = UserText.clean(Objects.requireNonNullElse(value, ""));
		if (text.length() < TEXT_MIN_LENGTH || text.length() > max) {
			throw InvalidInput.of(field, "evaluation.request.text-length", TEXT_MIN_LENGTH, max);
		}
		return text;
	}

	/**
	 * The decision about a bidder's proposal as the bidder sees it.
	 *
	 * @param decision {@code null} until its letters went out
	 * @param mayRequestReview whether the standstill period is running, so that the
	 * bidder may still file a request for review (if none was filed)
	 */
	public record BidderDecision(ChallengeSummary challenge, Bidder bidder, @Nullable Decision decision,
			@Nullable ReviewRequest review, @Nullable Debriefing debriefing, boolean mayRequestReview) {

		public boolean awarded() {
			return decision != null && decision.awards(bidder.proposal());
		}

		public Optional<Instant> standstillEndsAt() {
			return Optional.ofNullable(decision).map(Decision::standstillEndsAt);
		}

	}

}
