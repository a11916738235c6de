package org.pilotbridge.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.pilotbridge.security.HostileCorpus;
import org.pilotbridge.shared.PreviewCard.Fact;
import org.pilotbridge.shared.PreviewCard.Line;
import org.pilotbridge.shared.PreviewCard.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The picture of a link preview: a PNG of 1200 × 630 pixels whose lines are the texts
 * given, drawn where the layout says, long texts cut, hostile texts drawn without
 * failing.
 */
class PreviewCardTests {

	private static final PreviewCard CHALLENGE = new PreviewCard("Challenge · CH-2026-0042",
			"Smarter school bus routes", "City of Ghent", "",
			List.of(new Fact("Budget cap", "€25,000.00 excluding VAT"),
					new Fact("Deadline for proposals", "15 January 2027")));

	@Test
	void isAPngOf1200By630WithTheTextsDrawnWhereTheLayoutSays() throws IOException {
		var image = decode(CHALLENGE.png());

		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		var lines = CHALLENGE.lines();
		assertThat(lines).extracting(Line::text)
			.containsSubsequence("Challenge · CH-2026-0042", "Smarter school bus routes", "City of Ghent", "Budget cap",
					"€25,000.00 excluding VAT", "Deadline for proposals", "15 January 2027", "Pilotbridge");
		for (var line : lines) {
			assertThat(inkAbove(image, line)).as("pixels of the text of %s", line)
				.isGreaterThan(line.text().length() * 5);
		}
	}

	@Test
	void drawsTheSameCardTheSameWaySoThatItsETagStaysTheSame() {
		assertThat(CHALLENGE.png()).isEqualTo(CHALLENGE.png());
		var other = new PreviewCard(CHALLENGE.kicker(), CHALLENGE.title(), CHALLENGE.subtitle(), "",
				List.of(new Fact("Budget cap", "€26,000.00 excluding VAT")));
		assertThat(other.png()).isNotEqualTo(CHALLENGE.png());
	}

	@Test
	void wrapsALongTitleOverThreeLinesAndEndsItWithAnEllipsis() {
		var title = "A very long title about the routes of school buses in every village of the province and the "
				+ "timetables of the families who depend on them, with many more words than any card can hold";
		var card = new PreviewCard("Challenge", title,
				"An agency with an extraordinarily long official name that goes on "
						+ "and on well beyond the width of the card",
				"", List.of());

		var titleLines = card.lines().stream().filter(line -> line.part() == Part.TITLE).map(Line::text).toList();
		assertThat(titleLines).hasSize(3);
		assertThat(titleLines.get(0)).startsWith("A very long title");
		assertThat(titleLines.get(2)).endsWith("…");
		assertThat(String.join(" ", titleLines).replace("…", "")).isSubstringOf(title);
		assertThat(card.lines()).filteredOn(line -> line.part() == Part.SUBTITLE)
			.singleElement()
			.satisfies(subtitle -> assertThat(subtitle.text()).endsWith("…").startsWith("An agency"));
	}

	@Test
	void breaksAWordWiderThanALine() {
		var card = new PreviewCard("", "x".repeat(200), "", "", List.of());

		var titleLines = card.lines().stream().filter(line -> line.part() == Part.TITLE).map(Line::text).toList();
		assertThat(titleLines).hasSizeBetween(2, 3);
		assertThat(titleLines.get(0)).matches("x+");
	}

	@Test
	void drawsEveryHostileTextWithoutFailingAndDropsWhatCouldDisguiseIt() throws IOException {
		for (var payload : HostileCorpus.values().entrySet()) {
			var text = payload.getValue();
			var card = new PreviewCard(text, text, text, text, List.of(new Fact(text, text), new Fact(text, text)));

			assertThat(decode(card.png()).getWidth()).as(payload.getKey()).isEqualTo(1200);
			assertThat(card.lines()).as(payload.getKey())
				.allSatisfy(line -> assertThat(line.text()).doesNotContain("\u202E", "\u200B", "\u0000", "\n"));
		}
		var script = new PreviewCard("", "<script>window.pwned=1</script>", "", "", List.of());
		assertThat(script.lines()).extracting(Line::text).contains("<script>window.pwned=1</script>");
		var rtl = new PreviewCard("", "invoice\u202Efdp.exe", "", "", List.of());
		assertThat(rtl.lines()).extracting(Line::text).contains("invoicefdp.exe");
		var emoji = new PreviewCard("", "Bus \uD83D\uDE8C", "", "", List.of());
		assertThat(emoji.lines()).extracting(Line::text).contains("Bus ?");
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	/** How many pixels differ from the background just above the baseline of the line. */
	private static int inkAbove(BufferedImage image, Line line) {
		var ink = 0;
		var top = Math.max(0, line.baseline() - line.size() * 3 / 4);
		for (int y = top; y < line.baseline(); y++) {
			for (int x = line.x(); x < PreviewCard.WIDTH; x++) {
				var rgb = image.getRGB(x, y) & 0xffffff;
				if (rgb != 0xffffff && rgb != (PreviewCardLayout.TINT.getRGB() & 0xffffff)) {
					ink++;
				}
			}
		}
		return ink;
	}

}
