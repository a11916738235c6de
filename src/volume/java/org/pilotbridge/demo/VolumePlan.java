package org.pilotbridge.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.pilotbridge.shared.Language;

/**
 * What the volume data set will hold, decided before anything is created: how many agencies,
 * companies, challenges and proposals, which challenge ends in which state, in which language, in
 * which of the periods of the past year it runs, and which companies bid for it. The plan depends
 * only on the scale and the seed, so that the same settings give the same data set.
 */
record VolumePlan(int agencies, int companies, List<PlannedChallenge> challenges) {

	/** The size of the full data set, at scale 1. */
	static final int AGENCIES = 200;

	static final int COMPANIES = 5_000;

	static final int CHALLENGES = 10_000;

	static final int PROPOSALS = 50_000;

	/** The number of past periods; a fifth, current one holds the open challenges and the drafts. */
	static final int PAST_WAVES = 4;

	static final int CURRENT_WAVE = PAST_WAVES;

	/** The most proposals one challenge receives. */
	static final int MAX_PROPOSALS = 40;

	/** Where a challenge's life ends in the data set. */
	enum Fate {

		DRAFT(0.06), OPEN(0.30), WITHDRAWN(0.04), CLOSED(0.08), UNDER_EVALUATION(0.12), AWARDED(0.34), NO_AWARD(0.06);

		final double share;

		Fate(double share) {
			this.share = share;
		}

		boolean evaluated() {
			return this == UNDER_EVALUATION || this == AWARDED || this == NO_AWARD;
		}

		boolean decided() {
			return this == AWARDED || this == NO_AWARD;
		}

	}

	/**
	 * One challenge of the plan.
	 *
	 * @param wave the period it runs in: 0 to 3 in the past year, {@value #CURRENT_WAVE} now
	 * @param proposals how many companies start a proposal for it
	 * @param firstCompany the first of those companies; the others follow in order
	 * @param criteria how many qualitative criteria it has, besides the price
	 */
	record PlannedChallenge(int number, int agency, Fate fate, int wave, Language language, int topic, int place,
			int proposals, int firstCompany, int criteria) {

		/** The companies bidding for it, none twice. */
		int company(int index, int companies) {
			return (firstCompany + index) % companies;
		}

		/** Whether the proposal of this index stays a draft (open challenges only: not submitted yet). */
		boolean staysDraft(int index) {
			return fate == Fate.OPEN && (number + index) % 10 == 3;
		}

		/** Whether the proposal of this index is withdrawn after its submission (never in an evaluation). */
		boolean withdrawn(int index) {
			return (fate == Fate.OPEN || fate == Fate.CLOSED) && proposals >= 3 && index == 1 && number % 12 == 0;
		}

	}

	static VolumePlan of(double scale, long seed) {
		var agencies = Math.max(Language.values().length, scaled(AGENCIES, scale));
		var companies = scaled(COMPANIES, scale);
		var challenges = scaled(CHALLENGES, scale);
		var proposals = scaled(PROPOSALS, scale);
		var random = new SplittableRandom(seed);
		var fates = fates(challenges, random);
		var languages = IntStream.range(0, agencies).mapToObj(VolumePlan::agencyLanguage).toList();
		var counts = proposalCounts(fates, proposals, Math.min(companies, MAX_PROPOSALS), random);
		var planned = new ArrayList<PlannedChallenge>(challenges);
		for (int number = 0; number < challenges; number++) {
			var fate = fates[number];
			var agency = number % agencies;
			var wave = switch (fate) {
				case DRAFT, OPEN -> CURRENT_WAVE;
				case CLOSED, UNDER_EVALUATION -> PAST_WAVES - 1;
				default -> number % PAST_WAVES;
			};
			planned.add(new PlannedChallenge(number, agency, fate, wave, languages.get(agency),
					random.nextInt(VolumeTexts.TOPICS.size()), random.nextInt(VolumeTexts.PLACES.get(Language.ENGLISH).size()),
					counts[number], random.nextInt(companies), 1 + random.nextInt(VolumeTexts.CRITERIA.size())));
		}
		return new VolumePlan(agencies, companies, List.copyOf(planned));
	}

	int proposals() {
		return challenges.stream().mapToInt(PlannedChallenge::proposals).sum();
	}

	List<PlannedChallenge> inWave(int wave) {
		return challenges.stream().filter(challenge -> challenge.wave() == wave).toList();
	}

	/**
	 * Agencies write in Dutch, French, English and German, roughly as Belgian public bodies do (7, 6,
	 * 4 and 3 in 20), and the first four cover all four languages.
	 */
	static Language agencyLanguage(int agency) {
		return LANGUAGES.get(agency % LANGUAGES.size());
	}

	private static final List<Language> LANGUAGES = List.of(Language.DUTCH, Language.FRENCH, Language.ENGLISH,
			Language.GERMAN, Language.DUTCH, Language.FRENCH, Language.DUTCH, Language.FRENCH, Language.ENGLISH,
			Language.GERMAN, Language.DUTCH, Language.FRENCH, Language.DUTCH, Language.FRENCH, Language.ENGLISH,
			Language.DUTCH, Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.DUTCH);

	private static int scaled(int full, double scale) {
		return Math.max(1, (int) Math.ceil(full * scale));
	}

	/**
	 * Shares the challenges out by fate (largest remainder), with at least one of each fate when
	 * there are enough challenges, in a random order.
	 */
	private static Fate[] fates(int challenges, SplittableRandom random) {
		var all = Fate.values();
		var counts = new int[all.length];
		var assigned = 0;
		for (int i = 0; i < all.length; i++) {
			counts[i] = (int) Math.floor(challenges * all[i].share);
			assigned += counts[i];
		}
		var byRemainder = IntStream.range(0, all.length)
			.boxed()
			.sorted(Comparator.comparingDouble(i -> Math.floor(challenges * all[i].share) - challenges * all[i].share))
			.toList();
		for (int k = 0; assigned < challenges; k++, assigned++) {
			counts[byRemainder.get(k % all.length)]++;
		}
		if (challenges >= all.length) {
			for (int i = 0; i < all.length; i++) {
				while (counts[i] == 0) {
					var largest = IntStream.range(0, all.length).reduce((a, b) -> counts[a] >= counts[b] ? a : b).orElseThrow();
					counts[largest]--;
					counts[i]++;
				}
			}
		}
		var fates = new Fate[challenges];
		var number = 0;
		for (int i = 0; i < all.length; i++) {
			for (int k = 0; k < counts[i]; k++) {
				fates[number++] = all[i];
			}
		}
		for (int i = challenges - 1; i > 0; i--) {
			var j = random.nextInt(i + 1);
			var swapped = fates[i];
			fates[i] = fates[j];
			fates[j] = swapped;
		}
		return fates;
	}

	/**
	 * Shares the proposals out over the challenges that can receive them (all but drafts), unevenly
	 * as in real life; an evaluated challenge gets at least two, so that there is something to rank.
	 */
	private static int[] proposalCounts(Fate[] fates, int proposals, int perChallenge, SplittableRandom random) {
		var counts = new int[fates.length];
		var weights = new double[fates.length];
		var total = 0.0;
		for (int i = 0; i < fates.length; i++) {
			weights[i] = fates[i] == Fate.DRAFT ? 0 : 0.2 + random.nextDouble() * 1.6;
			total += weights[i];
		}
		var assigned = 0;
		for (int i = 0; i < fates.length; i++) {
			counts[i] = Math.min(perChallenge, (int) Math.floor(proposals * weights[i] / total));
			if (fates[i].evaluated()) {
				counts[i] = Math.max(counts[i], Math.min(2, perChallenge));
			}
			assigned += counts[i];
		}
		for (int i = 0; assigned < proposals && i < fates.length * perChallenge; i++) {
			var number = i % fates.length;
			if (fates[number] != Fate.DRAFT && counts[number] < perChallenge) {
				counts[number]++;
				assigned++;
			}
		}
		for (int i = fates.length - 1; assigned > proposals && i >= 0; i--) {
			var floor = fates[i].evaluated() ? 2 : 0;
			while (counts[i] > floor && assigned > proposals) {
				counts[i]--;
				assigned--;
			}
		}
		return counts;
	}

}
