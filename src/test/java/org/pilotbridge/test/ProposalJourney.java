package org.pilotbridge.test;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in company member preparing and submitting a proposal in the browser, for load
 * tests and drills: opens the proposal of a challenge made by {@link TestBidding} (two
 * qualitative criteria), starts it if need be, fills in the form with the price, attaches
 * a PDF through the upload, submits and reads the receipt on screen.
 * {@code ProposalJourneyIT} walks the same path in detail.
 */
public final class ProposalJourney {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	/**
	 * The start of what the person is told when the server takes no more uploads for now.
	 */
	private static final String BUSY = "Too many files are being uploaded right now";

	/**
	 * How many times a person tries again when told that the server is busy with other
	 * uploads.
	 */
	private static final int UPLOAD_ATTEMPTS = 20;

	private ProposalJourney() {
	}

	/**
	 * What the person was shown once their version was received: its number and digest.
	 */
	public record Receipt(int version, String digest) {
	}

	/**
	 * Submits the next version of the company's proposal for the challenge, with the file
	 * added to those already attached, and returns the receipt the screen shows.
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
			browser.type("#proposal-approach",
					"We import the tap-in data, cluster the stops and re-plan the routes each week.");
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
		upload(browser, file);
		browser.click("#submit-proposal");
		browser.waitForContent("#receipt", "Receipt of version " + version);
		var digest = DIGEST.matcher(browser.content("#receipt"));
		assertThat(digest.find()).as("a digest on the receipt of version %d", version).isTrue();
		assertThat(browser.errorNotifications()).as("errors shown while submitting").isEmpty();
		return new Receipt(version, digest.group());
	}

	/**
	 * Uploads the file and waits until it is listed; told that too many files are being
	 * uploaded at once on the server, tries again, as the message asks.
	 */
	private static void upload(Browser browser, Path file) {
		var name = file.getFileName().toString();
		for (int attempt = 1; attempt <= UPLOAD_ATTEMPTS; attempt++) {
			browser.upload("#proposal-upload", file);
			// The upload's list empties once the application has said what became of the
			// file.
			browser.waiting()
				.until(d -> Long.valueOf(0)
					.equals(browser.deepScript("return document.querySelector('#proposal-upload').files.length;")));
			if (browser.content("#proposal-files").contains(name)) {
				return;
			}
			assertThat(browser.content("#proposal-attachments-error")).as("why %s was not attached", name)
				.contains(BUSY);
		}
		throw new AssertionError("The server stayed busy for " + UPLOAD_ATTEMPTS + " uploads of " + name);
	}

}
