package org.pilotbridge.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The part of the OCDS 1.1 release schema that Pilotbridge fills, as records written to
 * JSON with empty fields left out. Codes come from the OCDS codelists.
 *
 * @see "https://standard.open-contracting.org/1.1/en/schema/reference/"
 */
final class Ocds {

	static final String VERSION = "1.1";

	static final String CPV = "CPV";

	private Ocds() {
	}

	/**
	 * Lists left out of the JSON because they were empty come back empty, not
	 * {@code null}.
	 */
	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Release(String ocid, @Nullable String id, Instant date, List<String> tag, String initiationType,
			String language, List<Organization> parties, OrganizationReference buyer, Tender tender, List<Award> awards,
			List<Contract> contracts) {

		Release {
			parties = orEmpty(parties);
			awards = orEmpty(awards);
			contracts = orEmpty(contracts);
		}

		Release withId(String id) {
			return new Release(ocid, id, date, tag, initiationType, language, parties, buyer, tender, awards,
					contracts);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Organization(String id, String name, @Nullable Identifier identifier, Address address, List<String> roles) {

		Organization {
			roles = orEmpty(roles);
		}

		OrganizationReference reference() {
			return new OrganizationReference(id, name);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Identifier(String scheme, String id, String legalName) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Address(String locality, String countryName) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record OrganizationReference(String id, String name) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Tender(String id, String title, String description, String status, OrganizationReference procuringEntity,
			List<Item> items, Value value, String procurementMethod, String procurementMethodDetails,
			String mainProcurementCategory, String awardCriteria, String awardCriteriaDetails,
			List<String> submissionMethod, Period tenderPeriod, Period enquiryPeriod, @Nullable Period awardPeriod,
			Period contractPeriod, @Nullable Integer numberOfTenderers, List<OrganizationReference> tenderers,
			List<Amendment> amendments) {

		Tender {
			items = orEmpty(items);
			submissionMethod = orEmpty(submissionMethod);
			tenderers = orEmpty(tenderers);
			amendments = orEmpty(amendments);
		}

		/** The CPV classifications of every item, main ones first. */
		List<Classification> classifications() {
			return items.stream()
				.flatMap(item -> Stream.concat(Stream.of(item.classification()),
						item.additionalClassifications().stream()))
				.toList();
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Item(String id, String description, Classification classification,
			List<Classification> additionalClassifications) {

		Item {
			additionalClassifications = orEmpty(additionalClassifications);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Classification(String scheme, String id, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Value(BigDecimal amount, String currency) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Period(@Nullable Instant startDate, @Nullable Instant endDate, @Nullable Integer durationInDays) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Amendment(String id, Instant date, String rationale, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Award(String id, String title, String status, Instant date, @Nullable Value value,
			List<OrganizationReference> suppliers) {

		Award {
			suppliers = orEmpty(suppliers);
		}

		Award withStatus(String status) {
			return new Award(id, title, status, date, value, suppliers);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Contract(String id, String awardID, String title, String status, @Nullable Period period,
			@Nullable Value value, @Nullable Implementation implementation) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Implementation(List<Milestone> milestones) {

		Implementation {
			milestones = orEmpty(milestones);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Milestone(String id, String title, String type, Instant dueDate, @Nullable Instant dateMet,
			Instant dateModified, String status) {
	}

}
