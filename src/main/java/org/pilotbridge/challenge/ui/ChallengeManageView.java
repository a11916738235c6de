package org.pilotbridge.challenge.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeContribution;
import org.pilotbridge.challenge.ChallengeContribution.ContributedLink;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ClarificationQuery;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * A challenge as its managers run it: its state and counts (only the number of proposals
 * before the deadline), the questions waiting for an answer, and the actions the
 * challenge allows now ({@link ManagedChallenge#actionsAt}): edit, publish, amend,
 * withdraw, start the evaluation (publishing and starting the evaluation ask once first,
 * {@link ChallengeQuestions}), and the links the modules depending on this one contribute
 * ({@link ChallengeContribution}).
 */
@Route(ChallengeNavigation.MANAGE)
@PermitAll
class ChallengeManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ChallengeQuery query;

	private final ChallengeManagement management;

	private final ClarificationQuery clarifications;

	private final ClarificationManagement clarification;

	private final Clock clock;

	private final List<ChallengeContribution> contributions;

	private ChallengeId id = new ChallengeId(new UUID(0, 0));

	private String title = "";

	ChallengeManageView(ChallengeQuery query, ChallengeManagement management, ClarificationQuery clarifications,
			ClarificationManagement clarification, Clock clock, List<ChallengeContribution> contributions) {
		this.query = query;
		this.management = management;
		this.clarifications = clarifications;
		this.clarification = clarification;
		this.clock = clock;
		this.contributions = ChallengeContribution.inOrder(contributions);
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			id = new ChallengeId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
			refresh();
		}
		catch (IllegalArgumentException | ChallengeNotFound | AccessDeniedException unknownOrNotManaged) {
			// Another agency's challenge is not found, like one that does not exist.
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void refresh() {
		var challenge = query.managed(id);
		var now = clock.instant();
		var allowed = challenge.actionsAt(now);
		removeAll();
		title = challenge.content().title().isBlank() ? getTranslation("challenge.manage.untitled")
				: challenge.content().title();
		add(ChallengeBadges.state(challenge.state(), this), new H1(title));
		if (challenge.reference() != null) {
			add(new Paragraph(ChallengeNavigation.publicPage(challenge.reference(),
					getTranslation("challenge.manage.public-page", challenge.reference()))));
		}
		add(status(challenge, now), actions(challenge, allowed));
		// Sections of the modules that depend on this one (the catalogue's suggestions).
		contributions.stream()
			.flatMap(contribution -> contribution.manageSections(challenge, allowed).stream())
			.forEach(section -> add(new Section(new H2(getTranslation(section.headingKey())),
					new Paragraph(getTranslation(section.helpKey())), new Paragraph(anchor(section.link(), false)))));
		if (allowed.contains(ChallengeAction.REVIEW_QUESTIONS)) {
			add(new PendingQuestions(clarifications.pending(id), clarification, this::refresh));
		}
	}

	private Section status(ManagedChallenge challenge, Instant now) {
		var section = new Section(new H2(getTranslation("challenge.manage.status")));
		var deadline = challenge.proposalsDeadline();
		if (deadline != null) {
			section.add(new Paragraph(getTranslation("challenge.view.deadline") + ": "
					+ Times.deadline(deadline, challenge.content().timeZone(), this)));
		}
		section.add(new Paragraph(getTranslation("challenge.manage.submitted", challenge.submittedCount())));
		section.add(new Paragraph(getTranslation("challenge.manage.pending-questions", challenge.pendingQuestions())));
		if (challenge.isOpenAt(now)) {
			section.add(new Paragraph(getTranslation("challenge.manage.sealed")));
		}
		var scoringDue = challenge.scoringDueOn();
		if (scoringDue != null && challenge.stateAt(now) == ChallengeState.UNDER_EVALUATION) {
			var due = new Paragraph(getTranslation("challenge.manage.scoring-due", Times.day(scoringDue, getLocale())));
			due.setId("scoring-due");
			section.add(due);
		}
		if (challenge.awaitsOpeningAt(now)) {
			var opening = new Paragraph(getTranslation("challenge.state.not-opened-yet"));
			opening.setId("proposals-opening");
			section.add(opening);
		}
		return section;
	}

	/**
	 * The actions the challenge allows now, this module's and those the modules depending
	 * on it contribute.
	 */
	private HorizontalLayout actions(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		var actions = new HorizontalLayout();
		actions.setWrap(true);
		if (allowed.contains(ChallengeAction.EDIT_DRAFT) || allowed.contains(ChallengeAction.AMEND)) {
			var edit = new RouterLink(getTranslation(
					allowed.contains(ChallengeAction.EDIT_DRAFT) ? "challenge.manage.edit" : "challenge.manage.amend"),
					ChallengeEditorView.class, ChallengeNavigation.challenge(id));
			edit.addClassName("button-secondary");
			edit.setId("edit-challenge");
			actions.add(edit);
		}
		if (allowed.contains(ChallengeAction.PUBLISH)) {
			actions.add(button("publish", "challenge.manage.publish", ButtonVariant.LUMO_PRIMARY,
					() -> ChallengeQuestions.publish(this, this::publish)));
		}
		if (allowed.contains(ChallengeAction.START_EVALUATION)) {
			actions.add(button("start-evaluation", "challenge.manage.start-evaluation", ButtonVariant.LUMO_PRIMARY,
					() -> ChallengeQuestions.startEvaluation(this, challenge.content().timeZone(), clock, dueOn -> {
						management.startEvaluation(id, dueOn);
						Notifications.success(getTranslation("challenge.manage.evaluation-started"));
						refresh();
					})));
		}
		if (allowed.contains(ChallengeAction.MOVE_SCORING_DUE) && challenge.scoringDueOn() != null) {
			var current = challenge.scoringDueOn();
			actions.add(button("move-scoring-due", "challenge.manage.move-scoring-due", ButtonVariant.LUMO_TERTIARY,
					() -> ChallengeQuestions.moveScoringDue(this, challenge.content().timeZone(), clock, current,
							dueOn -> {
								management.moveScoringDue(id, dueOn);
								Notifications.success(getTranslation("challenge.manage.scoring-due-moved"));
								refresh();
							})));
		}
		contributions.stream()
			.flatMap(contribution -> contribution.manageActions(challenge, allowed).stream())
			.forEach(link -> actions.add(anchor(link, true)));
		if (allowed.contains(ChallengeAction.WITHDRAW)) {
			actions.add(button("withdraw", "challenge.manage.withdraw", ButtonVariant.LUMO_ERROR, this::withdraw));
		}
		return actions;
	}

	private Button button(String elementId, String textKey, ButtonVariant variant, Runnable action) {
		var button = new Button(getTranslation(textKey), click -> action.run());
		button.addThemeVariants(variant);
		button.setId(elementId);
		return button;
	}

	private Anchor anchor(ContributedLink link, boolean button) {
		var anchor = new Anchor(link.href(), getTranslation(link.textKey()));
		if (button) {
			anchor.addClassName("button-secondary");
		}
		anchor.setId(link.id());
		if (link.download()) {
			// A file, not a view: the browser downloads it instead of the router
			// navigating to it.
			anchor.getElement().setAttribute("router-ignore", true);
			anchor.getElement().setAttribute("download", true);
		}
		return anchor;
	}

	private void publish() {
		try {
			management.publish(id);
			Notifications.success(getTranslation("challenge.manage.published"));
			refresh();
		}
		catch (InvalidInput invalid) {
			showProblems(invalid);
		}
	}

	/**
	 * The problems found on publishing, each with its field, with a way to fix them in
	 * the editor.
	 */
	private void showProblems(InvalidInput invalid) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.manage.cannot-publish"));
		var list = new UnorderedList();
		invalid.problems()
			.forEach(problem -> list
				.add(new ListItem(getTranslation("challenge.field." + problem.field().replaceAll("\\[.*", "")) + ": "
						+ getTranslation(problem.messageKey(), problem.arguments().toArray()))));
		dialog.add(list);
		var edit = new Button(getTranslation("challenge.manage.edit"), click -> {
			dialog.close();
			getUI().ifPresent(ui -> ui.navigate(ChallengeEditorView.class, ChallengeNavigation.challenge(id)));
		});
		edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()), edit);
		dialog.open();
	}

	private void withdraw() {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.manage.withdraw"));
		var reason = new TextArea(getTranslation("challenge.manage.public-reason"));
		reason.setHelperText(getTranslation("challenge.manage.public-reason-help"));
		reason.setWidthFull();
		reason.setId("withdrawal-reason");
		var errors = new FieldErrors().bind("reason", reason);
		var confirm = new Button(getTranslation("challenge.manage.withdraw"), click -> {
			try {
				management.withdraw(id, reason.getValue());
				dialog.close();
				Notifications.success(getTranslation("challenge.manage.withdrawn"));
				refresh();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
		confirm.setId("confirm-withdrawal");
		dialog.add(reason);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
