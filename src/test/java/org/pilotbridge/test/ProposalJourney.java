package org.pilotbridge.test;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in company member preparing and submitting a proposal in the browser, for load tests and
 * drills: opens the proposal of a challenge made by {@link TestBidding} (two qualitative criteria),
 * starts it if need be, fills in the form with the price, attaches a PDF through the upload, submits
 * and reads the receipt on screen. {@code ProposalJourneyIT} walks the same path in detail.
 */
public final class ProposalJourney {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	private ProposalJourney() {
	}

	/** What the person was shown once their version was received: its number and digest. */
	public record Receipt(int version, String digest) {
	}

	/**
	 * Submits the next version of the company's proposal for the challenge, with the file added to
	 * those already attached, and returns the receipt the screen shows.
	 */
	public static Receipt submit(Browser browser, String challengeReference, String price, Path file) {
		browser.open("/challenges/" + challengeReference + "/proposal");
		var start = browser.$$("#start-proposal");
		if (!start.isEmpty()) {
			browser.click(start.getFirst());
		}
		browser.$("#proposal-title");
		var version = browser.$$("#versions li.proposal-version").size() + 1;
		if (version == 1) {
			browser.type("#proposal-title", "RouteWise");
			browser.type("#proposal-summary", "Routes planned every week from tap-in data.");
			browser.type("#proposal-approach", "We import the tap-in data, cluster the stops and re-plan the routes each week.");
			browser.type("#proposal-answer-1", "Our algorithm follows the actual ridership of every stop.");
			browser.type("#proposal-answer-2", "Two planners who ran the Ghent pilot.");
			browser.type("#proposal-price", price);
			browser.type("#proposal-vat-rate", "21");
			browser.type("#proposal-timeline-weeks", "10");
			browser.type("#proposal-timeline", "Weeks 1–2 data, 3–8 routes, 9–10 evaluation.");
			browser.type("#proposal-team", "Two planners; references: De Lijn, TEC.");
			for (var declaration : new String[] { "eligibility", "no-conflict", "terms" }) {
				browser.click("#proposal-declaration-" + declaration);
			}
		}
		else {
			browser.type("#proposal-price", price);
		}
		browser.upload("#proposal-upload", file);
		browser.waitForContent("#proposal-files", file.getFileName().toString());
		browser.click("#submit-proposal");
		browser.waitForContent("#receipt", "Receipt of version " + version);
		var digest = DIGEST.matcher(browser.content("#receipt"));
		assertThat(digest.find()).as("a digest on the receipt of version %d", version).isTrue();
		assertThat(browser.errorNotifications()).as("errors shown while submitting").isEmpty();
		return new Receipt(version, digest.group());
	}

}
