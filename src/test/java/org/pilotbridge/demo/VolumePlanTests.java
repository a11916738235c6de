package org.pilotbridge.demo;

import java.util.HashSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.pilotbridge.demo.VolumePlan.Fate;
import org.pilotbridge.demo.VolumePlan.PlannedChallenge;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

class VolumePlanTests {

	@Test
	void plansTheFullSizeAtScaleOne() {
		var plan = VolumePlan.of(1.0, 42);

		assertThat(plan.agencies()).isEqualTo(200);
		assertThat(plan.companies()).isEqualTo(5_000);
		assertThat(plan.challenges()).hasSize(10_000);
		assertThat(plan.proposals()).isEqualTo(50_000);
		var byFate = plan.challenges()
			.stream()
			.collect(Collectors.groupingBy(PlannedChallenge::fate, Collectors.counting()));
		for (var fate : Fate.values()) {
			assertThat(byFate.get(fate)).as(fate.name()).isEqualTo(Math.round(10_000 * fate.share));
		}
		var byLanguage = plan.challenges()
			.stream()
			.collect(Collectors.groupingBy(PlannedChallenge::language, Collectors.counting()));
		assertThat(byLanguage).containsOnlyKeys(Language.values());
	}

	@Test
	void givesEveryEvaluationSomethingToRankAndNoCompanyTwoProposalsForOneChallenge() {
		var plan = VolumePlan.of(0.3, 7);

		for (var challenge : plan.challenges()) {
			if (challenge.fate().evaluated()) {
				assertThat(challenge.proposals()).as("proposals of an evaluated challenge").isGreaterThanOrEqualTo(2);
				for (int i = 0; i < challenge.proposals(); i++) {
					assertThat(challenge.staysDraft(i) || challenge.withdrawn(i)).isFalse();
				}
			}
			if (challenge.fate() == Fate.DRAFT) {
				assertThat(challenge.proposals()).isZero();
			}
			var companies = new HashSet<Integer>();
			for (int i = 0; i < challenge.proposals(); i++) {
				assertThat(companies.add(challenge.company(i, plan.companies()))).isTrue();
			}
		}
	}

	@Test
	void keepsEveryStateAndLanguageAtATinyScaleAndRepeatsItselfForTheSameSeed() {
		var plan = VolumePlan.of(0.001, 42);

		assertThat(plan.challenges().stream().map(PlannedChallenge::fate).distinct())
			.containsExactlyInAnyOrder(Fate.values());
		assertThat(plan.challenges().stream().map(PlannedChallenge::agency).map(VolumePlan::agencyLanguage).distinct())
			.containsExactlyInAnyOrder(Language.values());
		assertThat(VolumePlan.of(0.001, 42)).isEqualTo(plan);
		assertThat(VolumePlan.of(0.001, 43)).isNotEqualTo(plan);
	}

}
