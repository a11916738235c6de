package org.pilotbridge.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.Money;

/**
 * The demo's challenges, in several states: open ones in English and French with an
 * answered question and a follower, a closed one published in the past, a withdrawn one
 * and a draft.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
class DemoChallenges {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final ChallengeManagement challenges;

	private final ClarificationManagement clarifications;

	private final ChallengeFollowing following;

	private final RunAs runAs;

	private final DemoClock clock;

	DemoChallenges(ChallengeManagement challenges, ClarificationManagement clarifications, ChallengeFollowing following,
			RunAs runAs, DemoClock clock) {
		this.challenges = challenges;
		this.clarifications = clarifications;
		this.following = following;
		this.runAs = runAs;
		this.clock = clock;
	}

	void seed(PersonId manager, OrganisationId city, PersonId companyOwner, OrganisationId company) {
		var bins = publish(manager, city, Duration.ZERO, wasteSensors());
		publish(manager, city, Duration.ZERO, cyclePaths());
		publish(manager, city, Duration.ofDays(45), parkingSigns());
		var closedLater = publish(manager, city, Duration.ZERO, streetLights());
		runAs.person(manager, city, () -> challenges.withdraw(closedLater,
				"The council decided to replace the street lights this winter under an existing framework contract."));
		runAs.person(manager, city, () -> challenges.createDraft(city, queue()));

		var question = runAs.person(companyOwner, company, () -> clarifications.ask(bins,
				"Can the sensors use the city’s existing LoRaWAN network, or must the pilot bring its own connectivity?"));
		runAs.person(manager, city, () -> clarifications.answer(question, null,
				"Yes. The city runs a LoRaWAN network covering the whole centre; the pilot may use it free of charge. "
						+ "Bringing another network is allowed but not expected."));
		runAs.person(companyOwner, company, () -> following.follow(bins));
	}

	/** Writes and publishes a challenge as it was the given time ago. */
	private ChallengeId publish(PersonId manager, OrganisationId agency, Duration ago, ChallengeDraft.Builder draft) {
		return clock.ago(ago, () -> runAs.person(manager, agency, () -> {
			var now = LocalDateTime.ofInstant(clock.instant(), BRUSSELS).withSecond(0).withNano(0);
			var id = challenges.createDraft(agency,
					draft.questionsDeadline(now.plusDays(14).withHour(12).withMinute(0))
						.proposalsDeadline(now.plusDays(28).withHour(17).withMinute(0))
						.build());
			challenges.publish(id);
			return id;
		}));
	}

	private static ChallengeDraft.Builder wasteSensors() {
		return ChallengeDraft.builder()
			.title("Fewer half-empty bins: knowing when public waste containers are full")
			.summary("Our collection rounds empty 1,200 street bins on a fixed schedule, whether they are full or not. "
					+ "We want to pilot a way to know how full they are and plan rounds accordingly.")
			.problemStatement("""
					Every week our crews drive past **1,200 public bins** on fixed rounds. About half are less than a
					quarter full when emptied, while bins near the station overflow on market days.

					We do not know in advance which bins need emptying.""")
			.context(
					"Collection is done by the city's own crews with six trucks. Route planning is done in a spreadsheet.")
			.expectedOutcome("""
					- Fewer kilometres driven per tonne collected (target: 20 % fewer)
					- No overflowing bins in the pilot area during the pilot""")
			.constraints("Data stays in the EU. The solution must work with the bins we have (several models).")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(16)
			.criteria(List.of(
					CriterionData.of("Approach and feasibility", "How convincing and realistic the approach is", 40,
							CriterionType.QUALITATIVE),
					CriterionData.of("Team and references", "Experience of the team with similar pilots", 20,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price of the pilot excluding VAT", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("48000000-8", "90500000-2"))
			.tags(List.of("waste", "sensors", "IoT"))
			.languages(List.of(Language.ENGLISH, Language.FRENCH, Language.DUTCH));
	}

	private static ChallengeDraft.Builder cyclePaths() {
		return ChallengeDraft.builder()
			.title("Des pistes cyclables praticables tout l’hiver")
			.summary("Les pistes cyclables gèlent avant les routes et sont dégagées après elles. Nous cherchons un "
					+ "moyen de prévoir le verglas et de traiter les pistes au bon moment.")
			.problemStatement("""
					Chaque hiver, des cyclistes chutent sur des pistes verglacées alors que les routes voisines sont
					déjà salées. Nos équipes de déneigement interviennent selon des tournées fixes.""")
			.context("La ville compte 85 km de pistes cyclables et deux épandeuses adaptées.")
			.expectedOutcome("Moins de chutes signalées et un épandage ciblé : 30 % de sel en moins sur les pistes.")
			.constraints("Le projet pilote doit pouvoir démarrer avant le 15 janvier.")
			.budgetCap(Money.euros(30_000))
			.pilotDurationWeeks(12)
			.criteria(List.of(
					CriterionData.of("Qualité de la prévision", "Fiabilité et finesse de la prévision du verglas", 50,
							CriterionType.QUALITATIVE),
					CriterionData.of("Facilité d’usage pour les équipes", "Simplicité pour les équipes de terrain", 20,
							CriterionType.QUALITATIVE),
					CriterionData.of("Prix", "Prix total hors TVA", 30, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5", "90620000-9"))
			.tags(List.of("mobilité", "hiver", "vélo"))
			.languages(List.of(Language.FRENCH, Language.DUTCH));
	}

	private static ChallengeDraft.Builder parkingSigns() {
		return ChallengeDraft.builder()
			.title("Showing free parking spaces before drivers enter the centre")
			.summary("Drivers circle the centre looking for a space. We want to show free spaces on signs at the "
					+ "entrances of the city.")
			.problemStatement("A third of the traffic in the centre is drivers looking for a parking space.")
			.context("Four car parks with barriers and 900 street spaces without sensors.")
			.expectedOutcome("Less traffic searching for parking; drivers know where to go before they enter.")
			.constraints("Signs must be readable in all weather and comply with the traffic code.")
			.budgetCap(Money.euros(28_000))
			.pilotDurationWeeks(20)
			.criteria(List.of(
					CriterionData.of("Approach", "How the spaces are detected and shown", 60,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price excluding VAT", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("34996000-5"))
			.languages(List.of(Language.ENGLISH, Language.DUTCH));
	}

	private static ChallengeDraft.Builder streetLights() {
		return ChallengeDraft.builder()
			.title("Street lights that dim when nobody is around")
			.summary("We want to test lights that dim on quiet streets and brighten when someone comes.")
			.problemStatement("Street lighting is our largest electricity bill.")
			.context("6,000 lamp posts, half of them LED.")
			.expectedOutcome("30 % less electricity on the pilot streets without complaints about safety.")
			.constraints("No cameras.")
			.budgetCap(Money.euros(20_000))
			.pilotDurationWeeks(10)
			.criteria(List.of(
					CriterionData.of("Approach", "How presence is detected without cameras", 70,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price excluding VAT", 30, CriterionType.PRICE)))
			.cpvCodes(List.of("34993000-4"))
			.languages(List.of(Language.ENGLISH));
	}

	private static ChallengeDraft queue() {
		return ChallengeDraft.builder()
			.title("Een digitale wachtrij voor het stadsloket")
			.summary("Bezoekers wachten soms een uur aan het loket. We zoeken een manier om ze thuis te laten wachten.")
			.problemStatement("Op maandagochtend staan tot 80 mensen in de rij voor het loket burgerzaken.")
			.languages(List.of(Language.DUTCH, Language.FRENCH))
			.build();
	}

}
