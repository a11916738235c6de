package org.pilotbridge.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.pilotbridge.identity.PersonId;

/**
 * The access matrix's dimension "who holds the token": for every link that carries a
 * secret and is meant for one person, what each role gets when it follows the link
 * instead of its addressee, what the addressee gets, and what the addressee gets
 * following it again. Kept apart from {@link AccessMatrix} so that the two tables change
 * independently; {@link TokenHolderTests} proves every cell, each attempt for real (not
 * rolled back), and checks that a refused attempt changed nothing.
 * <p>
 * Links of the built-in provider's account pages (address confirmation, password reset)
 * prove that their holder reads the mailbox they were sent to: they are bearer secrets by
 * design, single-use and short-lived, and proven so by
 * {@code LocalAccountIntegrationTests} and {@code AccountJourneysIT}.
 */
final class TokenHolders {

	private TokenHolders() {
	}

	/**
	 * One line per link: its name, then the outcome for each role of {@link Role} in
	 * column order (anon, oth-co, company, oth-ag, manager, oth-pn, evaluator, admin),
	 * for the addressee, and for the addressee following it a second time.
	 */
	static final String LINKS = """
			# link                   anon  oth-co  company oth-ag  manager oth-pn  evaluator admin   addressee again
			panel-invitation         login invalid invalid invalid invalid invalid invalid   invalid ok        invalid
			organisation-invitation  login invalid invalid invalid invalid invalid invalid   invalid ok        invalid
			""";

	/**
	 * A link issued for the test: its token, the person it was sent to, and how to read
	 * what it may change.
	 */
	record Issued(String token, PersonId addressee, StateReader state) {
	}

	/**
	 * Reads everything following the link could change, to compare before and after a
	 * refusal.
	 */
	@FunctionalInterface
	interface StateReader {

		Map<String, List<Map<String, Object>>> read();

	}

	/** A line of {@link #LINKS}. */
	record Line(String link, List<Outcome> byRole, Outcome addressee, Outcome again) {
	}

	private static final Pattern COLUMNS = Pattern.compile("\\s+");

	static List<Line> lines() {
		var lines = new ArrayList<Line>();
		for (var line : LINKS.lines().toList()) {
			var content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
			if (content.isBlank()) {
				continue;
			}
			var columns = COLUMNS.split(content.strip());
			var roles = Role.values().length;
			if (columns.length != roles + 3) {
				throw new IllegalArgumentException("A line of TokenHolders.LINKS needs a link, " + roles
						+ " outcomes, the addressee's and the second use's: " + line);
			}
			var outcomes = Arrays.stream(columns, 1, columns.length).map(Outcome::of).toList();
			lines.add(new Line(columns[0], outcomes.subList(0, roles), outcomes.get(roles), outcomes.get(roles + 1)));
		}
		return lines;
	}

}
