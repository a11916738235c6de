package org.pilotbridge.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailAttachment;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalOutcomeRecorded;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.proposal.ProposalSubmitted;

/**
 * Sends the submitter of a proposal its receipt, a PDF in their language, after every
 * submission. The receipt is fetched on the submitter's behalf, through the same access
 * rules as their own download: this module gets no privileged view of sealed proposals. A
 * replayed event queues the mail once (the outbox's key includes the event's id). Once
 * the outcome of a proposal is final, every member of the company finds it in the bell,
 * in their language, with a link to "My proposals" and its letter (the letter itself goes
 * by e-mail with the decision, {@link EvaluationNotifications}).
 */
@Component
class ProposalNotifications {

	private static final Logger log = LoggerFactory.getLogger(ProposalNotifications.class);

	private final MailOutbox mails;

	private final OrganisationDirectory directory;

	private final ProposalQuery proposals;

	private final RunAs runAs;

	private final InboxWriter inbox;

	private final ChallengeDirectory challenges;

	private final MessageSource messages;

	ProposalNotifications(MailOutbox mails, OrganisationDirectory directory, ProposalQuery proposals, RunAs runAs,
			InboxWriter inbox, ChallengeDirectory challenges, MessageSource messages) {
		this.mails = mails;
		this.directory = directory;
		this.proposals = proposals;
		this.runAs = runAs;
		this.inbox = inbox;
		this.challenges = challenges;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ProposalOutcomeRecorded event) {
		var challenge = challenges.challenge(event.challenge());
		var arguments = new Object[] { challenge.map(c -> c.title()).orElse(""),
				challenge.map(c -> Objects.requireNonNullElse(c.reference(), "")).orElse("") };
		for (var member : directory.members(event.company())) {
			directory.person(member)
				.filter(PersonSummary::active)
				.ifPresent(person -> inbox.notify(person.id(),
						messages.getMessage("notice.proposal-outcome." + event.outcome().name(), arguments,
								person.language().locale()),
						ProposalLinks.dashboard(),
						Tokens.hash("proposal-outcome/" + event.auditRecord().id() + ":" + person.id())));
		}
	}

	@ApplicationModuleListener
	void on(ProposalSubmitted event) {
		var submitter = directory.person(event.submittedBy()).filter(person -> person.active());
		if (submitter.isEmpty()) {
			return;
		}
		var person = submitter.get();
		try {
			var receipt = runAs.person(event.submittedBy(), event.company(),
					() -> proposals.receipt(event.proposal(), event.version()));
			var language = receipt.language();
			var received = receipt.receivedAt().atZone(receipt.timeZone());
			var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
				.withLocale(language.locale())
				.format(received) + " (" + receipt.timeZone().getId() + ")";
			mails.queue(new MailRequest(person.email(), person.displayName(), language, "proposal-receipt",
					List.of(receipt.challengeReference(), receipt.version()),
					List.of(receipt.challengeReference(), receipt.challengeTitle(), receipt.version(), time,
							receipt.digest()),
					null, false, event.auditRecord().id().toString(),
					List.of(new MailAttachment(receipt.fileName().value(), "application/pdf", receipt.pdf()))));
		}
		catch (ProposalNotFound gone) {
			// The submitter left the company since: the receipt is no longer theirs to
			// receive.
			log.info("No receipt mail for proposal {} version {}: its submitter may no longer read it",
					event.proposal(), event.version());
		}
	}

}
