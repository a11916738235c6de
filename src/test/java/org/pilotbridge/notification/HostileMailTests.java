package org.pilotbridge.notification;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import org.pilotbridge.security.HostileCorpus;
import org.pilotbridge.security.SecuritySuiteTest;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type reaches e-mails as the names of challenges, organisations and people,
 * and as the reasons managers give (an amendment, a removal from a panel): every value of
 * the hostile corpus is shown as text in the HTML part (no element of its own), and never
 * breaks the subject into a second header line.
 */
@SecuritySuiteTest
class HostileMailTests {

	@Autowired
	MailComposer composer;

	@Autowired
	PublicLinks links;

	/**
	 * Mails and how many texts people typed their bodies show: a challenge's amendment, a
	 * removal from a panel with its reason.
	 */
	private static final Map<String, Integer> KINDS = Map.of("challenge-amended", 2, "evaluation-removed", 4);

	@Test
	void showsEveryValueAsTextAndKeepsTheSubjectOnOneLine() {
		SecurityContextHolder.clearContext();
		KINDS.forEach((kind, texts) -> {
			for (var payload : HostileCorpus.values().entrySet()) {
				var value = payload.getValue();
				var what = kind + " / " + payload.getKey();
				var mail = composer.compose(new MailComposer.MailRequest("reader@test.example", value, Language.ENGLISH,
						kind, List.of(value), Collections.nCopies(texts, value),
						"challenge-amended".equals(kind) ? "https://pilotbridge.example/challenges/CH-2026-0001" : null,
						false, what));

				assertThat(mail.subject()).as(what).doesNotContain("\r", "\n");
				var html = Jsoup.parse(mail.html());
				assertThat(html.select("script, img, svg, iframe, style, object, form")).as(what).isEmpty();
				assertThat(html.select("a")).as(what)
					.allSatisfy(link -> assertThat(link.attr("href"))
						.isIn("https://pilotbridge.example/challenges/CH-2026-0001", links.base()));
				html.getAllElements()
					.forEach(element -> element.attributes()
						.forEach(attribute -> assertThat(attribute.getKey()).as(what).doesNotStartWith("on")));
				if (!payload.getKey().contains("control") && !payload.getKey().contains("surrogate")
						&& !payload.getKey().contains("header")) {
					var asText = new org.jsoup.nodes.Element("p").text(value).text();
					assertThat(html.body().text()).as(what).contains(asText);
				}
			}
		});
	}

}
