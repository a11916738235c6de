package org.pilotbridge.evaluation;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.shared.EmailAddress;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.UserText;

/**
 * The panel of a challenge. Its managers compose it, before or after the close and until the
 * decision: they invite agency colleagues and external experts by e-mail (someone without an
 * account creates one on the way), one of them as the chair. An invitation is accepted once, by
 * whoever follows its link signed in; from then on that person is the member.
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

	private final Clock clock;

	PanelManagement(PanelMembers panels, EvaluationRecords records, EvaluationAccess access, CurrentPerson current,
			OrganisationDirectory directory, PublicLinks links, ApplicationEventPublisher events, Clock clock) {
		this.panels = panels;
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
	 *
	 * @throws InvalidInput when the address or the name is not valid, the address is on the panel
	 * already, the panel has a chair already, or the challenge is past its decision
	 * @throws org.springframework.security.access.AccessDeniedException unless a manager of the
	 * challenge asks
	 */
	public PanelMemberId invite(ChallengeId challengeId, String email, String name, PanelRole role, Language language) {
		access.requireManager(challengeId);
		var challenge = access.challenge(challengeId);
		var problems = new InvalidInput.Problems();
		problems.require(challenge.state() != ChallengeState.DRAFT && challenge.state() != ChallengeState.WITHDRAWN
				&& challenge.state() != ChallengeState.AWARDED && challenge.state() != ChallengeState.NO_AWARD
				&& records.decision(challengeId).isEmpty(), "challenge", "evaluation.panel.not-open");
		var address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
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
				inviterName, java.util.Objects.requireNonNullElse(challenge.reference(), ""), challenge.title(),
				links.to("evaluation/invitations/" + token),
				current.auditRecord("evaluation.panel.invited", "challenge", challengeId,
						Map.of("member", member.id().toString(), "role", role.name()))));
		return member.id();
	}

	/**
	 * Accepts an invitation for the person signed in.
	 *
	 * @throws InvalidInput when the link is unknown or used, or the person is on the panel already
	 */
	public ChallengeId accept(String token) {
		var person = current.required();
		var member = panels.byToken(Tokens.hash(token == null ? "" : token))
			.orElseThrow(() -> InvalidInput.of("token", "evaluation.invitation.unknown"));
		panels.lock(member.challenge());
		if (member.hasJoined()) {
			throw InvalidInput.of("token", "evaluation.invitation.used");
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

	/** The invitation behind a link, for the page that asks to accept it. */
	@Transactional(readOnly = true)
	public java.util.Optional<PanelMember> invitation(String token) {
		return panels.byToken(Tokens.hash(token == null ? "" : token)).filter(member -> !member.hasJoined());
	}

	/**
	 * The panel of the challenge, for its managers and its members.
	 */
	@Transactional(readOnly = true)
	public Panel panel(ChallengeId challenge) {
		if (!access.isManager(challenge)) {
			access.requireMember(challenge);
		}
		return new Panel(challenge, panels.of(challenge));
	}

}
