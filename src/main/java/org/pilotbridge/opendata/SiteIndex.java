package org.pilotbridge.opendata;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.pilotbridge.catalogue.SolutionDirectory;
import org.pilotbridge.consultation.ConsultationDirectory;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.PublicPaths;

/**
 * What search engines read: {@code /sitemap.xml} lists the home page, the public list of
 * challenges and the page of every public challenge with the date of its latest release,
 * each in the four languages of the public site with its alternates
 * ({@code xhtml:link hreflang}), the solutions catalogue and the page of every solution
 * in it with the date its version online was approved, the market consultations and the
 * page of each with the date it was published or closed, the results section and every
 * published pilot result with the date of its publication, all of them in the four
 * languages of the public site with their alternates, and {@code /robots.txt} points to
 * it. A sitemap holds at most 50,000 addresses (some 12,000 challenges in four
 * languages); an index of several sitemaps will be needed beyond that.
 */
@RestController
@Tag(name = "Sitemap", description = "For search engines")
class SiteIndex {

	private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

	private final OcdsReleases releases;

	private final SolutionDirectory solutions;

	private final ConsultationDirectory consultations;

	private final PublicResults results;

	private final PublicLinks links;

	SiteIndex(OcdsReleases releases, SolutionDirectory solutions, ConsultationDirectory consultations,
			PublicResults results, PublicLinks links) {
		this.releases = releases;
		this.solutions = solutions;
		this.consultations = consultations;
		this.results = results;
		this.links = links;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "The sitemap",
			description = "Every public challenge, solution, consultation and pilot results page, with the date it last changed.")
	String sitemap() throws XMLStreamException {
		var out = new StringWriter();
		var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
		xml.writeNamespace("xhtml", XHTML_NAMESPACE);
		var latest = releases.latestDate().orElse(null);
		inEveryLanguage(xml, PublicPages.HOME, latest);
		inEveryLanguage(xml, PublicPages.CHALLENGES, latest);
		releases.eachReference(process -> {
			try {
				inEveryLanguage(xml, PublicPages.CHALLENGES + "/" + process.reference(), process.lastUpdated());
			}
			catch (XMLStreamException e) {
				throw new IllegalStateException(e);
			}
		});
		var listed = solutions.published();
		inEveryLanguage(xml, PublicPages.SOLUTIONS, listed.isEmpty() ? null : listed.get(0).lastModified());
		for (var solution : listed) {
			inEveryLanguage(xml, solution.path(), solution.lastModified());
		}
		var consulted = consultations.published();
		inEveryLanguage(xml, PublicPages.CONSULTATIONS, consulted.isEmpty() ? null : consulted.get(0).lastModified());
		for (var consultation : consulted) {
			inEveryLanguage(xml, consultation.path(), consultation.lastModified());
		}
		var published = results.published();
		inEveryLanguage(xml, PublicPages.RESULTS, published.isEmpty() ? null : published.get(0).publishedAt());
		for (var pilot : published) {
			inEveryLanguage(xml, pilot.path(), pilot.publishedAt());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Rules for crawlers",
			description = "Everything may be crawled but the API and the way into the workspace; the sitemap lists the challenges and solutions.")
	String robots() {
		return """
				User-agent: *
				Disallow: /api/
				Disallow: /sign-in
				Sitemap: %s
				""".formatted(links.to("/sitemap.xml"));
	}

	/**
	 * A page of the public site in each language, each naming all of them (and
	 * {@code x-default}) as its alternates, as search engines read them.
	 */
	private void inEveryLanguage(XMLStreamWriter xml, String path, @Nullable Instant lastModified)
			throws XMLStreamException {
		for (var language : Language.values()) {
			xml.writeStartElement("url");
			location(xml, links.to(language, path), lastModified);
			for (var alternate : Language.values()) {
				alternate(xml, alternate.code(), links.to(alternate, path));
			}
			alternate(xml, "x-default", links.to(PublicPaths.DEFAULT_LANGUAGE, path));
			xml.writeEndElement();
		}
	}

	private static void alternate(XMLStreamWriter xml, String language, String location) throws XMLStreamException {
		xml.writeEmptyElement(XHTML_NAMESPACE, "link");
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", language);
		xml.writeAttribute("href", location);
	}

	private static void url(XMLStreamWriter xml, String location, @Nullable Instant lastModified)
			throws XMLStreamException {
		xml.writeStartElement("url");
		location(xml, location, lastModified);
		xml.writeEndElement();
	}

	private static void location(XMLStreamWriter xml, String location, @Nullable Instant lastModified)
			throws XMLStreamException {
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
			xml.writeEndElement();
		}
	}

}
