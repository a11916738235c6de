package org.pilotbridge.proposal.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.challenge.SubmissionTimedOut;
import org.pilotbridge.challenge.ui.ChallengeNavigation;
import org.pilotbridge.proposal.Checklist;
import org.pilotbridge.proposal.EditableProposal;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.proposal.ProposalState;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * A company's proposal for a challenge, for its members: where it stands, the form that saves as
 * they type, what is still missing, submission with its receipt on screen, every submitted version
 * with its receipt, and withdrawal; after the deadline everything is read-only.
 */
@Route(ProposalNavigation.FORM)
@PermitAll
class ProposalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ProposalQuery query;

	private final ProposalManagement management;

	private final ChallengeDirectory challenges;

	private final Clock clock;

	private final ProposalForm form = new ProposalForm(this::save);

	private final AttachmentsSection attachments;

	private final Div status = new Div();

	private final Span saveStatus = new Span();

	private final Paragraph sideState = new Paragraph();

	private final Section checklist = new Section();

	private final Div actions = new Div();

	private final Button submitButton = new Button();

	private final Paragraph resubmitHelp = new Paragraph();

	private final Button withdrawButton = new Button();

	private final Paragraph companyProblem = new Paragraph();

	private @Nullable ChallengeSummary challenge;

	private @Nullable EditableProposal proposal;

	private int version;

	private ProposalContent saved = ProposalContent.empty();

	private Checklist missing = new Checklist(List.of());

	private boolean changedSinceSubmission;

	ProposalView(ProposalQuery query, ProposalManagement management, ChallengeDirectory challenges, Clock clock) {
		this.query = query;
		this.management = management;
		this.challenges = challenges;
		this.clock = clock;
		this.attachments = new AttachmentsSection(management, this::filesChanged);
		setId("main-content");
		addClassNames("page", "proposal-page");
		status.setId("proposal-status");
		status.addClassName("proposal-status");
		saveStatus.setId("autosave-status");
		saveStatus.addClassName("meta");
		saveStatus.getElement().setAttribute("role", "status");
		checklist.setId("checklist");
		checklist.addClassName("proposal-checklist");
		actions.setId("proposal-actions");
		actions.addClassName("proposal-actions");
		submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submitButton.setId("submit-proposal");
		submitButton.addClickListener(click -> submit());
		resubmitHelp.setText(getTranslation("proposal.view.resubmit-help"));
		withdrawButton.setText(getTranslation("proposal.view.withdraw"));
		withdrawButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		withdrawButton.setId("withdraw-proposal");
		withdrawButton.addClickListener(click -> confirmWithdrawal());
		actions.add(submitButton, resubmitHelp, withdrawButton);
		companyProblem.addClassName("alert-error");
		companyProblem.setVisible(false);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var reference = event.getRouteParameters().get("reference").orElse("");
		var found = challenges.byReference(reference).filter(c -> c.state().isPublic());
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		challenge = found.get();
		try {
			query.mine(challenge.id()).ifPresentOrElse(this::load, this::showStart);
		}
		catch (AccessDeniedException notACompany) {
			removeAll();
			add(new H1(getTranslation("proposal.view.heading")),
					notice(getTranslation("proposal.view.companies-only"), "alert-info"));
		}
	}

	/** Before a proposal exists: what it is about, and a button to start it while the challenge is open. */
	private void showStart() {
		removeAll();
		add(new H1(getTranslation("proposal.view.heading")), challengeLink(), deadline());
		if (!challenge.isOpenAt(clock.instant())) {
			add(notice(getTranslation("proposal.view.closed-without-proposal"), "alert-info"));
			return;
		}
		var start = new Button(getTranslation("proposal.view.start"), click -> {
			try {
				load(management.start(challenge.id()));
			}
			catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
				showStart();
				Notifications.error(text(refused));
			}
			catch (InvalidInput alreadyStarted) {
				query.mine(challenge.id()).ifPresent(this::load);
			}
		});
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		start.setId("start-proposal");
		add(new Paragraph(getTranslation("proposal.view.start-intro")), start);
	}

	private void load(ProposalId id) {
		proposal = query.editable(id);
		version = proposal.version();
		saved = proposal.content();
		missing = proposal.checklist();
		changedSinceSubmission = proposal.changedSinceSubmission();
		render();
	}

	private void reload() {
		if (proposal != null) {
			load(proposal.id());
		}
	}

	private void render() {
		removeAll();
		var readOnly = proposal.readOnly();
		add(new H1(getTranslation("proposal.view.heading")), challengeLink(), status);
		showStatus();
		if (readOnly) {
			add(notice(getTranslation("proposal.view.read-only", Times.dateTime(proposal.challenge().proposalsDeadline(),
					proposal.challenge().timeZone(), getLocale()) + " (" + proposal.challenge().timeZone().getId() + ")"),
					"alert-info"));
		}
		add(deadline());
		var receipt = ProposalReceipts.latest(proposal, this);
		if (receipt != null) {
			add(receipt);
		}
		form.show(proposal.challenge(), proposal.content(), readOnly);
		attachments.show(proposal.id(), proposal.attachments(), readOnly);
		var main = new Div(ProposalReceipts.company(proposal.company(), this), companyProblem, form, attachments);
		main.addClassName("proposal-main");
		var side = new Div(sideState, checklist, actions);
		side.addClassName("proposal-side");
		var columns = new Div(main, side);
		columns.addClassName("editor-columns");
		add(columns, ProposalReceipts.versions(proposal, this));
		showChecklist();
		showActions();
	}

	/** The state in words, what it means, and whether the draft is saved. */
	private void showStatus() {
		status.removeAll();
		var state = proposal.state();
		var badge = new Span(getTranslation(state.messageKey()));
		badge.addClassNames("badge", "badge-" + state.name().toLowerCase(Locale.ROOT));
		badge.setId("proposal-state");
		var latest = proposal.versions().isEmpty() ? 0 : proposal.versions().getLast().number();
		var explanation = switch (state) {
			case DRAFT -> getTranslation("proposal.view.state.draft");
			case SUBMITTED -> changedSinceSubmission ? getTranslation("proposal.view.state.submitted-changed", latest)
					: getTranslation("proposal.view.state.submitted", latest);
			case WITHDRAWN -> getTranslation("proposal.view.state.withdrawn");
		};
		var text = new Paragraph(badge, new Span(" " + explanation));
		status.add(text);
		sideState.removeAll();
		var sideBadge = new Span(getTranslation(state.messageKey()));
		sideBadge.addClassNames("badge", "badge-" + state.name().toLowerCase(Locale.ROOT));
		sideState.add(new Span(getTranslation("proposal.view.state") + " "), sideBadge);
		if (state == ProposalState.SUBMITTED && latest > 0) {
			sideState.add(new Span(" " + getTranslation("proposal.view.state-version", latest)));
		}
		if (proposal.outcome() != null) {
			status.add(new Paragraph(getTranslation("proposal.view.outcome", getTranslation(proposal.outcome().messageKey()))));
		}
		if (!proposal.readOnly()) {
			status.add(saveStatus);
		}
	}

	private void showChecklist() {
		checklist.removeAll();
		checklist.add(new H2(getTranslation("proposal.view.checklist")));
		if (missing.complete()) {
			var ready = new Paragraph(getTranslation(proposal.readOnly() ? "proposal.view.checklist-read-only"
					: "proposal.view.checklist-complete"));
			ready.addClassName("weight-ok");
			checklist.add(ready);
			return;
		}
		var list = new UnorderedList();
		missing.missing()
			.forEach(item -> list.add(new ListItem(getTranslation(item.messageKey(), item.arguments().toArray()))));
		checklist.add(new Paragraph(getTranslation("proposal.view.checklist-intro", missing.missing().size())), list);
	}

	/** The buttons stay the same components, so that the focus and a pending click survive a save. */
	private void showActions() {
		actions.setVisible(!proposal.readOnly());
		var state = proposal.state();
		submitButton.setText(getTranslation(switch (state) {
			case DRAFT -> "proposal.view.submit";
			case SUBMITTED -> "proposal.view.resubmit";
			case WITHDRAWN -> "proposal.view.submit-again";
		}));
		resubmitHelp.setVisible(state == ProposalState.SUBMITTED && !changedSinceSubmission);
		withdrawButton.setVisible(state == ProposalState.SUBMITTED);
	}

	/** After a file was attached or removed: saves what is typed, then shows the files and what they change. */
	private void filesChanged() {
		save();
		var fresh = query.editable(proposal.id());
		if (fresh.readOnly()) {
			load(fresh.id());
			return;
		}
		proposal = fresh;
		version = fresh.version();
		saved = fresh.content();
		missing = fresh.checklist();
		changedSinceSubmission = fresh.changedSinceSubmission();
		attachments.show(fresh.id(), fresh.attachments(), false);
		showStatus();
		showChecklist();
		showActions();
	}

	/**
	 * Saves the working copy if it changed since the last save; returns whether what the form shows
	 * is saved.
	 */
	private boolean save() {
		if (proposal == null || proposal.readOnly()) {
			return false;
		}
		try {
			var content = form.content();
			if (content.equals(saved)) {
				return true;
			}
			var result = management.saveDraft(proposal.id(), version, content);
			version = result.version();
			saved = content;
			missing = result.checklist();
			changedSinceSubmission = result.changedSinceSubmission();
			form.clearSolved(missing);
			saveStatus.setText(getTranslation("proposal.view.saved",
					Times.dateTime(clock.instant(), Times.viewerZone(proposal.challenge().timeZone()), getLocale())));
			showStatus();
			showChecklist();
			showActions();
			return true;
		}
		catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
			reload();
			Notifications.error(text(refused));
		}
		catch (InvalidInput invalid) {
			showProblems(invalid.problems(), false);
			saveStatus.setText(getTranslation("proposal.view.not-saved"));
		}
		catch (OptimisticLockingFailureException conflict) {
			saveStatus.setText(getTranslation("proposal.view.not-saved"));
			Notifications.error(getTranslation("error.changed-meanwhile"));
		}
		return false;
	}

	private void submit() {
		if (!save()) {
			return;
		}
		try {
			var submitted = management.submit(proposal.id());
			load(proposal.id());
			Notifications.success(getTranslation("proposal.view.submitted", submitted.number()));
			status.scrollIntoView();
		}
		catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
			reload();
			Notifications.error(text(refused));
		}
		catch (InvalidInput invalid) {
			form.clearProblems();
			showProblems(invalid.problems(), true);
			Notifications.error(getTranslation("proposal.view.not-submitted", invalid.problems().size()));
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(getTranslation("error.changed-meanwhile"));
		}
	}

	private void confirmWithdrawal() {
		var dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("proposal.view.withdraw-title"));
		dialog.setText(getTranslation("proposal.view.withdraw-text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("proposal.view.withdraw-confirm"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(confirmed -> {
			try {
				management.withdraw(proposal.id());
				Notifications.success(getTranslation("proposal.view.withdrawn"));
			}
			catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
				Notifications.error(text(refused));
			}
			catch (InvalidInput notSubmitted) {
				Notifications.error(getTranslation(notSubmitted.problems().get(0).messageKey()));
			}
			reload();
		});
		dialog.open();
	}

	/** Marks the fields; problems of the files and the company are said where those are shown. */
	private void showProblems(List<FieldProblem> problems, boolean focus) {
		attachments.clearProblem();
		companyProblem.setVisible(false);
		var unplaced = new ArrayList<String>();
		for (var problem : form.showProblems(problems, focus)) {
			var text = getTranslation(problem.messageKey(), problem.arguments().toArray());
			switch (problem.field()) {
				case "attachments" -> attachments.showProblem(text);
				case "company" -> {
					companyProblem.setText(text);
					companyProblem.setVisible(true);
				}
				default -> unplaced.add(text);
			}
		}
		if (!unplaced.isEmpty()) {
			Notifications.error(String.join(" ", unplaced));
		}
	}

	/** The translated reason of a refusal that concerns the whole change, not a field. */
	private String text(InvalidInput refused) {
		var problem = refused.problems().get(0);
		return getTranslation(problem.messageKey(), problem.arguments().toArray());
	}

	private Paragraph challengeLink() {
		var link = ChallengeNavigation.publicPage(challenge.reference(), challenge.title());
		link.setId("challenge-link");
		return new Paragraph(new Span(getTranslation("proposal.view.for") + " "), link);
	}

	private Paragraph deadline() {
		var deadline = challenge.proposalsDeadline();
		var text = getTranslation("proposal.view.deadline", Times.deadline(deadline, challenge.timeZone(), this));
		if (challenge.isOpenAt(clock.instant())) {
			text += " — " + Times.timeLeft(deadline, clock, this);
		}
		var paragraph = new Paragraph(text);
		paragraph.setId("proposal-deadline");
		return paragraph;
	}

	private Div notice(String text, String className) {
		var notice = new Div(text);
		notice.addClassName(className);
		notice.getElement().setAttribute("role", "note");
		return notice;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("proposal.view.heading") + (challenge == null ? "" : " · " + challenge.title())
				+ " · Pilotbridge";
	}

}
