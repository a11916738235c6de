package org.pilotbridge.identity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.pilotbridge.shared.InvalidInput;

/**
 * The official number of an enterprise: for Belgium the number in the Crossroads Bank for
 * Enterprises (KBO/BCE, ten digits whose last two are a mod-97 check), elsewhere in the
 * EU the VAT number in its national format. Stored without separators, with the country
 * prefix for VAT numbers.
 *
 * @param country ISO 3166 alpha-2 code, as used by the organisation's address
 * @param value the normalised number: {@code 0123456749} for Belgium,
 * {@code NL123456789B01} elsewhere
 */
public record EnterpriseNumber(String country, String value) {

	/**
	 * National VAT number formats after the country prefix (European Commission, VIES).
	 */
	private static final Map<String, Pattern> VAT_FORMATS = Map.ofEntries(Map.entry("AT", Pattern.compile("U\\d{8}")),
			Map.entry("BG", Pattern.compile("\\d{9,10}")), Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
			Map.entry("CZ", Pattern.compile("\\d{8,10}")), Map.entry("DE", Pattern.compile("\\d{9}")),
			Map.entry("DK", Pattern.compile("\\d{8}")), Map.entry("EE", Pattern.compile("\\d{9}")),
			Map.entry("EL", Pattern.compile("\\d{9}")), Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
			Map.entry("FI", Pattern.compile("\\d{8}")), Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
			Map.entry("HR", Pattern.compile("\\d{11}")), Map.entry("HU", Pattern.compile("\\d{8}")),
			Map.entry("IE", Pattern.compile("\\d[A-Z0-9+*]\\d{5}[A-Z]{1,2}")),
			Map.entry("IT", Pattern.compile("\\d{11}")), Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
			Map.entry("LU", Pattern.compile("\\d{8}")), Map.entry("LV", Pattern.compile("\\d{11}")),
			Map.entry("MT", Pattern.compile("\\d{8}")), Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
			Map.entry("PL", Pattern.compile("\\d{10}")), Map.entry("PT", Pattern.compile("\\d{9}")),
			Map.entry("RO", Pattern.compile("\\d{2,10}")), Map.entry("SE", Pattern.compile("\\d{12}")),
			Map.entry("SI", Pattern.compile("\\d{8}")), Map.entry("SK", Pattern.compile("\\d{10}")));

	public static final String FIELD = "enterpriseNumber";

	/**
	 * Reads a number as typed ({@code 0123.456.749}, {@code BE 0123 456 749},
	 * {@code nl123456789b01}).
	 * @throws InvalidInput naming the expected format when the number is not valid for
	 * the country
	 */
	public static EnterpriseNumber of(String country, String raw) {
		var compact = raw == null ? "" : raw.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-/]", "");
		if ("BE".equals(country)) {
			var digits = compact.startsWith("BE") ? compact.substring(2) : compact;
			if (digits.length() == 9) {
				digits = "0" + digits;
			}
			if (!digits.matches("[01]\\d{9}")) {
				throw InvalidInput.of(FIELD, "identity.enterprise-number.belgian-format");
			}
			if (!hasValidBelgianCheckDigits(digits)) {
				throw InvalidInput.of(FIELD, "identity.enterprise-number.belgian-check");
			}
			return new EnterpriseNumber(country, digits);
		}
		var prefix = "GR".equals(country) ? "EL" : country;
		var format = VAT_FORMATS.get(prefix);
		if (format == null) {
			throw InvalidInput.of(FIELD, "identity.enterprise-number.unsupported-country");
		}
		var number = compact.startsWith(prefix) ? compact.substring(prefix.length()) : compact;
		if (!format.matcher(number).matches()) {
			throw InvalidInput.of(FIELD, "identity.enterprise-number.vat-format");
		}
		return new EnterpriseNumber(country, prefix + number);
	}

	/** KBO/BCE: the last two digits are 97 minus the first eight digits modulo 97. */
	static boolean hasValidBelgianCheckDigits(String tenDigits) {
		var base = Long.parseLong(tenDigits.substring(0, 8));
		var check = Integer.parseInt(tenDigits.substring(8));
		return 97 - (base % 97) == check;
	}

	/**
	 * The way people write it: {@code 0123.456.749} for Belgium, the VAT number
	 * elsewhere.
	 */
	public String formatted() {
		if ("BE".equals(country)) {
			return value.substring(0, 4) + "." + value.substring(4, 7) + "." + value.substring(7);
		}
		return value;
	}

}
