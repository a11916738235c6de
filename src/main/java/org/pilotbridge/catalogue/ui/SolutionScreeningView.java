package org.pilotbridge.catalogue.ui;

import java.time.ZoneId;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.catalogue.SolutionScreening.PendingSolution;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.ReasonDialog;
import org.pilotbridge.shared.ui.RichText;
import org.pilotbridge.shared.ui.Times;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * For platform administrators: the solution versions waiting for screening, each as the
 * company wrote it, to publish or to refuse with a reason the company sees.
 */
@Route(CatalogueNavigation.SCREENING)
@Menu(order = 20, title = "catalogue.menu.screening", icon = "vaadin:check-square-o")
@RolesAllowed("PLATFORM_ADMIN")
class SolutionScreeningView extends WorkspacePage implements AfterNavigationObserver, HasDynamicTitle {

	private final SolutionScreening screening;

	private final CpvCatalogue cpv;

	SolutionScreeningView(SolutionScreening screening, CpvCatalogue cpv) {
		this.screening = screening;
		this.cpv = cpv;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		refresh();
	}

	private void refresh() {
		removeAll();
		add(new H1(getTranslation("catalogue.screening.title")),
				new Paragraph(getTranslation("catalogue.screening.intro")));
		var pending = screening.pending();
		if (pending.isEmpty()) {
			add(new Paragraph(getTranslation("catalogue.screening.none")));
		}
		pending.forEach(solution -> add(card(solution)));
	}

	private Article card(PendingSolution solution) {
		var profile = solution.profile();
		var card = new Article(new H2(profile.name()),
				new Paragraph(getTranslation("catalogue.screening.submitted-by", solution.companyName(),
						Times.dateTime(solution.submittedAt(), ZoneId.of("Europe/Brussels"), getLocale()))));
		card.addClassNames("card", "screening-card");
		card.setId("screening-" + solution.reference());
		if (solution.published()) {
			var note = new Div(getTranslation("catalogue.screening.update-of-published"));
			note.addClassName("alert-info");
			card.add(note);
		}
		card.add(new Paragraph(profile.pitch()));
		card.add(new H3(getTranslation("catalogue.field.description")), RichText.ofMarkdown(profile.description()));
		card.add(new H3(getTranslation("catalogue.field.problemsSolved")),
				RichText.ofMarkdown(profile.problemsSolved()));
		if (!profile.customerReferences().isBlank()) {
			card.add(new H3(getTranslation("catalogue.field.customerReferences")),
					RichText.ofMarkdown(profile.customerReferences()));
		}
		card.add(new Paragraph(getTranslation("catalogue.field.cpvCodes") + ": "
				+ profile.cpvCodes().stream().map(cpv::describe).collect(Collectors.joining("; "))));
		card.add(new Paragraph(getTranslation("catalogue.solution.maturity") + ": "
				+ (profile.trl() == null ? "" : CatalogueBadges.readiness(profile.trl(), this))));
		card.add(new Paragraph(getTranslation("catalogue.solution.languages") + ": "
				+ profile.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
		if (profile.website() != null) {
			var website = new Anchor(profile.website(), profile.website());
			website.getElement().setAttribute("rel", "nofollow noopener noreferrer");
			website.setRouterIgnore(true);
			card.add(new Paragraph(website));
		}
		addFiles(card, solution);
		var publish = new Button(getTranslation("catalogue.screening.publish"), click -> approve(solution));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.setAriaLabel(getTranslation("catalogue.screening.publish-named", profile.name()));
		publish.addClassName("publish-solution");
		var reject = new Button(getTranslation("catalogue.screening.reject"), click -> reject(solution));
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
		reject.setAriaLabel(getTranslation("catalogue.screening.reject-named", profile.name()));
		reject.addClassName("reject-solution");
		card.add(new HorizontalLayout(publish, reject));
		return card;
	}

	/** The pictures and the brochure, as the catalogue would show them. */
	private void addFiles(Article card, PendingSolution solution) {
		var total = solution.images().size();
		if (total > 0) {
			var gallery = new Div();
			gallery.addClassName("gallery");
			for (var i = 0; i < total; i++) {
				gallery.add(new Image(CatalogueNavigation.imagePath(solution.reference(), solution.images().get(i)),
						getTranslation("catalogue.solution.picture", solution.profile().name(), i + 1, total)));
			}
			card.add(gallery);
		}
		if (solution.brochure() != null) {
			var brochure = new Anchor(CatalogueNavigation.brochurePath(solution.reference(), solution.brochure()),
					getTranslation("catalogue.field.brochure"));
			brochure.setRouterIgnore(true);
			card.add(new Paragraph(brochure));
		}
	}

	private void approve(PendingSolution solution) {
		try {
			screening.approve(solution.id(), solution.version());
			Notifications.success(getTranslation("catalogue.screening.published", solution.profile().name()));
		}
		catch (InvalidInput invalid) {
			Notifications.error(getTranslation(invalid.problems().get(0).messageKey()));
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(getTranslation("error.changed-meanwhile"));
		}
		refresh();
	}

	private void reject(PendingSolution solution) {
		new ReasonDialog(getTranslation("catalogue.screening.reject-named", solution.profile().name()),
				getTranslation("catalogue.screening.reason"), getTranslation("catalogue.screening.reason-help"),
				Solution.REASON_MAX_LENGTH, getTranslation("catalogue.screening.reject"), reason -> {
					screening.reject(solution.id(), solution.version(), reason);
					Notifications.success(getTranslation("catalogue.screening.rejected", solution.profile().name()));
					refresh();
				})
			.afterConflict(this::refresh)
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.screening.title") + " · Pilotbridge";
	}

}
