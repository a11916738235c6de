package org.pilotbridge.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.PublishedChallengeFacts;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.SizeClass;

/**
 * The arithmetic of {@link PlatformStatistics}, on facts already gathered: the challenges
 * from the challenge module and the pilots of this one.
 */
final class Statistics {

	static final Set<SizeClass> SMES = EnumSet.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM);

	private Statistics() {
	}

	/** What a pilot adds to the figures. */
	record PilotFacts(ChallengeId challenge, OrganisationId agency, @Nullable SizeClass companySize, PilotStatus status,
			@Nullable PilotOutcome publishedOutcome) {

		static PilotFacts of(Pilot pilot) {
			return new PilotFacts(pilot.challenge(), pilot.agency(), pilot.companySize().orElse(null), pilot.status(),
					pilot.isPublished() ? pilot.outcome().orElse(null) : null);
		}

	}

	static PlatformStatistics compute(List<PublishedChallengeFacts> challenges, List<PilotFacts> pilots,
			Function<OrganisationId, String> agencyNames) {
		var byId = challenges.stream().collect(Collectors.toMap(PublishedChallengeFacts::id, Function.identity()));
		var years = new TreeMap<Integer, List<PublishedChallengeFacts>>();
		challenges
			.forEach(challenge -> years.computeIfAbsent(year(challenge), year -> new ArrayList<>()).add(challenge));
		var yearRows = years.entrySet()
			.stream()
			.map(entry -> row(String.valueOf(entry.getKey()), null, entry.getValue(), pilots, byId))
			.toList();
		var agencies = challenges.stream().map(PublishedChallengeFacts::agency).distinct().toList();
		var agencyRows = agencies.stream()
			.map(agency -> row(agencyNames.apply(agency), agency,
					challenges.stream().filter(c -> c.agency().equals(agency)).toList(), pilots, byId))
			.sorted(Comparator.comparing(PlatformStatistics.Row::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new PlatformStatistics(yearRows, agencyRows, row("", null, challenges, pilots, byId));
	}

	private static PlatformStatistics.Row row(String label, @Nullable OrganisationId agency,
			List<PublishedChallengeFacts> group, List<PilotFacts> allPilots,
			Map<ChallengeId, PublishedChallengeFacts> byId) {
		var ids = group.stream().map(PublishedChallengeFacts::id).collect(Collectors.toSet());
		var pilots = allPilots.stream().filter(pilot -> ids.contains(pilot.challenge())).toList();
		var proposals = group.stream()
			.map(PublishedChallengeFacts::proposalsReceived)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
		var awards = pilots.size();
		var smes = (int) pilots.stream()
			.filter(pilot -> pilot.companySize() != null && SMES.contains(pilot.companySize()))
			.count();
		var days = group.stream()
			.filter(PublishedChallengeFacts::isAwarded)
			.filter(challenge -> challenge.decidedAt() != null)
			.map(Statistics::daysToAward)
			.sorted()
			.toList();
		return new PlatformStatistics.Row(label, agency, group.size(), proposals, awards, smes, share(smes, awards),
				median(days), count(pilots, p -> p.status() == PilotStatus.COMPLETED),
				count(pilots, p -> p.status() == PilotStatus.STOPPED),
				count(pilots, p -> p.publishedOutcome() == PilotOutcome.SUCCEEDED),
				count(pilots, p -> p.publishedOutcome() == PilotOutcome.PARTLY_SUCCEEDED),
				count(pilots, p -> p.publishedOutcome() == PilotOutcome.DID_NOT_SUCCEED));
	}

	static int year(PublishedChallengeFacts challenge) {
		return challenge.publishedAt().atZone(challenge.timeZone()).getYear();
	}

	/**
	 * Calendar days from the day of publication to the day of the award, in the
	 * challenge's zone.
	 */
	static long daysToAward(PublishedChallengeFacts challenge) {
		var zone = challenge.timeZone();
		return ChronoUnit.DAYS.between(LocalDate.ofInstant(challenge.publishedAt(), zone),
				LocalDate.ofInstant(Objects.requireNonNull(challenge.decidedAt()), zone));
	}

	/**
	 * The middle value, or the mean of the two middle values, of sorted numbers; to one
	 * decimal.
	 */
	static @Nullable BigDecimal median(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		var middle = sorted.size() / 2;
		var median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
				: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.TWO);
		return median.setScale(1, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal share(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static int count(List<PilotFacts> pilots, Predicate<PilotFacts> condition) {
		return (int) pilots.stream().filter(condition).count();
	}

}
