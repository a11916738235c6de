package org.pilotbridge.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.pilotbridge.opendata.OpenDataScenarios.Case;
import org.pilotbridge.opendata.OpenDataScenarios.EveryState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap lists the home page, the public list and every public challenge page, with
 * absolute addresses and the date each last changed, in each language of the public site
 * with its alternates; robots.txt points to it.
 */
class SitemapTests extends OpenDataWebTest {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private EveryState every;

	@BeforeEach
	void makeChallengesInEveryState() {
		every = scenarios.everyState();
	}

	@Test
	void listsEveryPublicChallengeWithTheDateItLastChanged() throws Exception {
		var response = get("/sitemap.xml");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));

		var root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(NAMESPACE);
		assertThat(root.getLocalName()).isEqualTo("urlset");
		var urls = new HashMap<String, String>();
		var nodes = root.getElementsByTagNameNS(NAMESPACE, "url");
		for (var i = 0; i < nodes.getLength(); i++) {
			var url = (Element) nodes.item(i);
			var lastmod = url.getElementsByTagNameNS(NAMESPACE, "lastmod");
			urls.put(url.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent(),
					lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
		}
		var base = "http://localhost:" + port;
		assertThat(urls).containsKeys(base + "/", base + "/challenges", base + "/solutions", base + "/consultations");
		assertThat(urls.size()).isLessThanOrEqualTo(50_000);
		for (var made : every.published()) {
			var releases = json("/api/ocds/records/" + scenarios.ocid(made)).at("/records/0/releases");
			var latest = Instant.parse(releases.get(releases.size() - 1).path("date").asString());
			assertThat(urls).containsEntry(base + "/challenges/" + made.reference(), latest.toString());
		}
		assertThat(urls.keySet()).allSatisfy(location -> assertThat(location).startsWith(base + "/"));
		var open = every.get(Case.PUBLISHED).reference();
		assertThat(urls).containsKeys(base + "/fr", base + "/nl/challenges", base + "/de/challenges/" + open);
		for (var i = 0; i < nodes.getLength(); i++) {
			var url = (Element) nodes.item(i);
			var location = url.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent();
			if (location.contains("/challenges/" + open)) {
				var alternates = url.getElementsByTagNameNS(XHTML, "link");
				var languages = new HashMap<String, String>();
				for (var j = 0; j < alternates.getLength(); j++) {
					var link = (Element) alternates.item(j);
					languages.put(link.getAttribute("hreflang"), link.getAttribute("href"));
				}
				assertThat(languages).as("the alternates of %s", location)
					.containsEntry("en", base + "/challenges/" + open)
					.containsEntry("fr", base + "/fr/challenges/" + open)
					.containsEntry("nl", base + "/nl/challenges/" + open)
					.containsEntry("de", base + "/de/challenges/" + open)
					.containsEntry("x-default", base + "/challenges/" + open);
			}
		}
		assertThat(response.body()).doesNotContain("DRAFT SECRET", every.get(Case.DRAFT).id().toString());
	}

	@Test
	void pointsCrawlersToTheSitemap() {
		var robots = get("/robots.txt");

		assertThat(robots.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(robots.body()).contains("User-agent: *", "Sitemap: http://localhost:" + port + "/sitemap.xml");
	}

}
