package org.pilotbridge.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * What describes an organisation, checked as a whole: every problem is reported at once.
 */
public record OrganisationData(OrganisationKind kind, String name, String country, String street, String postalCode,
		String city, @Nullable String website, @Nullable EnterpriseNumber enterpriseNumber,
		@Nullable SizeClass sizeClass) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * Reads a form's values.
	 * @throws InvalidInput listing every field that is missing or malformed
	 */
	public static OrganisationData of(@Nullable OrganisationKind kind, String name, String country, String street,
			String postalCode, String city, String website, String enterpriseNumber, @Nullable SizeClass sizeClass) {
		var problems = new InvalidInput.Problems();
		problems.require(kind != null, "kind", "validation.required");
		name = trim(name);
		problems.require(!name.isEmpty(), "name", "validation.required")
			.require(name.length() <= Organisation.NAME_MAX_LENGTH, "name", "validation.too-long",
					Organisation.NAME_MAX_LENGTH);
		country = trim(country).toUpperCase(Locale.ROOT);
		problems.require(COUNTRIES.contains(country), "country", "validation.required");
		street = trim(street);
		problems.require(!street.isEmpty(), "street", "validation.required")
			.require(street.length() <= Organisation.STREET_MAX_LENGTH, "street", "validation.too-long",
					Organisation.STREET_MAX_LENGTH);
		postalCode = trim(postalCode);
		problems.require(!postalCode.isEmpty(), "postalCode", "validation.required")
			.require(postalCode.length() <= Organisation.POSTAL_CODE_MAX_LENGTH, "postalCode", "validation.too-long",
					Organisation.POSTAL_CODE_MAX_LENGTH);
		city = trim(city);
		problems.require(!city.isEmpty(), "city", "validation.required")
			.require(city.length() <= Organisation.CITY_MAX_LENGTH, "city", "validation.too-long",
					Organisation.CITY_MAX_LENGTH);
		website = trim(website);
		problems.require(website.isEmpty() || isWebAddress(website), "website",
				"identity.organisation.website-invalid");

		EnterpriseNumber number = null;
		var rawNumber = trim(enterpriseNumber);
		if (!rawNumber.isEmpty() && COUNTRIES.contains(country)) {
			try {
				number = EnterpriseNumber.of(country, rawNumber);
			}
			catch (InvalidInput invalid) {
				problems.addAll(invalid);
			}
		}
		if (kind == OrganisationKind.COMPANY) {
			problems.require(!rawNumber.isEmpty(), EnterpriseNumber.FIELD, "validation.required");
			problems.require(sizeClass != null, "sizeClass", "validation.required");
		}
		problems.throwIfAny();
		Objects.requireNonNull(kind, "checked above");
		return new OrganisationData(kind, name, country, street, postalCode, city, website.isEmpty() ? null : website,
				number, kind == OrganisationKind.COMPANY ? sizeClass : null);
	}

	private static boolean isWebAddress(String text) {
		if (text.length() > Organisation.WEBSITE_MAX_LENGTH) {
			return false;
		}
		try {
			var uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getHost().contains(".");
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	private static String trim(@Nullable String text) {
		return UserText.clean(text);
	}

}
