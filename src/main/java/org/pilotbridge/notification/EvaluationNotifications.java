package org.pilotbridge.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.EvaluationStarted;
import org.pilotbridge.challenge.ScoringDueMoved;
import org.pilotbridge.evaluation.AwardDecided;
import org.pilotbridge.evaluation.EvaluationLetters;
import org.pilotbridge.evaluation.EvaluationLinks;
import org.pilotbridge.evaluation.InterestsDeclared;
import org.pilotbridge.evaluation.PanelDirectory;
import org.pilotbridge.evaluation.PanelMemberExcluded;
import org.pilotbridge.evaluation.PanelMemberInvited;
import org.pilotbridge.evaluation.ScoresSubmitted;
import org.pilotbridge.evaluation.ScoringReminder;
import org.pilotbridge.evaluation.StandInDesignated;
import org.pilotbridge.evaluation.PanelMemberRemoved;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailAttachment;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;

/**
 * Tells the people of an evaluation what concerns them: the invitation to a panel, a
 * removal from it (and to the new chair, when the chair left), a declared conflict of
 * interest to the chair, and, once the chair has decided, its letter to every bidder (to
 * the person who submitted the proposal, in their language, the PDF attached) and the
 * report to the chair and the challenge's managers. With a notice in the bell as well, it
 * tells every member who has joined the panel that the evaluation has started and by when
 * scoring is due (and the new date when the managers move it), reminds each evaluator
 * with proposals left to score two days before that date and once it has passed, and
 * tells the chair and their stand-in, once, that all scores are in: when the last awaited
 * scores are submitted, or when the last evaluator still awaited leaves the panel
 * (removed by a manager or as a member of a bidding company); a stand-in designated later
 * hears it then. A replayed event queues each mail and notice once. It asks the
 * evaluation module's API for what its events do not carry: who chairs the panel now, and
 * the letters and the report as PDF.
 */
@Component
class EvaluationNotifications {

	private final MailOutbox mails;

	private final OrganisationDirectory directory;

	private final ChallengeDirectory challenges;

	private final PanelDirectory panels;

	private final EvaluationLetters letters;

	private final PublicLinks links;

	private final InboxWriter inbox;

	private final MessageSource messages;

	EvaluationNotifications(MailOutbox mails, OrganisationDirectory directory, ChallengeDirectory challenges,
			PanelDirectory panels, EvaluationLetters letters, PublicLinks links, InboxWriter inbox,
			MessageSource messages) {
		this.mails = mails;
		this.inbox = inbox;
		this.messages = messages;
		this.directory = directory;
		this.challenges = challenges;
		this.panels = panels;
		this.letters = letters;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(PanelMemberInvited event) {
		mails.queue(new MailRequest(event.email(), event.name(), event.language(), "evaluation-invitation",
				List.of(event.challengeReference()),
				List.of(event.inviterName(), event.challengeReference(), event.challengeTitle()), event.link(), true,
				id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(InterestsDeclared event) {
		if (event.conflicts().isEmpty()) {
			return;
		}
		var challenge = challenges.challenge(event.challenge()).orElseThrow();
		var companies = String.join(", ", event.conflicts()
			.stream()
			.map(company -> directory.organisation(company).map(OrganisationSummary::name).orElse(company.toString()))
			.toList());
		panels.chair(event.challenge())
			.flatMap(directory::person)
			.filter(chair -> chair.active())
			.ifPresent(chair -> mails.queue(new MailRequest(chair.email(), chair.displayName(), chair.language(),
					"evaluation-conflict", List.of(reference(challenge)),
					List.of(event.evaluatorName(), companies, reference(challenge), challenge.title()),
					links.to(EvaluationLinks.progress(event.challenge())), false, id(event.auditRecord()))));
	}

	/**
	 * Tells the removed member (at the address of their account once they had joined,
	 * else at the invitation's) and the new chair, if the chair left.
	 */
	@ApplicationModuleListener
	void on(PanelMemberRemoved event) {
		var account = event.person() == null ? Optional.<PersonSummary>empty()
				: directory.person(event.person()).filter(PersonSummary::active);
		var email = account.map(PersonSummary::email).orElse(event.email());
		var language = account.map(PersonSummary::language).orElse(event.language());
		mails.queue(new MailRequest(email, event.name(), language, "evaluation-removed",
				List.of(event.challengeReference()),
				List.of(event.removerName(), event.challengeReference(), event.challengeTitle(), event.reason()), null,
				false, id(event.auditRecord())));
		if (event.newChair() != null) {
			directory.person(event.newChair())
				.filter(PersonSummary::active)
				.ifPresent(
						chair -> mails.queue(new MailRequest(chair.email(), chair.displayName(), chair.language(),
								"evaluation-new-chair", List.of(event.challengeReference()),
								List.of(event.removerName(), event.challengeReference(), event.challengeTitle(),
										event.name()),
								links.to(EvaluationLinks.progress(event.challenge())), false,
								id(event.auditRecord()) + ":new-chair")));
		}
		tellScoresIn(event.challenge());
	}

	/**
	 * Tells a member the system removed as a member of a bidding company why, and the
	 * chair and the challenge's managers what it means for the panel.
	 */
	@ApplicationModuleListener
	void on(PanelMemberExcluded event) {
		directory.person(event.person())
			.filter(PersonSummary::active)
			.ifPresent(member -> mails.queue(new MailRequest(member.email(), member.displayName(), member.language(),
					"evaluation-bidder-removed", List.of(event.challengeReference()),
					List.of(event.challengeReference(), event.challengeTitle(), event.company()), null, false,
					id(event.auditRecord()))));
		var told = new java.util.LinkedHashSet<org.pilotbridge.identity.PersonId>();
		panels.chair(event.challenge()).ifPresent(told::add);
		told.addAll(challenges.managers(event.challenge()));
		told.remove(event.person());
		for (var recipient : told) {
			directory.person(recipient)
				.filter(PersonSummary::active)
				.ifPresent(person -> mails.queue(new MailRequest(person.email(), person.displayName(),
						person.language(), "evaluation-member-bidder", List.of(event.challengeReference()),
						List.of(event.challengeReference(), event.challengeTitle(), event.name(), event.company(),
								event.reopenedConsensus()),
						links.to(EvaluationLinks.panel(event.challenge())), false,
						id(event.auditRecord()) + ":" + recipient)));
		}
		tellScoresIn(event.challenge());
	}

	/**
	 * Tells the member the managers designated to stand in for the recused chair what
	 * they now do, and, when the scores are all in already, that too: the chair, told
	 * before, is not told again.
	 */
	@ApplicationModuleListener
	void on(StandInDesignated event) {
		directory.person(event.person())
			.filter(PersonSummary::active)
			.ifPresent(person -> mails.queue(new MailRequest(person.email(), person.displayName(), person.language(),
					"evaluation-stand-in", List.of(event.challengeReference()),
					List.of(event.designatorName(), event.challengeReference(), event.challengeTitle()),
					links.to(EvaluationLinks.progress(event.challenge())), false, id(event.auditRecord()))));
		tellScoresIn(event.challenge());
	}

	@ApplicationModuleListener
	void on(AwardDecided event) {
		sendLetters(event.challenge(), event.winners(), event.auditRecord());
	}

	/**
	 * Sends every bidder its letter and the report to the chair and the managers, once
	 * the decision may be told: at once, or when an authorising officer approved it; none
	 * once the managers withdrew it, should they have been quicker than this listener.
	 */
	void sendLetters(ChallengeId challengeId, List<ProposalId> winners, AuditRecord record) {
		var challenge = challenges.challenge(challengeId).orElseThrow();
		for (var recipient : letters.letterRecipients(challengeId)) {
			directory.person(recipient.person()).filter(person -> person.active()).ifPresent(person -> {
				var kind = winners.contains(recipient.proposal()) ? "evaluation-award-letter" : "evaluation-letter";
				letters.letter(recipient.proposal(), person.language())
					.ifPresent(letter -> mails
						.queue(new MailRequest(person.email(), person.displayName(), person.language(), kind,
								List.of(reference(challenge)), List.of(reference(challenge), challenge.title()), null,
								true, id(record) + ":" + recipient.proposal(),
								List.of(new MailAttachment(letter.fileName(), "application/pdf", letter.pdf())))));
			});
		}
		for (var recipient : letters.reportRecipients(challengeId)) {
			directory.person(recipient)
				.filter(person -> person.active())
				.ifPresent(person -> letters.report(challengeId, person.language())
					.ifPresent(report -> mails.queue(new MailRequest(person.email(), person.displayName(),
							person.language(), "evaluation-report", List.of(reference(challenge)),
							List.of(reference(challenge), challenge.title()), null, true, id(record) + ":report",
							List.of(new MailAttachment(report.fileName(), "application/pdf", report.pdf()))))));
		}
	}

	/**
	 * Tells every member who has joined the panel that the scoring can begin, and by when
	 * it is due.
	 */
	@ApplicationModuleListener
	void on(EvaluationStarted event) {
		for (var member : panels.joinedMembers(event.challenge())) {
			tell(member, "evaluation-started",
					language -> List.of(event.reference(), event.title(), day(event.scoringDueOn(), language)),
					EvaluationLinks.challenge(event.challenge()), "evaluation-started/" + event.challenge());
		}
	}

	/** Tells every member who has joined the panel the new scoring due date. */
	@ApplicationModuleListener
	void on(ScoringDueMoved event) {
		for (var member : panels.joinedMembers(event.challenge())) {
			tell(member, "evaluation-scoring-moved",
					language -> List.of(event.reference(), event.title(), day(event.scoringDueOn(), language)),
					EvaluationLinks.challenge(event.challenge()),
					"evaluation-scoring-moved/" + event.challenge() + "/" + event.scoringDueOn());
		}
	}

	/**
	 * Reminds an evaluator of the scoring due date, two days before and once it has
	 * passed, with how many proposals they have left to score.
	 */
	@ApplicationModuleListener
	void on(ScoringReminder event) {
		var challenge = challenges.challenge(event.challenge()).orElseThrow();
		var kind = event.kind() == ScoringReminder.Kind.LATE ? "evaluation-scoring-late" : "evaluation-scoring-due";
		tell(event.evaluator(), kind,
				language -> List.of(reference(challenge), challenge.title(), day(event.dueOn(), language),
						event.toScore()),
				EvaluationLinks.challenge(event.challenge()), kind + "/" + event.challenge() + "/" + event.dueOn());
	}

	/**
	 * Tells the chair and the member standing in for them, once per evaluation, when the
	 * submitted scores complete every proposal: the submission that completes them tells,
	 * any later one (or a replay) finds the notice given.
	 */
	@ApplicationModuleListener
	void on(ScoresSubmitted event) {
		tellScoresIn(event.challenge());
	}

	/**
	 * Tells the chair and the stand-in who have not been told yet that all scores are in,
	 * if they are. Whichever event completes the scores tells; the uniqueness, the same
	 * whatever the event, keeps each lead from being told twice. The panel's answer is
	 * never a vacuous "all in": before the evaluation has started, or with nobody left to
	 * score, the scores are not in.
	 */
	private void tellScoresIn(ChallengeId challengeId) {
		if (!panels.allScoresIn(challengeId)) {
			return;
		}
		var challenge = challenges.challenge(challengeId).orElseThrow();
		for (var lead : panels.leads(challengeId)) {
			tell(lead, "evaluation-scores-in", List.of(reference(challenge), challenge.title()),
					EvaluationLinks.progress(challengeId), "evaluation-scores-in/" + challengeId);
		}
	}

	/**
	 * An e-mail and a notice in the bell, in the person's language, linking to the page;
	 * the uniqueness makes each given once to the person.
	 */
	private void tell(PersonId recipient, String kind, List<Object> arguments, String page, String uniqueness) {
		tell(recipient, kind, language -> arguments, page, uniqueness);
	}

	/** As above, with arguments written in the person's language (dates). */
	private void tell(PersonId recipient, String kind, Function<Language, List<Object>> argumentsIn, String page,
			String uniqueness) {
		directory.person(recipient).filter(PersonSummary::active).ifPresent(person -> {
			var arguments = argumentsIn.apply(person.language());
			mails.queue(new MailRequest(person.email(), person.displayName(), person.language(), kind, arguments,
					arguments, links.to(page), false, uniqueness));
			inbox.notify(person.id(),
					messages.getMessage("notice." + kind, arguments.toArray(), person.language().locale()), page,
					Tokens.hash(person.id() + "/" + kind + "/" + uniqueness));
		});
	}

	/** A day as the person reads it, such as "21 December 2026". */
	private static String day(LocalDate day, Language language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
	}

	private static String reference(ChallengeSummary challenge) {
		return Objects.requireNonNullElse(challenge.reference(), "");
	}

	private static String id(AuditRecord record) {
		return record.id().toString();
	}

}
