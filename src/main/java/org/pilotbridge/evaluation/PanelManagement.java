package org.pilotbridge.evaluation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.shared.EmailAddress;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.UserText;

/**
 * The panel of a challenge. Its managers compose it, before or after the close and until
 * the decision: they invite agency colleagues and external experts by e-mail (someone
 * without an account creates one on the way), one of them as the chair, and remove
 * members who have not submitted scores, with a reason. An invitation is accepted once,
 * only by the person signed in with the address it was sent to, proven; from then on that
 * person is the member.
 *
 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PanelManagement {

	private final PanelMembers panels;

	private final EvaluationRecords records;

	private final EvaluationAccess access;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final PublicLinks links;

	private final ApplicationEventPublisher events;

	private final AuditTrail auditTrail;

	private final BiddingInterest interest;

	private final Clock clock;

	PanelManagement(PanelMembers panels, EvaluationRecords records, EvaluationAccess access, CurrentPerson current,
			OrganisationDirectory directory, PublicLinks links, ApplicationEventPublisher events, AuditTrail auditTrail,
			BiddingInterest interest, Clock clock) {
		this.panels = panels;
		this.interest = interest;
		this.auditTrail = auditTrail;
		this.records = records;
		this.access = access;
		this.current = current;
		this.directory = directory;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Invites someone to the panel by e-mail.
	 * @throws InvalidInput when the address or the name is not valid, the address is on
	 * the panel already, the panel has a chair already, or the challenge is past its
	 * decision
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager
	 * of the challenge asks
	 */
	public PanelMemberId invite(ChallengeId challengeId, String email, String name, PanelRole role, Language language) {
		access.requireManager(challengeId);
		var challenge = access.challenge(challengeId);
		var problems = new InvalidInput.Problems();
		problems.require(isOpen(challengeId, challenge), "challenge", "evaluation.panel.not-open");
		var address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		problems.require(EmailAddress.isValid(address), "email", "evaluation.panel.email.invalid");
		var displayName = UserText.clean(name);
		problems.require(!displayName.isEmpty() && displayName.length() <= PanelMember.NAME_MAX_LENGTH, "name",
				"evaluation.panel.name.length", PanelMember.NAME_MAX_LENGTH);
		problems.throwIfAny();
		panels.lock(challengeId);
		var panel = panels.of(challengeId);
		problems.require(panel.stream().noneMatch(member -> member.email().equals(address)), "email",
				"evaluation.panel.email.taken");
		problems.require(!role.chairs() || panel.stream().noneMatch(member -> member.role().chairs()), "role",
				"evaluation.panel.chair.taken");
		problems.throwIfAny();
		var now = clock.instant();
		var member = new PanelMember(new PanelMemberId(UUID.randomUUID()), challengeId, address, displayName, role,
				language, now, null, null);
		var token = Tokens.newToken();
		var inviter = current.required();
		panels.add(member, Tokens.hash(token), inviter);
		var inviterName = directory.person(inviter).map(person -> person.displayName()).orElse("");
		events.publishEvent(new PanelMemberInvited(challengeId, member.id(), address, displayName, role, language,
				inviterName, Objects.requireNonNullElse(challenge.reference(), ""), challenge.title(),
				links.to(EvaluationLinks.invitation(token)), current.auditRecord("evaluation.panel.invited",
						"challenge", challengeId, Map.of("member", member.id().toString(), "role", role.name()))));
		return member.id();
	}

	/**
	 * Accepts an invitation for the person signed in, who must have proven the address it
	 * was sent to. Anyone else holding the link is refused (the attempt is in the audit
	 * trail) and nothing changes.
	 * @throws InvalidInput when the link is unknown or used, the person signed in has not
	 * proven the address it was sent to ({@code evaluation.invitation.other-address},
	 * with the address masked), belongs to a company with a proposal for the challenge
	 * ({@code evaluation.invitation.bidding-company}) or was removed from this panel as
	 * such, or is on the panel already
	 */
	public ChallengeId accept(String token) {
		var person = current.required();
		var member = panels.byToken(Tokens.hash(token == null ? "" : token))
			.orElseThrow(() -> InvalidInput.of("token", "evaluation.invitation.unknown"));
		panels.lock(member.challenge());
		if (member.hasJoined()) {
			throw InvalidInput.of("token", "evaluation.invitation.used");
		}
		if (!isAddressee(person, member)) {
			auditTrail.record(current.auditRecord("evaluation.invitation.refused", "challenge", member.challenge(),
					Map.of("member", member.id().toString(), "reason", "other-address")));
			throw InvalidInput.of("token", "evaluation.invitation.other-address",
					EmailAddress.of(member.email()).masked());
		}
		var company = interest.companyOf(person, member.challenge());
		if (company.isPresent()) {
			auditTrail.record(current.auditRecord("evaluation.invitation.refused", "challenge", member.challenge(),
					Map.of("member", member.id().toString(), "reason", "bidding-company", "company",
							company.get().toString())));
			throw InvalidInput.of("token", "evaluation.invitation.bidding-company", interest.name(company.get()));
		}
		if (panels.wasRemovedAsBidder(member.challenge(), person)) {
			throw InvalidInput.of("token", "evaluation.invitation.removed-as-bidder");
		}
		if (panels.of(member.challenge(), person).isPresent()) {
			throw InvalidInput.of("token", "evaluation.invitation.already-member");
		}
		panels.join(member.id(), person, clock.instant());
		events.publishEvent(new PanelMemberJoined(member.challenge(), member.id(), person, member.role(),
				current.auditRecord("evaluation.panel.joined", "challenge", member.challenge(),
						Map.of("member", member.id().toString(), "role", member.role().name()))));
		return member.challenge();
	}

	/**
	 * Removes a member from the panel, or withdraws an invitation nobody accepted yet,
	 * until the decision. A member who has submitted scores stays: their scores are part
	 * of the evaluation. The member loses access at once; their unsubmitted scores are
	 * discarded, and the consensus no longer waits for them. Removing a chair who has
	 * joined requires naming another member who has joined, and declared no conflict of
	 * interest, as the new chair; they go on scoring.
	 * @param reason why, in {@value PanelRemoval#REASON_MIN_LENGTH} to
	 * {@value PanelRemoval#REASON_MAX_LENGTH} characters; in the evaluation report, the
	 * audit trail and the mail to the member
	 * @param newChair the member who takes over the chair; only when the chair is removed
	 * @throws InvalidInput when the panel is closed (after the decision), the reason is
	 * too short or too long, the member is not on the panel, has submitted scores, or is
	 * the chair and no valid new chair is named
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager
	 * of the challenge asks
	 */
	public void remove(ChallengeId challengeId, PanelMemberId memberId, String reason,
			@Nullable PanelMemberId newChair) {
		access.requireManager(challengeId);
		var challenge = access.challenge(challengeId);
		var why = UserText.clean(reason);
		var problems = new InvalidInput.Problems();
		problems.require(
				why.length() >= PanelRemoval.REASON_MIN_LENGTH && why.length() <= PanelRemoval.REASON_MAX_LENGTH,
				"reason", "evaluation.panel.remove.reason", PanelRemoval.REASON_MIN_LENGTH,
				PanelRemoval.REASON_MAX_LENGTH);
		problems.throwIfAny();
		panels.lock(challengeId);
		if (!isOpen(challengeId, challenge)) {
			throw InvalidInput.of("challenge", "evaluation.panel.not-open");
		}
		var panel = panels.of(challengeId);
		var member = panel.stream()
			.filter(candidate -> candidate.id().equals(memberId))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("member", "evaluation.panel.remove.unknown"));
		if (member.hasJoined() && records.lockSubmittedSheets(challengeId, member.joinedPerson()) > 0) {
			throw InvalidInput.of("member", "evaluation.panel.remove.submitted", member.name());
		}
		var successor = successor(challengeId, panel, member, newChair);
		var discarded = member.hasJoined() ? records.discardDrafts(challengeId, member.joinedPerson()) : 0;
		var remover = current.required();
		panels.remove(new PanelRemoval(member, remover, clock.instant(), why,
				successor.map(PanelMember::id).orElse(null), discarded));
		successor.ifPresent(chair -> panels.makeChair(chair.id()));
		var details = new HashMap<String, String>();
		details.put("member", member.id().toString());
		details.put("role", member.role().name());
		details.put("joined", String.valueOf(member.hasJoined()));
		details.put("reason", why);
		details.put("discardedDrafts", String.valueOf(discarded));
		successor.ifPresent(chair -> details.put("newChair", chair.id().toString()));
		events.publishEvent(new PanelMemberRemoved(challengeId, member.id(), member.person(), member.email(),
				member.name(), member.language(), member.role(), why, successor.map(PanelMember::person).orElse(null),
				directory.person(remover).map(person -> person.displayName()).orElse(""),
				Objects.requireNonNullElse(challenge.reference(), ""), challenge.title(),
				current.auditRecord("evaluation.panel.removed", "challenge", challengeId, details)));
	}

	/**
	 * The member who takes over the chair, checked; required when the chair who joined
	 * leaves.
	 */
	private Optional<PanelMember> successor(ChallengeId challenge, List<PanelMember> panel, PanelMember leaving,
			@Nullable PanelMemberId newChair) {
		if (!leaving.role().chairs()) {
			if (newChair != null) {
				throw InvalidInput.of("newChair", "evaluation.panel.remove.new-chair-not-chair");
			}
			return Optional.empty();
		}
		if (newChair == null) {
			if (leaving.hasJoined()) {
				throw InvalidInput.of("newChair", "evaluation.panel.remove.new-chair-required");
			}
			return Optional.empty();
		}
		var successor = panel.stream()
			.filter(candidate -> candidate.id().equals(newChair) && !candidate.id().equals(leaving.id()))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("newChair", "evaluation.panel.remove.new-chair-unknown"));
		if (!successor.hasJoined()) {
			throw InvalidInput.of("newChair", "evaluation.panel.remove.new-chair-not-joined", successor.name());
		}
		var conflicted = records.declarations(successor).stream().anyMatch(Declaration::conflict)
				|| records.everDeclaredConflict(Objects.requireNonNull(successor.person()), challenge);
		if (conflicted) {
			throw InvalidInput.of("newChair", "evaluation.panel.remove.new-chair-conflict", successor.name());
		}
		return Optional.of(successor);
	}

	/** Whether the panel may still change: from the publication until the decision. */
	private boolean isOpen(ChallengeId id, ChallengeSummary challenge) {
		return challenge.state() != ChallengeState.DRAFT && challenge.state() != ChallengeState.WITHDRAWN
				&& challenge.state() != ChallengeState.AWARDED && challenge.state() != ChallengeState.NO_AWARD
				&& records.decision(id).isEmpty();
	}

	/**
	 * Designates the member who stands in for the chair, once the chair has declared a
	 * conflict of interest with a bidder: the stand-in records the consensus on the
	 * proposals the chair is recused from and proposes the decision. The stand-in must
	 * have joined and declared, in their current seat, no conflict with any bidder; a
	 * manager who declared a conflict on this panel may not designate. A new designation
	 * replaces the earlier one; until the decision.
	 * @throws InvalidInput when the panel is closed, the chair has declared no conflict
	 * ({@code evaluation.stand-in.not-needed}), the manager asking is recused
	 * ({@code evaluation.stand-in.designator-recused}) or the member cannot stand in
	 * ({@code evaluation.stand-in.not-eligible})
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager
	 * of the challenge asks
	 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
	 */
	public void designateStandIn(ChallengeId challengeId, PanelMemberId memberId) {
		access.requireManager(challengeId);
		var manager = current.required();
		var challenge = access.challenge(challengeId);
		panels.lock(challengeId);
		if (!isOpen(challengeId, challenge)) {
			throw InvalidInput.of("challenge", "evaluation.panel.not-open");
		}
		var panel = panels.of(challengeId);
		var chair = panel.stream().filter(member -> member.role().chairs() && member.hasJoined()).findFirst();
		if (chair.isEmpty()
				|| !records.everDeclaredConflict(Objects.requireNonNull(chair.get().person()), challengeId)) {
			throw InvalidInput.of("member", "evaluation.stand-in.not-needed");
		}
		if (records.everDeclaredConflict(manager, challengeId)) {
			throw InvalidInput.of("member", "evaluation.stand-in.designator-recused");
		}
		var standIn = panel.stream()
			.filter(member -> member.id().equals(memberId))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("member", "evaluation.panel.remove.unknown"));
		var eligible = standIn.hasJoined() && !standIn.role().chairs() && !records.declarations(standIn).isEmpty()
				&& !records.everDeclaredConflict(Objects.requireNonNull(standIn.person()), challengeId)
				&& !interest.isBidder(standIn.person(), challengeId);
		if (!eligible) {
			throw InvalidInput.of("member", "evaluation.stand-in.not-eligible", standIn.name());
		}
		panels.designateStandIn(challengeId, standIn.id(), manager, clock.instant());
		events.publishEvent(new StandInDesignated(challengeId, standIn.id(), standIn.joinedPerson(), standIn.name(),
				directory.person(manager).map(person -> person.displayName()).orElse(""),
				Objects.requireNonNullElse(challenge.reference(), ""), challenge.title(),
				current.auditRecord("evaluation.panel.stand-in-designated", "challenge", challengeId,
						Map.of("member", standIn.id().toString(), "chair", chair.get().id().toString()))));
	}

	/**
	 * The members removed from the panel, with who removed them, when and why; for the
	 * challenge's managers.
	 */
	@Transactional(readOnly = true)
	public List<PanelRemoval> removals(ChallengeId challenge) {
		access.requireManager(challenge);
		return panels.removals(challenge);
	}

	/** Whether the person signed in manages the challenge, and so composes its panel. */
	@Transactional(readOnly = true)
	public boolean composes(ChallengeId challenge) {
		return access.isManager(challenge);
	}

	/**
	 * The invitation behind a link, for the page that asks to accept it: anyone holding
	 * the link sees the role and the challenge, and the address it was sent to masked.
	 */
	@Transactional(readOnly = true)
	public Optional<PanelInvitation> invitation(String token) {
		var person = current.id();
		return panels.byToken(Tokens.hash(token == null ? "" : token))
			.filter(member -> !member.hasJoined())
			.map(member -> {
				var challenge = access.challenge(member.challenge());
				return new PanelInvitation(member.role(), Objects.requireNonNullElse(challenge.reference(), ""),
						challenge.title(), EmailAddress.of(member.email()).masked(),
						person.filter(someone -> isAddressee(someone, member)).isPresent());
			});
	}

	/** Whether the person has proven the address the invitation was sent to. */
	private boolean isAddressee(PersonId person, PanelMember invited) {
		return directory.person(person)
			.flatMap(PersonSummary::verifiedEmail)
			.filter(invited.email()::equals)
			.isPresent();
	}

	/**
	 * The panel of the challenge, for its managers and its members.
	 */
	@Transactional(readOnly = true)
	public Panel panel(ChallengeId challenge) {
		if (!access.isManager(challenge)) {
			access.requireMember(challenge);
		}
		var members = panels.of(challenge);
		var chairRecused = members.stream()
			.filter(member -> member.role().chairs() && member.hasJoined())
			.anyMatch(chair -> records.everDeclaredConflict(Objects.requireNonNull(chair.person()), challenge));
		return new Panel(challenge, members, chairRecused);
	}

}
