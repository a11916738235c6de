package org.pilotbridge.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;

/**
 * The kinds of line of the access matrix and how they are read.
 */
final class MatrixRows {

	private MatrixRows() {
	}

	/**
	 * A route or address, the concrete address tried, and what each role gets, in
	 * {@link Role} order.
	 */
	record AddressRow(String key, String address, List<Outcome> outcomes, int line) {
	}

	/** A service entry point in a situation, what each role gets, and how to call it. */
	record ServiceRow(String key, String situation, List<Outcome> outcomes, Call call) {
	}

	/**
	 * A service, or one of its methods, meant for other modules and jobs only, and why.
	 */
	record TrustedRow(String key, String why) {

		boolean covers(String method) {
			return method.equals(key) || !key.contains(".") && method.startsWith(key + ".");
		}

	}

	/** A call of a service entry point, given the beans and the scenario. */
	@FunctionalInterface
	interface Call {

		Object call(Calls c) throws Exception;

	}

	/** What a call needs: the application's beans and the scenario's objects. */
	record Calls(ApplicationContext context, SecurityScenario.World w) {

		<T> T bean(Class<T> type) {
			return context.getBean(type);
		}

	}

	/**
	 * What a call of a method that returns nothing returns, so that it counts as done
	 * rather than empty.
	 */
	static final Object DONE = "done";

	private static final Pattern COLUMNS = Pattern.compile("\\s+");

	/**
	 * Reads the address table: one line per route or mapping, {@code #} starts a comment,
	 * columns separated by spaces; {@code ""} stands for an empty address.
	 */
	static List<AddressRow> addresses(String table) {
		var rows = new ArrayList<AddressRow>();
		var lines = table.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			var content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
			if (content.isBlank()) {
				continue;
			}
			var columns = COLUMNS.split(content.strip());
			if (columns.length != 3 + Role.values().length) {
				throw new IllegalArgumentException("Line " + (i + 1) + " of the address table needs a kind, a route, "
						+ "an address and " + Role.values().length + " outcomes: " + line);
			}
			rows.add(new AddressRow(columns[0] + " " + columns[1], columns[2],
					Arrays.stream(columns, 3, columns.length).map(Outcome::of).toList(), i + 1));
		}
		return rows;
	}

	static ServiceRow service(String key, String situation, String outcomes, Call call) {
		var parsed = Arrays.stream(COLUMNS.split(outcomes.strip())).map(Outcome::of).toList();
		if (parsed.size() != Role.values().length) {
			throw new IllegalArgumentException(
					key + " (" + situation + ") needs " + Role.values().length + " outcomes, has " + parsed.size());
		}
		return new ServiceRow(key, situation, parsed, call);
	}

	static TrustedRow trusted(String key, String why) {
		return new TrustedRow(key, why);
	}

}
