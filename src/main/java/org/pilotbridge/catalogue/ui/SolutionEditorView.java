package org.pilotbridge.catalogue.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.catalogue.ManagedSolution;
import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionNotFound;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionState;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * Where the members of a company write a solution profile: its texts, CPV codes,
 * maturity, languages and website, then (once saved) up to three pictures and a brochure.
 * A draft can be saved at any time; submitting it checks that it is complete and sends it
 * to a platform administrator.
 */
@Route(CatalogueNavigation.EDIT_SOLUTION)
@RouteAlias(CatalogueNavigation.NEW_SOLUTION)
@PermitAll
class SolutionEditorView extends WorkspacePage implements BeforeEnterObserver, HasDynamicTitle {

	private final SolutionManagement management;

	private final SolutionQuery query;

	private final SolutionForm form;

	private final SolutionFiles files;

	private @Nullable SolutionId id;

	private @Nullable ManagedSolution solution;

	SolutionEditorView(SolutionManagement management, SolutionQuery query, CpvCatalogue cpv) {
		super("solution-editor");
		this.management = management;
		this.query = query;
		this.form = new SolutionForm(cpv);
		this.files = new SolutionFiles(management, form.name::getValue, this::refresh);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			id = event.getRouteParameters().get("id").map(value -> new SolutionId(UUID.fromString(value))).orElse(null);
			solution = id == null ? null : query.managed(id);
		}
		catch (IllegalArgumentException | SolutionNotFound | AccessDeniedException unknown) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		layout();
		form.read(solution == null ? SolutionProfile.empty() : solution.profile());
	}

	private void layout() {
		removeAll();
		add(new H1(getTranslation(solution == null ? "catalogue.editor.new" : "catalogue.editor.edit-heading")));
		if (solution != null) {
			add(status(solution));
		}
		var editor = new Div(form.form.summary(), form, files.images(this, solution), files.brochure(this, solution),
				buttons());
		editor.addClassName("editor-form");
		add(editor);
	}

	private Div status(ManagedSolution current) {
		var status = new Div(new Span(getTranslation("catalogue.editor.state")), new Span(" "),
				CatalogueBadges.state(current.state(), this));
		status.setId("solution-status");
		status.addClassName("status-line");
		if (current.isPublic()) {
			var online = CatalogueNavigation.solutionPage(current.reference(),
					getTranslation("catalogue.mine.public-page"));
			status.add(new Paragraph(online));
			if (current.state() != SolutionState.PUBLISHED) {
				status.add(new Paragraph(getTranslation("catalogue.mine.older-version-online")));
			}
		}
		var explanation = switch (current.state()) {
			case DRAFT -> getTranslation("catalogue.editor.state-draft");
			case PENDING -> getTranslation("catalogue.editor.state-pending");
			case REJECTED -> getTranslation("catalogue.editor.state-rejected");
			case PUBLISHED -> getTranslation("catalogue.editor.state-published");
		};
		status.add(new Paragraph(explanation));
		if (current.rejectionReason() != null) {
			var reason = new Div(getTranslation("catalogue.mine.refused-because", current.rejectionReason()));
			reason.addClassName("alert-error");
			reason.setId("rejection-reason");
			status.add(reason);
		}
		return status;
	}

	private HorizontalLayout buttons() {
		var save = new Button(getTranslation("catalogue.editor.save-draft"), click -> save().ifPresent(saved -> {
			Notifications.success(getTranslation("catalogue.editor.saved"));
			refresh();
		}));
		save.setId("save-solution");
		var submit = new Button(getTranslation("catalogue.editor.submit"), click -> save().ifPresent(saved -> {
			var submitted = solution != null && solution.state() == SolutionState.PENDING
					|| form.form.attempt(() -> management.submit(saved));
			if (submitted) {
				Notifications.success(getTranslation("catalogue.editor.submitted"));
				getUI().ifPresent(ui -> ui.navigate(MySolutionsView.class));
			}
			else {
				refresh();
			}
		}));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.setId("submit-solution");
		var buttons = new HorizontalLayout(save, submit);
		buttons.setWrap(true);
		if (solution != null && solution.isPublic()) {
			var withdraw = new Button(getTranslation("catalogue.editor.withdraw"), click -> {
				management.withdraw(id);
				Notifications.success(getTranslation("catalogue.editor.withdrawn"));
				refresh();
			});
			withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			withdraw.setId("withdraw-solution");
			buttons.add(withdraw);
		}
		return buttons;
	}

	/**
	 * Saves the working version; its id, or nothing when something could not be saved.
	 */
	private Optional<SolutionId> save() {
		var created = id == null;
		var saved = form.form.attempt(() -> {
			var profile = form.value();
			if (id == null) {
				var company = query.mine().company();
				if (company == null) {
					throw new AccessDeniedException("Not acting for a company");
				}
				return management.create(company, profile);
			}
			management.update(id, solution.version(), profile);
			return id;
		});
		saved.ifPresent(savedId -> {
			id = savedId;
			solution = query.managed(savedId);
			if (created) {
				getUI().ifPresent(
						ui -> ui.getPage().getHistory().replaceState(null, "company/solutions/" + savedId + "/edit"));
				layout();
				form.read(solution.profile());
			}
		});
		return saved;
	}

	/** Shows the saved solution again around what is typed now. */
	private void refresh() {
		if (id != null) {
			solution = query.managed(id);
			layout();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation(solution == null ? "catalogue.editor.new" : "catalogue.editor.edit-heading")
				+ " · Pilotbridge";
	}

}
