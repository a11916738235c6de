package org.pilotbridge.challenge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EU Common Procurement Vocabulary (CPV 2008) with its English labels, from
 * {@code cpv/cpv-2008-en.json} (openprocurement standards, Apache License 2.0, see
 * {@code cpv/LICENSE-openprocurement-standards.txt}). A code is eight digits and a check
 * digit, {@code 72000000-5}; its first two digits are its division. Codes are accepted
 * with or without the check digit and always returned with it.
 */
@Service
public class CpvCatalogue {

	private static final String RESOURCE = "/cpv/cpv-2008-en.json";

	private static final Pattern CODE = Pattern.compile("(\\d{8})(?:-(\\d))?");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,8}");

	private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final Map<String, Entry> byDigits = new LinkedHashMap<>();

	private final List<Indexed> index = new ArrayList<>();

	private final List<Entry> divisions;

	public CpvCatalogue() {
		Map<String, String> labels;
		try (InputStream in = CpvCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			labels = JsonMapper.builder().build().readValue(in, new TypeReference<LinkedHashMap<String, String>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		labels.forEach((code, label) -> {
			var entry = new Entry(code, label);
			byDigits.put(entry.digits(), entry);
			index.add(new Indexed(entry, List.of(WORD_SEPARATORS.split(normalize(label)))));
		});
		divisions = byDigits.values().stream().filter(Entry::isDivision).toList();
	}

	/**
	 * The entry of a code written with or without its check digit; a wrong check digit
	 * finds nothing.
	 */
	public Optional<Entry> find(String code) {
		var matcher = CODE.matcher(code == null ? "" : code.replace(" ", "").strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		var entry = byDigits.get(matcher.group(1));
		if (entry == null || (matcher.group(2) != null && !entry.code().endsWith("-" + matcher.group(2)))) {
			return Optional.empty();
		}
		return Optional.of(entry);
	}

	/**
	 * The code followed by its label, as a picker shows it; the code alone when it is
	 * unknown.
	 */
	public String describe(String code) {
		return find(code).map(entry -> entry.code() + " " + entry.label()).orElse(code);
	}

	/** The codes of {@link #search(String, int)}. */
	public List<String> searchCodes(String text, int limit) {
		return search(text, limit).stream().map(Entry::code).toList();
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	/**
	 * Entries whose code starts with the digits typed, or whose label contains every word
	 * typed (at the start of one of its words, ignoring case and accents). Code matches
	 * come first, then shorter, more general labels.
	 */
	public List<Entry> search(String text, int limit) {
		var query = text == null ? "" : text.strip();
		if (query.isEmpty() || limit < 1) {
			return List.of();
		}
		var digits = query.replace(" ", "").replace("-", "");
		var codePrefix = DIGITS.matcher(digits).matches() ? digits.substring(0, Math.min(8, digits.length())) : null;
		var words = List.of(WORD_SEPARATORS.split(normalize(query))).stream().filter(w -> !w.isEmpty()).toList();
		return index.stream()
			.map(indexed -> new Match(indexed.entry(),
					codePrefix != null && indexed.entry().digits().startsWith(codePrefix),
					!words.isEmpty() && indexed.containsAll(words)))
			.filter(match -> match.byCode() || match.byWords())
			.sorted(Comparator.comparing((Match match) -> !match.byCode())
				.thenComparingInt(match -> match.entry().label().length())
				.thenComparing(match -> match.entry().code()))
			.limit(limit)
			.map(Match::entry)
			.toList();
	}

	/** The 45 divisions (codes ending in six zeros), in code order. */
	public List<Entry> divisions() {
		return divisions;
	}

	/** The division of a code: its first two digits. */
	public static String division(String code) {
		var digits = code == null ? "" : code.strip();
		if (digits.length() < 2 || !Character.isDigit(digits.charAt(0)) || !Character.isDigit(digits.charAt(1))) {
			throw new IllegalArgumentException("Not a CPV code: " + code);
		}
		return digits.substring(0, 2);
	}

	/** The entry of the division a code belongs to. */
	public Optional<Entry> divisionOf(String code) {
		return Optional.ofNullable(byDigits.get(division(code) + "000000"));
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * A CPV code with its check digit, such as {@code 72000000-5}, and its English label.
	 */
	public record Entry(String code, String label) {

		public String division() {
			return code.substring(0, 2);
		}

		public boolean isDivision() {
			return code.startsWith("000000", 2);
		}

		String digits() {
			return code.substring(0, 8);
		}

	}

	private record Indexed(Entry entry, List<String> words) {

		boolean containsAll(List<String> wanted) {
			return wanted.stream().allMatch(w -> words.stream().anyMatch(word -> word.startsWith(w)));
		}

	}

	private record Match(Entry entry, boolean byCode, boolean byWords) {
	}

}
