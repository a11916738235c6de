package org.pilotbridge.shared;

import java.util.List;

/**
 * The picture a link preview shows for a public page ({@code og:image}): 1200 × 630
 * pixels, drawn on the server in the site's colours with Liberation Sans, the font of the
 * PDF documents, so that it looks the same on every machine. The calling module passes
 * texts already translated and formatted; the card only lays them out: a title wrapped
 * over up to three lines, the last one cut with an ellipsis, and every other line cut
 * likewise. Any text can be drawn: characters the font lacks are drawn as {@code ?},
 * control and invisible formatting characters are dropped.
 *
 * @param kicker a short line above the title, such as {@code Challenge · CH-2026-0042}
 * @param title the name of what the page shows
 * @param subtitle one line under the title: who published it
 * @param text a short plain text under it (a pitch), drawn on up to two lines; empty for
 * none
 * @param facts up to three labelled values along the bottom (a budget cap, a deadline, an
 * outcome)
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
public record PreviewCard(String kicker, String title, String subtitle, String text, List<Fact> facts) {

	public static final int WIDTH = 1200;

	public static final int HEIGHT = 630;

	public static final int MAX_FACTS = 3;

	public PreviewCard {
		facts = List.copyOf(facts.subList(0, Math.min(facts.size(), MAX_FACTS)));
	}

	/** The card as the bytes of a PNG file. */
	public byte[] png() {
		return PreviewCardLayout.INSTANCE.render(this);
	}

	/**
	 * Every line of text as the card draws it, in drawing order: what a test can read
	 * back.
	 */
	public List<Line> lines() {
		return PreviewCardLayout.INSTANCE.layOut(this);
	}

	/** A value with its label, such as "Budget cap" and "EUR 30,000.00 excluding VAT". */
	public record Fact(String label, String value) {
	}

	/**
	 * One line of text on the card.
	 *
	 * @param x the left edge, in pixels
	 * @param baseline the baseline, in pixels from the top
	 * @param size the font size, in pixels
	 */
	public record Line(Part part, String text, int x, int baseline, int size, boolean bold) {
	}

	/** What a line is part of. */
	public enum Part {

		KICKER, TITLE, SUBTITLE, TEXT, FACT_LABEL, FACT_VALUE, SITE

	}

}
