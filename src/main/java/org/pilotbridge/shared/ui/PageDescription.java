package org.pilotbridge.shared.ui;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.DatabaseOutage;

/**
 * What a public page says of itself in the HTML the server sends for it: its title,
 * description, canonical address, language and image, as the title, description, Open
 * Graph and Twitter tags that search engines and link previews read without running the
 * application.
 *
 * @param title the page's title, without the site's name
 * @param url the page's canonical address
 * @param language the code of the page's language, when it has one
 * @param image the address of the picture a link preview shows, when there is one
 */
public record PageDescription(String title, String description, String url, @Nullable String language,
		@Nullable String image) {

	/**
	 * Describes every page whose path matches the pattern with what {@code describe}
	 * finds for the pattern's first group (a reference). Without its database the page
	 * still loads, without its description, and says why.
	 */
	public static void describePages(ServiceInitEvent event, Pattern path,
			Function<String, Optional<PageDescription>> describe) {
		event.addIndexHtmlRequestListener(response -> {
			var requested = response.getVaadinRequest().getPathInfo();
			var page = path.matcher(requested == null ? "" : requested);
			if (page.matches()) {
				DatabaseOutage.skipIfUnreachable(() -> describe.apply(page.group(1))
					.ifPresent(description -> description.writeTo(response.getDocument())));
			}
		});
	}

	void writeTo(Document document) {
		var head = document.head();
		head.select("title").remove();
		head.appendElement("title").text(title + " · Pilotbridge");
		meta(head, "name", "description", description);
		meta(head, "property", "og:type", "article");
		meta(head, "property", "og:site_name", "Pilotbridge");
		meta(head, "property", "og:title", title);
		meta(head, "property", "og:description", description);
		meta(head, "property", "og:url", url);
		if (language != null) {
			meta(head, "property", "og:locale", language);
		}
		meta(head, "name", "twitter:card", image == null ? "summary" : "summary_large_image");
		meta(head, "name", "twitter:title", title);
		meta(head, "name", "twitter:description", description);
		if (image != null) {
			meta(head, "property", "og:image", image);
			meta(head, "name", "twitter:image", image);
		}
		head.select("link[rel=canonical]").remove();
		head.appendElement("link").attr("rel", "canonical").attr("href", url);
	}

	private static void meta(Element head, String attribute, String name, String content) {
		head.select("meta[" + attribute + "=" + name.replace(":", "\\:") + "]").remove();
		head.appendElement("meta").attr(attribute, name).attr("content", content);
	}

}
