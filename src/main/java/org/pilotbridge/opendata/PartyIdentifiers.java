package org.pilotbridge.opendata;

import java.util.Locale;
import java.util.Optional;

import org.pilotbridge.identity.OrganisationSummary;

/**
 * The organisation identifier of a party, with the scheme OCDS asks for: an org-id.guide
 * list code.
 * <ul>
 * <li>Belgium: the KBO/BCE enterprise number under {@code BE-BCE_KBO}, ten digits without
 * dots.</li>
 * <li>Austria: the VAT number under {@code AT-UID}, the Austrian VAT list org-id.guide
 * holds, without the country prefix ({@code U12345678}).</li>
 * <li>Other EU countries: org-id.guide has no list for their VAT numbers, so the scheme
 * is built as its metadata guide and the OCDS guidance on organisation identifiers
 * describe it ({@code GB-VAT} in their worked example): the country code and {@code VAT},
 * such as {@code DE-VAT}, with the number without its country prefix. The publication
 * policy (docs/open-data.md) describes these schemes.</li>
 * </ul>
 * An organisation without an enterprise number has no identifier; it is known by its
 * party id only.
 *
 * @see "Design decision: docs/decisions/DD007-20261125-open-data.md"
 */
final class PartyIdentifiers {

	static final String BELGIUM = "BE-BCE_KBO";

	private PartyIdentifiers() {
	}

	static Optional<Ocds.Identifier> of(OrganisationSummary organisation) {
		var number = organisation.enterpriseNumber();
		if (number == null) {
			return Optional.empty();
		}
		var country = number.country().toUpperCase(Locale.ROOT);
		if (country.equals("BE")) {
			return Optional.of(new Ocds.Identifier(BELGIUM, number.value(), organisation.name()));
		}
		var vatPrefix = country.equals("GR") ? "EL" : country;
		var national = number.value().startsWith(vatPrefix) ? number.value().substring(vatPrefix.length())
				: number.value();
		var scheme = country.equals("AT") ? "AT-UID" : country + "-VAT";
		return Optional.of(new Ocds.Identifier(scheme, national, organisation.name()));
	}

	/**
	 * The English name of a country, as OCDS addresses expect ({@code Belgium} for
	 * {@code BE}).
	 */
	static String countryName(String isoCode) {
		var name = Locale.of("", isoCode).getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() ? isoCode : name;
	}

}
