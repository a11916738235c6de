package org.pilotbridge.shared.web;

import java.util.List;
import java.util.function.IntFunction;

import org.springframework.ui.Model;

import org.pilotbridge.shared.InvalidInput;

/**
 * What a public list of search results says around its cards, as the search fragments of
 * {@code templates/public/search.html} show it: how many were found and which of them
 * this page shows, the links to the previous and next pages, or why the search was
 * refused. The messages are {@code <prefix>.none} and {@code <prefix>.count} (total,
 * first, last).
 */
public final class ResultsPaging {

	private ResultsPaging() {
	}

	/**
	 * The count and the links of page {@code number} (from 0) of {@code total} results,
	 * {@code size} a page, with no link past {@code last}.
	 */
	public static void describe(Model model, PublicPage page, String prefix, long total, int number, int size, int last,
			IntFunction<String> addressOfPage) {
		var first = (long) number * size;
		model.addAttribute("count", total == 0 ? page.message(prefix + ".none")
				: page.message(prefix + ".count", total, Math.min(total, first + 1), Math.min(total, first + size)));
		model.addAttribute("previous", number > 0 ? addressOfPage.apply(number - 1) : null);
		model.addAttribute("next", first + size < total && number < last ? addressOfPage.apply(number + 1) : null);
	}

	/** No results, and each reason the search was refused, once. */
	public static void refused(Model model, PublicPage page, String prefix, InvalidInput invalid) {
		model.addAttribute("cards", List.of());
		model.addAttribute("count", page.message(prefix + ".none"));
		model.addAttribute("searchError",
				invalid.problems()
					.stream()
					.map(problem -> page.message(problem.messageKey(), problem.arguments().toArray()))
					.distinct()
					.toList());
	}

}
