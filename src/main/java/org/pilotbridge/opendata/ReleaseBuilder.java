package org.pilotbridge.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.pilot.PilotContract;
import org.pilotbridge.shared.Money;

/**
 * Maps a public challenge to an OCDS release, for one step of its life. Only what the
 * public page of the challenge shows goes in, plus the award decision once taken:
 * organisations (never people), tenderers only after the award and only if bidder names
 * may be published. Texts Pilotbridge writes itself (criteria, amendments, the procedure)
 * are in the challenge's language, like the texts its agency wrote.
 */
@Component
class ReleaseBuilder {

	static final String BUYER = "buyer";

	static final String PROCURING_ENTITY = "procuringEntity";

	static final String TENDERER = "tenderer";

	static final String SUPPLIER = "supplier";

	private final OpenDataProperties properties;

	private final MessageSource messages;

	ReleaseBuilder(OpenDataProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * A release about the call itself: publication, amendment, close, evaluation or
	 * withdrawal.
	 */
	Ocds.Release tender(ReleaseStage stage, Instant date, PublicChallenge challenge, OrganisationSummary agency) {
		var awardPeriod = stage == ReleaseStage.EVALUATION ? new Ocds.Period(date, null, null) : null;
		return release(stage, date, challenge, List.of(agencyParty(agency)),
				tender(stage, challenge, agency, awardPeriod, null, List.of()), List.of());
	}

	/**
	 * The release of an award. Each winner becomes a supplier; every bidder becomes a
	 * tenderer if bidder names may be published. The awards are pending while the
	 * standstill period runs at {@code date}, else active. Without a decision (no module
	 * provides one yet) the release holds one award with the date only.
	 */
	Ocds.Release award(Instant date, PublicChallenge challenge, OrganisationSummary agency,
			Optional<AwardDecision> decision, int numberOfTenderers,
			Function<OrganisationId, Optional<OrganisationSummary>> organisations) {
		var decidedAt = decision.map(AwardDecision::decidedAt).orElse(date);
		var status = isPending(decision, date) ? "pending" : "active";
		var parties = new LinkedHashMap<String, Ocds.Organization>();
		parties.put(agency.id().toString(), agencyParty(agency));
		var tenderers = new ArrayList<Ocds.OrganizationReference>();
		if (properties.publishBidderNames()) {
			decision.map(AwardDecision::bidders)
				.orElse(List.of())
				.forEach(bidder -> organisations.apply(bidder)
					.ifPresent(organisation -> tenderers.add(addRole(parties, organisation, TENDERER).reference())));
		}
		var awards = new ArrayList<Ocds.Award>();
		var winners = decision.map(AwardDecision::winners).orElse(List.of());
		for (var index = 0; index < winners.size(); index++) {
			var winner = winners.get(index);
			var supplier = organisations.apply(winner.supplier())
				.map(organisation -> List.of(addRole(parties, organisation, SUPPLIER).reference()))
				.orElse(List.of());
			awards.add(new Ocds.Award(awardId(challenge, index + 1), "", status, decidedAt, value(winner.value()),
					supplier));
		}
		if (awards.isEmpty()) {
			awards.add(new Ocds.Award(awardId(challenge, 1), "", status, decidedAt, null, List.of()));
		}
		var tender = tender(ReleaseStage.AWARD, challenge, agency, new Ocds.Period(null, decidedAt, null),
				numberOfTenderers, tenderers);
		return release(ReleaseStage.AWARD, date, challenge, List.copyOf(parties.values()), tender, awards);
	}

	/**
	 * The release of an evaluation that ended without an award: one unsuccessful award.
	 */
	Ocds.Release noAward(Instant date, PublicChallenge challenge, OrganisationSummary agency,
			Optional<AwardDecision> decision, int numberOfTenderers) {
		var decidedAt = decision.map(AwardDecision::decidedAt).orElse(date);
		var language = language(challenge);
		var award = new Ocds.Award(awardId(challenge, 1), message("opendata.ocds.award.none", language), "unsuccessful",
				decidedAt, null, List.of());
		var tender = tender(ReleaseStage.NO_AWARD, challenge, agency, new Ocds.Period(null, decidedAt, null),
				numberOfTenderers, List.of());
		return release(ReleaseStage.NO_AWARD, date, challenge, List.of(agencyParty(agency)), tender, List.of(award));
	}

	/**
	 * A release about the pilots of an awarded challenge: the award as it stands, and
	 * every pilot as a contract of the award whose supplier carries it out, with its
	 * value, period, status and milestones. Dates of the pilot are calendar days in the
	 * challenge's zone: a period starts at the beginning of its first day and ends at the
	 * end of its last.
	 */
	Ocds.Release contracts(ReleaseStage stage, Instant date, PublicChallenge challenge, OrganisationSummary agency,
			Optional<AwardDecision> decision, int numberOfTenderers,
			Function<OrganisationId, Optional<OrganisationSummary>> organisations, List<PilotContract> pilots) {
		var award = award(date, challenge, agency, decision, numberOfTenderers, organisations);
		var language = language(challenge);
		var contracts = pilots.stream().map(pilot -> {
			var awardId = award.awards()
				.stream()
				.filter(candidate -> candidate.suppliers()
					.stream()
					.anyMatch(supplier -> supplier.id().equals(pilot.company().toString())))
				.map(Ocds.Award::id)
				.findFirst()
				.orElse(award.awards().get(0).id());
			var zone = pilot.timeZone();
			var milestones = pilot.milestones()
				.stream()
				.map(milestone -> new Ocds.Milestone(pilot.reference() + "-M" + milestone.number(), milestone.title(),
						"delivery", endOf(milestone.dueDate(), zone), milestone.doneAt(), date,
						milestoneStatus(milestone, pilot)))
				.toList();
			var company = organisations.apply(pilot.company()).map(OrganisationSummary::name).orElse("");
			return new Ocds.Contract(pilot.reference(), awardId,
					message("opendata.ocds.contract.title", language, challenge.title(), company),
					contractStatus(pilot),
					new Ocds.Period(pilot.startDate().atStartOfDay(zone).toInstant(), endOf(pilot.endDate(), zone),
							null),
					pilot.amount() == null ? null : value(pilot.amount()),
					milestones.isEmpty() ? null : new Ocds.Implementation(milestones));
		}).toList();
		return new Ocds.Release(award.ocid(), null, date, List.of(stage.tag()), award.initiationType(),
				award.language(), award.parties(), award.buyer(), award.tender(), award.awards(), contracts);
	}

	/**
	 * A pilot planned is a contract not yet in force; one stopped before it started was
	 * cancelled.
	 */
	static String contractStatus(PilotContract pilot) {
		return switch (pilot.status()) {
			case PLANNED -> "pending";
			case RUNNING -> "active";
			case COMPLETED -> "terminated";
			case STOPPED -> pilot.startedAt() == null ? "cancelled" : "terminated";
		};
	}

	private static String milestoneStatus(PilotContract.ContractMilestone milestone, PilotContract pilot) {
		if (milestone.doneAt() != null) {
			return "met";
		}
		return pilot.status().hasEnded() ? "notMet" : "scheduled";
	}

	/** The last moment of a calendar day in the zone. */
	private static Instant endOf(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
	}

	/**
	 * The update of an award release once its standstill period has ended: the same
	 * facts, dated at the end of the period, with the pending awards active.
	 */
	static Ocds.Release inForce(Ocds.Release pending, Instant date) {
		var awards = pending.awards()
			.stream()
			.map(award -> "pending".equals(award.status()) ? award.withStatus("active") : award)
			.toList();
		return new Ocds.Release(pending.ocid(), null, date, List.of(ReleaseStage.AWARD_IN_FORCE.tag()),
				pending.initiationType(), pending.language(), pending.parties(), pending.buyer(), pending.tender(),
				awards, pending.contracts());
	}

	/** When the awards of the decision come into force, if that is after {@code date}. */
	static Optional<Instant> standstillEnd(Optional<AwardDecision> decision, Instant date) {
		return decision.map(AwardDecision::standstillEndsAt).filter(end -> end.isAfter(date));
	}

	private static boolean isPending(Optional<AwardDecision> decision, Instant date) {
		return standstillEnd(decision, date).isPresent();
	}

	private Ocds.Release release(ReleaseStage stage, Instant date, PublicChallenge challenge,
			List<Ocds.Organization> parties, Ocds.Tender tender, List<Ocds.Award> awards) {
		return new Ocds.Release(properties.ocid(challenge.reference()), null, date, List.of(stage.tag()), "tender",
				language(challenge).getLanguage(), parties, tender.procuringEntity(), tender, awards, List.of());
	}

	private Ocds.Tender tender(ReleaseStage stage, PublicChallenge challenge, OrganisationSummary agency,
			Ocds.@Nullable Period awardPeriod, @Nullable Integer numberOfTenderers,
			List<Ocds.OrganizationReference> tenderers) {
		var language = language(challenge);
		var description = challenge.summary().isBlank() ? challenge.description() : challenge.summary();
		return new Ocds.Tender(challenge.reference(), challenge.title(), description, stage.tenderStatus(),
				new Ocds.OrganizationReference(agency.id().toString(), agency.name()), items(challenge),
				value(challenge.budgetCap()), "open", message("opendata.ocds.procurement-method-details", language),
				"services", "ratedCriteria", criteria(challenge.criteria(), language), List.of("electronicSubmission"),
				new Ocds.Period(challenge.publishedAt(), challenge.proposalsDeadline(), null),
				new Ocds.Period(challenge.publishedAt(), challenge.questionsDeadline(), null), awardPeriod,
				new Ocds.Period(null, null, challenge.pilotDurationWeeks() * 7), numberOfTenderers, tenderers,
				amendments(challenge, language));
	}

	/**
	 * One item, the pilot, classified by the first CPV code and the others as additional
	 * ones.
	 */
	private static List<Ocds.Item> items(PublicChallenge challenge) {
		var codes = challenge.cpvCodes().stream().map(ReleaseBuilder::classification).toList();
		if (codes.isEmpty()) {
			return List.of();
		}
		return List.of(new Ocds.Item("1", challenge.title(), codes.get(0), codes.subList(1, codes.size())));
	}

	private static Ocds.Classification classification(CpvCatalogue.Entry entry) {
		return new Ocds.Classification(Ocds.CPV, entry.code(), entry.label());
	}

	private String criteria(List<Criterion> criteria, Locale language) {
		return String.join("\n", criteria.stream().map(criterion -> {
			var type = Objects.requireNonNullElse(
					messages.getMessage(criterion.type().messageKey(), null, criterion.type().name(), language),
					criterion.type().name());
			return criterion.description().isBlank()
					? message("opendata.ocds.criterion", language, criterion.name(), String.valueOf(criterion.weight()),
							type)
					: message("opendata.ocds.criterion.described", language, criterion.name(),
							String.valueOf(criterion.weight()), type, criterion.description());
		}).toList());
	}

	private List<Ocds.Amendment> amendments(PublicChallenge challenge, Locale language) {
		var changeLog = challenge.changeLog();
		return IntStream.range(0, changeLog.size()).mapToObj(index -> {
			var entry = changeLog.get(index);
			var fields = entry.changedFields()
				.stream()
				.map(field -> messages.getMessage("challenge.field." + field, null, field, language))
				.toList();
			return new Ocds.Amendment(String.valueOf(index + 1), entry.amendedAt(), entry.reason(),
					message("opendata.ocds.amendment.changed", language, String.join(", ", fields)));
		}).toList();
	}

	private static Ocds.Organization agencyParty(OrganisationSummary agency) {
		return party(agency, List.of(BUYER, PROCURING_ENTITY));
	}

	private static Ocds.Organization party(OrganisationSummary organisation, List<String> roles) {
		return new Ocds.Organization(organisation.id().toString(), organisation.name(),
				PartyIdentifiers.of(organisation).orElse(null),
				new Ocds.Address(organisation.city(), PartyIdentifiers.countryName(organisation.country())), roles);
	}

	private static Ocds.Organization addRole(LinkedHashMap<String, Ocds.Organization> parties,
			OrganisationSummary organisation, String role) {
		return parties.compute(organisation.id().toString(), (id, known) -> {
			if (known == null) {
				return party(organisation, List.of(role));
			}
			if (known.roles().contains(role)) {
				return known;
			}
			var roles = new ArrayList<>(known.roles());
			roles.add(role);
			return party(organisation, roles);
		});
	}

	private static String awardId(PublicChallenge challenge, int number) {
		return challenge.reference() + "-award-" + number;
	}

	private static Ocds.Value value(Money money) {
		return new Ocds.Value(money.amount(), money.currency().getCurrencyCode());
	}

	private static Locale language(PublicChallenge challenge) {
		return challenge.languages().isEmpty() ? Locale.ENGLISH : challenge.languages().get(0).locale();
	}

	private String message(String key, Locale language, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

}
