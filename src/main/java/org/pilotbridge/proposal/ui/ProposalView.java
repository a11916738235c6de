package org.pilotbridge.proposal.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.ui.ErrorSummary;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * A company's proposal for a challenge, for its members: where it stands, the form that
 * saves as they type, what is still missing, submission with its receipt on screen, every
 * submitted version with its receipt, and withdrawal; after the deadline everything is
 * read-only.
 */
@Route(ProposalNavigation.FORM)
@PermitAll
class ProposalView extends WorkspacePage implements BeforeEnterObserver, HasDynamicTitle {

	private final ProposalQuery query;

	private final ProposalManagement management;

	private final ChallengeDirectory challenges;

	private final Clock clock;

	private final ProposalForm form = new ProposalForm(this::save);

	private final AttachmentsSection attachments;

	private final ProposalStanding standing = new ProposalStanding(this, this::submit, this::withdraw);

	private final Paragraph companyProblem = new Paragraph();

	private final ErrorSummary summary = new ErrorSummary(this);

	private List<ErrorSummary.Problem> listed = List.of();

	private @Nullable ChallengeSummary challenge;

	private @Nullable EditableProposal proposal;

	private int version;

	private ProposalContent saved = ProposalContent.empty();

	private Checklist missing = new Checklist(List.of());

	private boolean changedSinceSubmission;

	ProposalView(ProposalQuery query, ProposalManagement management, ChallengeDirectory challenges, Clock clock) {
		super("proposal-page");
		this.query = query;
		this.management = management;
		this.challenges = challenges;
		this.clock = clock;
		this.attachments = new AttachmentsSection(management, this::filesChanged);
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
					ProposalHeader.notice(getTranslation("proposal.view.companies-only"), "alert-info"));
		}
	}

	private void showStart() {
		removeAll();
		add(new ProposalStart(challenge, clock, management, query, this::load, this::showStart));
	}

	private void load(ProposalId id) {
		take(query.editable(id));
		render();
	}

	private void take(EditableProposal fresh) {
		proposal = fresh;
		version = fresh.version();
		saved = fresh.content();
		missing = fresh.checklist();
		changedSinceSubmission = fresh.changedSinceSubmission();
	}

	private void reload() {
		if (proposal != null) {
			load(proposal.id());
		}
	}

	private void render() {
		removeAll();
		var readOnly = proposal.readOnly();
		add(new H1(getTranslation("proposal.view.heading")), ProposalHeader.challengeLink(challenge, this),
				standing.status);
		standing.show(proposal, missing, changedSinceSubmission);
		if (readOnly) {
			add(ProposalHeader.notice(
					getTranslation("proposal.view.read-only",
							Times.dateTime(proposal.challenge().proposalsDeadline(), proposal.challenge().timeZone(),
									getLocale()) + " (" + proposal.challenge().timeZone().getId() + ")"),
					"alert-info"));
		}
		add(ProposalHeader.deadline(challenge, clock, this));
		var receipt = ProposalReceipts.latest(proposal, this);
		if (receipt != null) {
			add(receipt);
		}
		form.show(proposal.challenge(), proposal.content(), readOnly);
		attachments.show(proposal.id(), proposal.attachments(), readOnly);
		summary.clear();
		listed = List.of();
		var main = new Div(summary, ProposalReceipts.company(proposal.company(), this), companyProblem, form,
				attachments);
		main.addClassName("proposal-main");
		var columns = new Div(main, standing.side());
		columns.addClassName("editor-columns");
		add(columns, ProposalReceipts.versions(proposal, this));
	}

	/**
	 * After a file was attached or removed: saves what is typed, then shows the files and
	 * what they change.
	 */
	private void filesChanged() {
		save();
		var fresh = query.editable(proposal.id());
		if (fresh.readOnly()) {
			load(fresh.id());
			return;
		}
		take(fresh);
		attachments.show(fresh.id(), fresh.attachments(), false);
		standing.show(proposal, missing, changedSinceSubmission);
	}

	/**
	 * Saves the working copy if it changed since the last save; returns whether what the
	 * form shows is saved.
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
			summary.update(listed = listed.stream()
				.filter(problem -> !(problem.field() instanceof com.vaadin.flow.component.HasValidation field)
						|| field.isInvalid())
				.toList());
			standing.saved(getTranslation("proposal.view.saved",
					Times.dateTime(clock.instant(), Times.viewerZone(proposal.challenge().timeZone()), getLocale())));
			standing.show(proposal, missing, changedSinceSubmission);
			return true;
		}
		catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
			reload();
			Notifications.error(refused);
		}
		catch (InvalidInput invalid) {
			showProblems(invalid.problems(), false);
			standing.saved(getTranslation("proposal.view.not-saved"));
		}
		catch (OptimisticLockingFailureException conflict) {
			standing.saved(getTranslation("proposal.view.not-saved"));
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
			standing.status.scrollIntoView();
		}
		catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
			reload();
			Notifications.error(refused);
		}
		catch (InvalidInput invalid) {
			form.clearProblems();
			showProblems(invalid.problems(), true);
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(getTranslation("error.changed-meanwhile"));
		}
	}

	private void withdraw() {
		try {
			management.withdraw(proposal.id());
			Notifications.success(getTranslation("proposal.view.withdrawn"));
		}
		catch (ProposalDeadlinePassed | SubmissionTimedOut refused) {
			Notifications.error(refused);
		}
		catch (InvalidInput notSubmitted) {
			Notifications.error(getTranslation(notSubmitted.problems().get(0).messageKey()));
		}
		reload();
	}

	/**
	 * Marks the fields; problems of the files and the company are said where those are
	 * shown. After a submission, the summary at the top lists them all, each linking to
	 * where it is fixed; while the person types, only the fields say them.
	 */
	private void showProblems(List<FieldProblem> problems, boolean submitted) {
		attachments.clearProblem();
		companyProblem.setVisible(false);
		var unplaced = new ArrayList<String>();
		for (var problem : form.showProblems(problems, false)) {
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
		if (!submitted) {
			if (!unplaced.isEmpty()) {
				Notifications.error(String.join(" ", unplaced));
			}
			return;
		}
		listed = problems.stream()
			.map(problem -> new ErrorSummary.Problem(
					getTranslation(problem.messageKey(), problem.arguments().toArray()), where(problem.field())))
			.toList();
		summary.setDescription(getTranslation("proposal.view.not-submitted", problems.size()));
		summary.show(listed);
	}

	private com.vaadin.flow.component.@Nullable Component where(@Nullable String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "attachments" -> attachments.uploadField();
			case "company" -> companyProblem;
			default -> form.fieldOf(field);
		};
	}

	@Override
	public String getPageTitle() {
		return getTranslation("proposal.view.heading") + (challenge == null ? "" : " · " + challenge.title())
				+ " · Pilotbridge";
	}

}
