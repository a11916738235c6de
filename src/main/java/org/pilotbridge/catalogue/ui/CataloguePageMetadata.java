package org.pilotbridge.catalogue.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.ui.PageDescription;

/**
 * Puts the title, description and Open Graph and Twitter tags of a solution or a consultation into
 * the HTML the server sends for its page (with the solution's first picture as preview image, or the picture {@code SolutionCards} draws when it has none), so
 * that shared links preview properly and search engines read them without running the application.
 */
@Component
class CataloguePageMetadata implements VaadinServiceInitListener {

	private static final Pattern SOLUTION_PAGE = Pattern.compile("^/?solutions/([a-z0-9-]{1,80})/?$");

	private static final Pattern CONSULTATION_PAGE = Pattern.compile("^/?consultations/([A-Za-z0-9-]{1,20})/?$");

	private final SolutionQuery solutions;

	private final ConsultationQuery consultations;

	private final PublicLinks links;

	CataloguePageMetadata(SolutionQuery solutions, ConsultationQuery consultations, PublicLinks links) {
		this.solutions = solutions;
		this.consultations = consultations;
		this.links = links;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		PageDescription.describePages(event, SOLUTION_PAGE, reference -> solutions.byReference(reference)
			.map(found -> new PageDescription(found.name(), found.description(), links.to(found.path()),
					found.languages().isEmpty() ? "en" : found.languages().get(0).code(),
					found.images().isEmpty() ? links.to("/cards/solutions/" + found.reference() + ".png")
							: links.to(CatalogueNavigation.imagePath(found.reference(), found.images().get(0))))));
		PageDescription.describePages(event, CONSULTATION_PAGE, reference -> consultations.byReference(reference)
			.map(found -> new PageDescription(found.title(), found.description(),
					links.to(ConsultationQuery.pathOf(found.reference())), found.language().code(), null)));
	}

}
