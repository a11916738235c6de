package org.pilotbridge.catalogue.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.PublicLinks;

/**
 * Puts the title, description and Open Graph and Twitter tags of a solution or a consultation into
 * the HTML the server sends for its page (with the solution's first picture as preview image), so
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
		// Without its database the page still loads, without its description, and says why.
		event.addIndexHtmlRequestListener(response -> DatabaseOutage.skipIfUnreachable(() -> {
			var path = response.getVaadinRequest().getPathInfo();
			var solution = SOLUTION_PAGE.matcher(path == null ? "" : path);
			if (solution.matches()) {
				solutions.byReference(solution.group(1)).ifPresent(found -> describe(response.getDocument(),
						found.name(), found.description(), links.to(found.path()),
						found.images().isEmpty() ? null
								: links.to(CatalogueNavigation.imagePath(found.reference(), found.images().get(0))),
						found.languages().isEmpty() ? "en" : found.languages().get(0).code()));
			}
			var consultation = CONSULTATION_PAGE.matcher(path == null ? "" : path);
			if (consultation.matches()) {
				consultations.byReference(consultation.group(1)).ifPresent(found -> describe(response.getDocument(),
						found.title(), found.description(), links.to(ConsultationQuery.pathOf(found.reference())), null,
						found.language().code()));
			}
		}));
	}

	private static void describe(Document document, String title, String description, String url,
			@org.jspecify.annotations.Nullable String image, String language) {
		var head = document.head();
		head.select("title").remove();
		head.appendElement("title").text(title + " · Pilotbridge");
		meta(head, "name", "description", description);
		meta(head, "property", "og:type", "article");
		meta(head, "property", "og:site_name", "Pilotbridge");
		meta(head, "property", "og:title", title);
		meta(head, "property", "og:description", description);
		meta(head, "property", "og:url", url);
		meta(head, "property", "og:locale", language);
		meta(head, "name", "twitter:card", image == null ? "summary" : "summary_large_image");
		meta(head, "name", "twitter:title", title);
		meta(head, "name", "twitter:description", description);
		if (image != null) {
			meta(head, "property", "og:image", image);
			meta(head, "name", "twitter:image", image);
		}
		head.appendElement("link").attr("rel", "canonical").attr("href", url);
	}

	private static void meta(Element head, String attribute, String name, String content) {
		head.select("meta[" + attribute + "=" + name.replace(":", "\\:") + "]").remove();
		head.appendElement("meta").attr(attribute, name).attr("content", content);
	}

}
