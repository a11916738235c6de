package org.pilotbridge.challenge.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.ChallengeAction;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.OrganisationQuery.MyOrganisation;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * The guided editor of a challenge, with a live preview of its public page. A draft can
 * be saved at any time, and deleted; publishing checks everything and shows each problem
 * next to its field and in a summary at the top of the form that links to each. A
 * challenge published before it was ever saved is kept only if it is published. A
 * published challenge is amended here too, with a reason that goes into its public change
 * log.
 */
@Route(ChallengeNavigation.EDIT)
@RouteAlias(ChallengeNavigation.NEW)
@PermitAll
class ChallengeEditorView extends WorkspacePage implements BeforeEnterObserver, HasDynamicTitle {

	private final ChallengeManagement management;

	private final ChallengeQuery query;

	private final OrganisationQuery organisations;

	private final Clock clock;

	private final ChallengePreview preview = new ChallengePreview();

	private final ChallengeForm form;

	private @Nullable ChallengeId id;

	private @Nullable ManagedChallenge challenge;

	ChallengeEditorView(ChallengeManagement management, ChallengeQuery query, OrganisationQuery organisations,
			CpvCatalogue cpv, Clock clock) {
		super("editor-page");
		this.management = management;
		this.query = query;
		this.organisations = organisations;
		this.clock = clock;
		this.form = new ChallengeForm(cpv, management.maxBudget(), this::updatePreview);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameter = event.getRouteParameters().get("id");
		try {
			id = parameter.map(value -> new ChallengeId(UUID.fromString(value))).orElse(null);
			challenge = id == null ? null : query.managed(id);
		}
		catch (IllegalArgumentException | ChallengeNotFound | AccessDeniedException unknownOrNotManaged) {
			// Another agency's challenge is not found, like one that does not exist.
			event.rerouteToError(NotFoundException.class);
			return;
		}
		if (challenge != null && challenge.state() != ChallengeState.DRAFT
				&& challenge.state() != ChallengeState.PUBLISHED) {
			event.forwardTo(ChallengeManageView.class, ChallengeNavigation.challenge(challenge.id()));
			return;
		}
		layout();
		// A new draft starts with the standstill period the agency proposes.
		show(challenge == null ? ChallengeDraft.empty()
			.toBuilder()
			.standstillDays(organisations.activeDecisionRules().defaultStandstillDays())
			.build() : challenge.content());
	}

	private void layout() {
		removeAll();
		var published = challenge != null && challenge.state() == ChallengeState.PUBLISHED;
		add(new H1(getTranslation(challenge == null ? "challenge.editor.new"
				: published ? "challenge.editor.amend-heading" : "challenge.editor.edit-heading")));
		if (published) {
			add(notice(getTranslation("challenge.editor.amend-note")));
		}
		var editor = new Div(form.form.summary(), form,
				new ChallengeAttachments(management, query, challenge, changed -> challenge = changed),
				buttons(published));
		editor.addClassName("editor-form");
		var columns = new Div(editor, preview);
		columns.addClassName("editor-columns");
		add(columns);
	}

	private HorizontalLayout buttons(boolean published) {
		var buttons = new HorizontalLayout();
		buttons.setWrap(true);
		if (published) {
			var amend = new Button(getTranslation("challenge.editor.save-amendment"), click -> amend());
			amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			amend.setId("save-amendment");
			buttons.add(amend);
			return buttons;
		}
		var save = new Button(getTranslation("challenge.editor.save-draft"),
				click -> save().ifPresent(saved -> Notifications.success(getTranslation("challenge.editor.saved"))));
		save.setId("save-draft");
		var publish = new Button(getTranslation("challenge.manage.publish"),
				click -> ChallengeQuestions.publish(this, this::publish));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.setId("publish-challenge");
		buttons.add(save, publish);
		if (challenge != null && challenge.actionsAt(clock.instant()).contains(ChallengeAction.DELETE_DRAFT)) {
			var delete = new Button(getTranslation("challenge.editor.delete-draft"), click -> confirmDelete());
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			delete.setId("delete-draft");
			buttons.add(delete);
		}
		return buttons;
	}

	/**
	 * Publishes what the form shows, once the manager confirmed. A draft already saved is
	 * saved first; one never saved is published in one step, so that when it cannot be
	 * published no draft appears by surprise and the problems say what is missing.
	 */
	private void publish() {
		Optional<ChallengeId> published;
		if (id == null) {
			published = form.form.attempt(() -> management.publishNew(agency().id(), form.value()));
		}
		else {
			published = save().filter(saved -> form.form.attempt(() -> management.publish(saved)));
		}
		published.ifPresent(saved -> {
			Notifications.success(getTranslation("challenge.manage.published"));
			getUI().ifPresent(ui -> ui.navigate(ChallengeManageView.class, ChallengeNavigation.challenge(saved)));
		});
	}

	private void confirmDelete() {
		var title = challenge.content().title().isBlank() ? getTranslation("challenge.manage.untitled")
				: challenge.content().title();
		Confirmation.ask(this, getTranslation("challenge.editor.delete-title"),
				getTranslation("challenge.editor.delete-what-happens", title),
				getTranslation("challenge.editor.delete-who-is-told"),
				getTranslation("challenge.editor.delete-confirm"), () -> {
					var deleted = id;
					if (form.form.attempt(() -> management.discardDraft(deleted))) {
						Notifications.success(getTranslation("challenge.editor.deleted", title));
						getUI().ifPresent(ui -> ui.navigate(AgencyDashboardView.class));
					}
				});
	}

	private MyOrganisation agency() {
		return organisations.active()
			.filter(o -> o.kind() == OrganisationKind.AGENCY)
			.orElseThrow(() -> new AccessDeniedException("Not acting for an agency"));
	}

	/**
	 * Saves the draft as it is; returns its id, or nothing when something could not be
	 * saved.
	 */
	private Optional<ChallengeId> save() {
		var created = id == null;
		var saved = form.form.attempt(() -> {
			var draft = form.value();
			if (id == null) {
				return management.createDraft(agency().id(), draft);
			}
			management.updateDraft(id, challenge.version(), draft);
			return id;
		});
		saved.ifPresent(savedId -> {
			id = savedId;
			challenge = query.managed(savedId);
			if (created) {
				getUI().ifPresent(
						ui -> ui.getPage().getHistory().replaceState(null, "agency/challenges/" + savedId + "/edit"));
				layout();
				show(challenge.content());
			}
		});
		return saved;
	}

	private void amend() {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.editor.amend-reason-title"));
		var reason = new TextArea(getTranslation("challenge.manage.public-reason"));
		reason.setHelperText(getTranslation("challenge.editor.amend-reason-help"));
		reason.setMaxLength(Challenge.REASON_MAX_LENGTH);
		reason.setWidthFull();
		reason.setId("amendment-reason");
		form.form.errorsOf("reason", reason);
		var confirm = new Button(getTranslation("challenge.editor.publish-amendment"), click -> {
			if (form.form.attempt(() -> management.amend(id, challenge.version(), form.value(), reason.getValue()))) {
				dialog.close();
				Notifications.success(getTranslation("challenge.editor.amended"));
				getUI().ifPresent(ui -> ui.navigate(ChallengeManageView.class, ChallengeNavigation.challenge(id)));
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.setId("confirm-amendment");
		dialog.add(reason);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	private void show(ChallengeDraft draft) {
		form.read(draft, challenge != null && challenge.criteriaFrozen());
		updatePreview();
	}

	private void updatePreview() {
		preview.show(form);
	}

	private Div notice(String text) {
		var notice = new Div(text);
		notice.addClassName("alert-info");
		notice.getElement().setAttribute("role", "note");
		return notice;
	}

	@Override
	public String getPageTitle() {
		return getTranslation(challenge == null ? "challenge.editor.new" : "challenge.editor.edit-heading")
				+ " · Pilotbridge";
	}

}
