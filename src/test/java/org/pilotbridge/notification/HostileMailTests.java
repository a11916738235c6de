package org.pilotbridge.notification;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.pilotbridge.security.SecuritySuiteTest;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type reaches e-mails as the names of challenges, organisations and people: every value
 * of the hostile corpus is shown as text in the HTML part (no element of its own), and never breaks
 * the subject into a second header line.
 */
@SecuritySuiteTest
class HostileMailTests {

	@Autowired
	MailComposer composer;

	@Autowired
	org.pilotbridge.shared.PublicLinks links;

	@Test
	void showsEveryValueAsTextAndKeepsTheSubjectOnOneLine() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		for (var payload : org.pilotbridge.security.HostileCorpus.values().entrySet()) {
			var value = payload.getValue();
			var mail = composer.compose(new MailComposer.MailRequest("reader@test.example", value, Language.ENGLISH,
					"challenge-amended", List.of(value), List.of(value, value), "https://pilotbridge.example/challenges/CH-2026-0001",
					false, payload.getKey()));

			assertThat(mail.subject()).as(payload.getKey()).doesNotContain("\r", "\n");
			var html = Jsoup.parse(mail.html());
			assertThat(html.select("script, img, svg, iframe, style, object, form")).as(payload.getKey()).isEmpty();
			assertThat(html.select("a")).as(payload.getKey()).allSatisfy(link -> assertThat(link.attr("href"))
				.isIn("https://pilotbridge.example/challenges/CH-2026-0001", links.base()));
			html.getAllElements().forEach(element -> element.attributes()
				.forEach(attribute -> assertThat(attribute.getKey()).as(payload.getKey()).doesNotStartWith("on")));
			if (!payload.getKey().contains("control") && !payload.getKey().contains("surrogate")
					&& !payload.getKey().contains("header")) {
				var asText = new org.jsoup.nodes.Element("p").text(value).text();
				assertThat(html.body().text()).as(payload.getKey()).contains(asText);
			}
		}
	}

}
