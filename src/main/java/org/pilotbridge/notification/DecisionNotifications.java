package org.pilotbridge.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.evaluation.AwardApproved;
import org.pilotbridge.evaluation.AwardProposed;
import org.pilotbridge.evaluation.AwardSentBack;
import org.pilotbridge.evaluation.DebriefingAnswered;
import org.pilotbridge.evaluation.DebriefingRequested;
import org.pilotbridge.evaluation.DecisionWithdrawn;
import org.pilotbridge.evaluation.EvaluationLinks;
import org.pilotbridge.evaluation.ReviewAnswered;
import org.pilotbridge.evaluation.ReviewRequested;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.shared.PublicLinks;

/**
 * Tells the people a decision waits for, in the bell and by e-mail, in their language:
 * the authorising officers when the chair proposed an award that needs their approval;
 * the chair and the managers when it was approved (the letters then go out, as
 * {@link EvaluationNotifications} sends them) or sent back; the managers when a bidder
 * asks for a review or a debriefing; the bidder when the agency answered.
 */
@Component
class DecisionNotifications {

	private final MailOutbox mails;

	private final InboxWriter inbox;

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory directory;

	private final EvaluationNotifications letters;

	private final MessageSource messages;

	private final PublicLinks links;

	DecisionNotifications(MailOutbox mails, InboxWriter inbox, ChallengeDirectory challenges,
			OrganisationDirectory directory, EvaluationNotifications letters, MessageSource messages,
			PublicLinks links) {
		this.mails = mails;
		this.inbox = inbox;
		this.challenges = challenges;
		this.directory = directory;
		this.letters = letters;
		this.messages = messages;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(AwardProposed event) {
		var challenge = challenge(event.challenge());
		for (var officer : directory.authorisingOfficers(challenge.agency())) {
			tell(officer, "evaluation-approval-needed", List.of(reference(challenge), challenge.title()),
					EvaluationLinks.decision(event.challenge()), event.auditRecord());
		}
	}

	@ApplicationModuleListener
	void on(AwardApproved event) {
		letters.sendLetters(event.challenge(), event.winners(), event.auditRecord());
		var challenge = challenge(event.challenge());
		for (var person : chairAndManagers(event.challenge(), event.decidedBy())) {
			tell(person, "evaluation-approved", List.of(reference(challenge), challenge.title()),
					EvaluationLinks.decision(event.challenge()), event.auditRecord());
		}
	}

	@ApplicationModuleListener
	void on(AwardSentBack event) {
		var challenge = challenge(event.challenge());
		for (var person : chairAndManagers(event.challenge(), event.decidedBy())) {
			tell(person, "evaluation-sent-back", List.of(reference(challenge), challenge.title(), event.reason()),
					EvaluationLinks.progress(event.challenge()), event.auditRecord());
		}
	}

	@ApplicationModuleListener
	void on(ReviewRequested event) {
		var challenge = challenge(event.challenge());
		for (var manager : challenges.managers(event.challenge())) {
			tell(manager, "evaluation-review-requested",
					List.of(reference(challenge), challenge.title(), event.companyName()),
					EvaluationLinks.decision(event.challenge()), event.auditRecord());
		}
	}

	@ApplicationModuleListener
	void on(ReviewAnswered event) {
		var challenge = challenge(event.challenge());
		tell(event.filedBy(), event.upheld() ? "evaluation-review-upheld" : "evaluation-review-answered",
				List.of(reference(challenge), challenge.title()), EvaluationLinks.decision(event.proposal()),
				event.auditRecord());
	}

	/**
	 * Tells the chair and the managers to decide again, and every bidder that the
	 * decision their letter announced will not come into force.
	 */
	@ApplicationModuleListener
	void on(DecisionWithdrawn event) {
		var challenge = challenge(event.challenge());
		for (var person : chairAndManagers(event.challenge(), event.decidedBy())) {
			tell(person, "evaluation-withdrawn", List.of(reference(challenge), challenge.title(), event.reason()),
					EvaluationLinks.progress(event.challenge()), event.auditRecord());
		}
		for (var submitter : event.submitters()) {
			tell(submitter, "evaluation-withdrawn-bidder", List.of(reference(challenge), challenge.title()),
					ProposalLinks.dashboard(), event.auditRecord());
		}
	}

	@ApplicationModuleListener
	void on(DebriefingRequested event) {
		var challenge = challenge(event.challenge());
		for (var manager : challenges.managers(event.challenge())) {
			tell(manager, "evaluation-debriefing-requested",
					List.of(reference(challenge), challenge.title(), event.companyName()),
					EvaluationLinks.decision(event.challenge()), event.auditRecord());
		}
	}

	@ApplicationModuleListener
	void on(DebriefingAnswered event) {
		var challenge = challenge(event.challenge());
		tell(event.askedBy(), "evaluation-debriefing-answered", List.of(reference(challenge), challenge.title()),
				EvaluationLinks.decision(event.proposal()), event.auditRecord());
	}

	private List<PersonId> chairAndManagers(ChallengeId challenge, PersonId chair) {
		var people = new LinkedHashSet<PersonId>();
		people.add(chair);
		people.addAll(challenges.managers(challenge));
		return List.copyOf(people);
	}

	/**
	 * An e-mail and a notification in the bell, in the person's language, once per event
	 * and person however often the event is delivered.
	 */
	private void tell(PersonId recipient, String kind, List<Object> arguments, String path, AuditRecord record) {
		directory.person(recipient).filter(PersonSummary::active).ifPresent(person -> {
			var uniqueness = record.id() + ":" + person.id();
			mails.queue(new MailRequest(person.email(), person.displayName(), person.language(), kind, arguments,
					arguments, links.to(path), false, uniqueness));
			inbox.notify(person.id(),
					messages.getMessage("notice." + kind, arguments.toArray(), person.language().locale()), path,
					Tokens.hash(person.id() + "/" + kind + "/" + uniqueness));
		});
	}

	private ChallengeSummary challenge(ChallengeId id) {
		return challenges.challenge(id).orElseThrow();
	}

	private static String reference(ChallengeSummary challenge) {
		return Objects.requireNonNullElse(challenge.reference(), "");
	}

}
