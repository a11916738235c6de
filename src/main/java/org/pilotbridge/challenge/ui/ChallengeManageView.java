package org.pilotbridge.challenge.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ClarificationQuery;
import org.pilotbridge.challenge.ClarificationQuery.PendingQuestion;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * A challenge as its managers run it: its state and counts (only the number of proposals before the
 * deadline), the questions waiting for an answer, and the actions its state allows: edit, publish,
 * amend, withdraw.
 */
@Route(ChallengeNavigation.MANAGE)
@PermitAll
class ChallengeManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ChallengeQuery query;

	private final ChallengeManagement management;

	private final ClarificationQuery clarifications;

	private final ClarificationManagement clarification;

	private ChallengeId id = new ChallengeId(new UUID(0, 0));

	private String title = "";

	ChallengeManageView(ChallengeQuery query, ChallengeManagement management, ClarificationQuery clarifications,
			ClarificationManagement clarification) {
		this.query = query;
		this.management = management;
		this.clarifications = clarifications;
		this.clarification = clarification;
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
		removeAll();
		title = challenge.content().title().isBlank() ? getTranslation("challenge.manage.untitled") : challenge.content().title();
		add(ChallengeBadges.state(challenge.state(), this), new H1(title));
		if (challenge.reference() != null) {
			add(new Paragraph(ChallengeNavigation.publicPage(challenge.reference(),
					getTranslation("challenge.manage.public-page", challenge.reference()))));
		}
		add(status(challenge), actions(challenge));
		// Contributed by the catalogue module, which depends on this one: linked by its address only.
		var suggestions = new Anchor("agency/challenges/" + id + "/suggestions",
				getTranslation("challenge.manage.suggestions"));
		suggestions.setId("suggested-solutions");
		add(new Section(new H2(getTranslation("challenge.manage.suggestions-heading")),
				new Paragraph(getTranslation("challenge.manage.suggestions-help")), new Paragraph(suggestions)));
		if (challenge.state() == ChallengeState.PUBLISHED || challenge.pendingQuestions() > 0) {
			add(questions());
		}
	}

	private Section status(ManagedChallenge challenge) {
		var section = new Section(new H2(getTranslation("challenge.manage.status")));
		var deadline = challenge.content().proposalsDeadline();
		if (deadline != null) {
			section.add(new Paragraph(getTranslation("challenge.view.deadline") + ": "
					+ Times.deadline(deadline.atZone(challenge.content().timeZone()).toInstant(),
							challenge.content().timeZone(), this)));
		}
		section.add(new Paragraph(getTranslation("challenge.manage.submitted", challenge.submittedCount())));
		section.add(new Paragraph(getTranslation("challenge.manage.pending-questions", challenge.pendingQuestions())));
		if (challenge.state() == ChallengeState.PUBLISHED) {
			section.add(new Paragraph(getTranslation("challenge.manage.sealed")));
		}
		if (challenge.state() == ChallengeState.CLOSED && challenge.closedAt() == null) {
			var opening = new Paragraph(getTranslation("challenge.state.not-opened-yet"));
			opening.setId("proposals-opening");
			section.add(opening);
		}
		return section;
	}

	private HorizontalLayout actions(ManagedChallenge challenge) {
		var actions = new HorizontalLayout();
		actions.setWrap(true);
		if (challenge.state() == ChallengeState.DRAFT || challenge.state() == ChallengeState.PUBLISHED) {
			var edit = new RouterLink(getTranslation(challenge.state() == ChallengeState.DRAFT ? "challenge.manage.edit"
					: "challenge.manage.amend"), ChallengeEditorView.class, ChallengeNavigation.challenge(id));
			edit.addClassName("button-secondary");
			edit.setId("edit-challenge");
			actions.add(edit);
		}
		if (challenge.state() == ChallengeState.DRAFT) {
			var publish = new Button(getTranslation("challenge.manage.publish"), click -> {
				try {
					management.publish(id);
					Notifications.success(getTranslation("challenge.manage.published"));
					refresh();
				}
				catch (InvalidInput invalid) {
					showProblems(invalid);
				}
			});
			publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			publish.setId("publish");
			actions.add(publish);
		}
		if (challenge.state() == ChallengeState.CLOSED && challenge.closedAt() != null) {
			var start = new Button(getTranslation("challenge.manage.start-evaluation"), click -> {
				management.startEvaluation(id);
				Notifications.success(getTranslation("challenge.manage.evaluation-started"));
				refresh();
			});
			start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			start.setId("start-evaluation");
			actions.add(start);
		}
		if (challenge.state() != ChallengeState.DRAFT && challenge.state() != ChallengeState.WITHDRAWN) {
			// The evaluation module's views, reached by address: that module depends on this one, not the reverse.
			var panel = new Anchor("evaluation/challenges/" + id + "/panel", getTranslation("challenge.manage.panel"));
			panel.addClassName("button-secondary");
			panel.setId("evaluation-panel");
			actions.add(panel);
		}
		if (challenge.state() != ChallengeState.DRAFT && challenge.state() != ChallengeState.PUBLISHED
				&& challenge.state() != ChallengeState.WITHDRAWN) {
			var progress = new Anchor("evaluation/challenges/" + id + "/progress", getTranslation("challenge.manage.evaluation"));
			progress.addClassName("button-secondary");
			progress.setId("evaluation-progress");
			actions.add(progress);
		}
		if (challenge.state() == ChallengeState.AWARDED && challenge.reference() != null) {
			// The pilot module's views, reached by address: that module depends on this one, not the reverse.
			var pilots = new Anchor("pilots?challenge=" + challenge.reference(), getTranslation("challenge.manage.pilots"));
			pilots.addClassName("button-secondary");
			pilots.setId("challenge-pilots");
			actions.add(pilots);
		}
		if (challenge.state() == ChallengeState.PUBLISHED) {
			var withdraw = new Button(getTranslation("challenge.manage.withdraw"), click -> withdraw());
			withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
			withdraw.setId("withdraw");
			actions.add(withdraw);
		}
		return actions;
	}

	/** The problems found on publishing, each with its field, with a way to fix them in the editor. */
	private void showProblems(InvalidInput invalid) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.manage.cannot-publish"));
		var list = new UnorderedList();
		invalid.problems()
			.forEach(problem -> list.add(new ListItem(getTranslation("challenge.field." + problem.field().replaceAll("\\[.*", ""))
					+ ": " + getTranslation(problem.messageKey(), problem.arguments().toArray()))));
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

	private Section questions() {
		var section = new Section(new H2(getTranslation("challenge.manage.questions")));
		section.setId("pending-questions");
		var pending = clarifications.pending(id);
		if (pending.isEmpty()) {
			section.add(new Paragraph(getTranslation("challenge.manage.no-questions")));
		}
		pending.forEach(question -> section.add(question(question)));
		return section;
	}

	private Div question(PendingQuestion question) {
		var published = new TextArea(getTranslation("challenge.manage.public-question"));
		published.setValue(question.text());
		published.setHelperText(getTranslation("challenge.manage.public-question-help"));
		published.setWidthFull();
		var answer = new TextArea(getTranslation("challenge.manage.answer"));
		answer.setHelperText(getTranslation("challenge.manage.answer-help"));
		answer.setWidthFull();
		var errors = new FieldErrors().bind("publicQuestion", published).bind("answer", answer);
		var publish = new Button(getTranslation("challenge.manage.publish-answer"), click -> {
			try {
				clarification.answer(question.id(), published.getValue(), answer.getValue());
				Notifications.success(getTranslation("challenge.manage.answer-published"));
				refresh();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
			catch (OptimisticLockingFailureException conflict) {
				Notifications.error(getTranslation("error.changed-meanwhile"));
				refresh();
			}
		});
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		var reject = new Button(getTranslation("challenge.manage.reject-question"), click -> rejectQuestion(question));
		reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		var box = new Div(new H3(getTranslation("challenge.manage.asked-by", question.askerName(), question.companyName())),
				new Paragraph(question.text()), published, answer, new HorizontalLayout(publish, reject));
		box.addClassName("card");
		box.setId("question-" + question.id());
		return box;
	}

	private void rejectQuestion(PendingQuestion question) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.manage.reject-question"));
		var reason = new TextArea(getTranslation("challenge.manage.private-reason"));
		reason.setHelperText(getTranslation("challenge.manage.private-reason-help"));
		reason.setWidthFull();
		var errors = new FieldErrors().bind("reason", reason);
		var confirm = new Button(getTranslation("challenge.manage.reject-question"), click -> {
			try {
				clarification.reject(question.id(), reason.getValue());
				dialog.close();
				Notifications.success(getTranslation("challenge.manage.question-rejected"));
				refresh();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
		dialog.add(reason);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
