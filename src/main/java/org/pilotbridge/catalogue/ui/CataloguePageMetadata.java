package org.pilotbridge.catalogue.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.ui.PageDescription;

/**
 * Puts the title, description and Open Graph and Twitter tags of a consultation into the HTML the
 * server sends for its page, so that shared links preview properly and search engines read them
 * without running the application. The solutions' pages are the public site's ({@code catalogue.web}).
 */
@Component
class CataloguePageMetadata implements VaadinServiceInitListener {

	private static final Pattern CONSULTATION_PAGE = Pattern.compile("^/?consultations/([A-Za-z0-9-]{1,20})/?$");

	private final ConsultationQuery consultations;

	private final PublicLinks links;

	CataloguePageMetadata(ConsultationQuery consultations, PublicLinks links) {
		this.consultations = consultations;
		this.links = links;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		PageDescription.describePages(event, CONSULTATION_PAGE, reference -> consultations.byReference(reference)
			.map(found -> new PageDescription(found.title(), found.description(),
					links.to(ConsultationQuery.pathOf(found.reference())), found.language().code(), null)));
	}

}
