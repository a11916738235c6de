package org.pilotbridge.challenge.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ChallengeContribution.ContributedLink;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.challenge.ClarificationQuery;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.web.PublicPage;

/**
 * What the person reading a challenge's page can do next, as the challenge and the
 * services answer it: a visitor is offered to sign in and come back; the challenge's
 * managers to manage it; a member of a company to follow it, ask a question while
 * questions are accepted, and propose while it is open, and sees their own questions;
 * anyone else is told that taking part is for companies. Asked only for a signed-in
 * person's page, which is never cached.
 */
@Component
class NextSteps {

	private final CurrentPerson current;

	private final ChallengeDirectory directory;

	private final OrganisationQuery organisations;

	private final ChallengeFollowing following;

	private final ClarificationQuery clarifications;

	private final List<ChallengeContribution> contributions;

	NextSteps(CurrentPerson current, ChallengeDirectory directory, OrganisationQuery organisations,
			ChallengeFollowing following, ClarificationQuery clarifications,
			List<ChallengeContribution> contributions) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
		this.following = following;
		this.clarifications = clarifications;
		this.contributions = ChallengeContribution.inOrder(contributions);
	}

	Steps of(PublicChallenge challenge, PublicPage page, Instant now) {
		var allowed = challenge.actionsAt(now);
		var open = allowed.contains(ChallengeAction.PROPOSE);
		var asking = allowed.contains(ChallengeAction.ASK_QUESTION);
		var person = current.id();
		var signIn = page.here();
		if (person.isEmpty() || !page.signedIn()) {
			return new Steps(Audience.VISITOR, open, asking, false, signIn, null, List.of(), List.of());
		}
		if (directory.isManager(person.get(), challenge.id())) {
			return new Steps(Audience.MANAGER, open, asking, false, signIn, ChallengeLinks.manage(challenge.id()),
					List.of(), List.of());
		}
		var company = organisations.active().filter(organisation -> organisation.kind() == OrganisationKind.COMPANY);
		if (company.isEmpty()) {
			return new Steps(Audience.OTHER, open, asking, false, signIn, null, List.of(), List.of());
		}
		// Contributed by the modules that depend on this one (the proposal form).
		var links = contributions.stream()
			.flatMap(contribution -> contribution.nextSteps(challenge, allowed).stream())
			.toList();
		var asked = clarifications.mine(challenge.id())
			.stream()
			.map(question -> new Asked(question.text(),
					page.message("challenge.question.state." + question.state().name())
							+ (question.rejectionReason() == null ? "" : ": " + question.rejectionReason())))
			.toList();
		return new Steps(Audience.COMPANY, open, asking, following.isFollowing(challenge.id()), signIn, null, links,
				asked);
	}

	enum Audience {

		VISITOR, MANAGER, COMPANY, OTHER

	}

	/**
	 * @param open whether proposals are accepted now
	 * @param asking whether questions are accepted now
	 * @param following whether the person follows the challenge
	 * @param returnTo the page a visitor comes back to once signed in
	 * @param manage where a manager manages it
	 * @param links what the modules depending on this one offer a company (the proposal
	 * form)
	 * @param asked the person's own questions, with where each stands
	 */
	record Steps(Audience audience, boolean open, boolean asking, boolean following, String returnTo,
			@Nullable String manage, List<ContributedLink> links, List<Asked> asked) {
	}

	record Asked(String text, String state) {
	}

}
