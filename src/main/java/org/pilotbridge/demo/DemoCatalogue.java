package org.pilotbridge.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationId;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.Language;

/**
 * The demo's catalogue: two solutions in the catalogue (one of them with a change waiting
 * for screening while its approved version stays online), one waiting for its first
 * screening, and two market consultations of the city: one open, one closed with two
 * answers (one of them public).
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
class DemoCatalogue {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final SolutionManagement solutions;

	private final SolutionQuery query;

	private final SolutionScreening screening;

	private final ConsultationManagement consultations;

	private final ConsultationAnswering answering;

	private final RunAs runAs;

	private final DemoClock clock;

	DemoCatalogue(SolutionManagement solutions, SolutionQuery query, SolutionScreening screening,
			ConsultationManagement consultations, ConsultationAnswering answering, RunAs runAs, DemoClock clock) {
		this.solutions = solutions;
		this.query = query;
		this.screening = screening;
		this.consultations = consultations;
		this.answering = answering;
		this.runAs = runAs;
		this.clock = clock;
	}

	void seed(PersonId admin, PersonId manager, OrganisationId city, PersonId sensoryOwner, OrganisationId sensoryLabs,
			PersonId dataBridgeOwner, OrganisationId dataBridge) {
		var sensors = submit(sensoryOwner, sensoryLabs, binSensors());
		approve(admin, sensors);
		var hub = submit(dataBridgeOwner, dataBridge, mobilityHub());
		approve(admin, hub);
		runAs.person(dataBridgeOwner, dataBridge, () -> {
			solutions.update(hub, query.managed(hub).version(), mobilityHub().toBuilder()
				.pitch("One place where a city collects counts of bikes, pedestrians and cars from any sensor brand, "
						+ "publishes them as open data and compares them with the weather.")
				.build());
			solutions.submit(hub);
		});
		submit(dataBridgeOwner, dataBridge, noiseMonitors());

		var closed = clock.ago(Duration.ofDays(30), () -> publish(manager, city, nightDeliveries(), 14));
		clock.ago(Duration.ofDays(25), () -> {
			runAs.person(sensoryOwner, sensoryLabs,
					() -> answering.answer(closed, sensoryLabs,
							List.of("Electric vans with quiet lifts, and delivery windows agreed per street.",
									"Two streets for six weeks, with noise sensors at both ends."),
							true));
			runAs.person(dataBridgeOwner, dataBridge, () -> answering.answer(closed, dataBridge,
					List.of("A booking system for delivery slots shared by the shops of a street.", ""), false));
			return null;
		});
		publish(manager, city, cycleCounting(), 21);
	}

	private SolutionId submit(PersonId owner, OrganisationId company, SolutionProfile profile) {
		return runAs.person(owner, company, () -> {
			var id = solutions.create(company, profile);
			solutions.submit(id);
			return id;
		});
	}

	private void approve(PersonId admin, SolutionId id) {
		runAs.person(admin, null,
				() -> screening.pending()
					.stream()
					.filter(pending -> pending.id().equals(id))
					.findFirst()
					.ifPresent(pending -> screening.approve(id, pending.version())));
	}

	private ConsultationId publish(PersonId manager, OrganisationId city, Draft draft, int days) {
		return runAs.person(manager, city, () -> {
			var closesAt = LocalDateTime.ofInstant(clock.instant(), BRUSSELS)
				.plusDays(days)
				.withHour(17)
				.withMinute(0)
				.withSecond(0)
				.withNano(0);
			return consultations.publish(city, ConsultationDraft.of(draft.title(), draft.problem(), draft.questions(),
					draft.cpvCodes(), Language.ENGLISH, closesAt));
		});
	}

	private record Draft(String title, String problem, List<String> questions, List<String> cpvCodes) {
	}

	private static SolutionProfile binSensors() {
		return SolutionProfile.builder()
			.name("FillSense bin sensors")
			.pitch("Ultrasonic sensors clipped under the lid of any street bin tell your crews which bins are full, "
					+ "so that rounds skip the empty ones and no bin overflows on market days.")
			.description("""
					Each sensor measures the **fill level** every hour and sends it over LoRaWAN or NB-IoT. A web
					dashboard shows the bins on a map and proposes the day's round.

					- Fits most bin models in ten minutes, without tools
					- Battery lasts five years""")
			.problemsSolved("Half-empty bins emptied on fixed rounds; overflowing bins near stations and markets.")
			.cpvCodes(List.of("48000000-8", "38000000-5"))
			.trl(8)
			.customerReferences("Running in two Flemish towns since 2024 (1,400 bins).")
			.languages(List.of(Language.ENGLISH, Language.DUTCH, Language.FRENCH))
			.website("https://sensorylabs.example/fillsense")
			.build();
	}

	private static SolutionProfile mobilityHub() {
		return SolutionProfile.builder()
			.name("Open mobility data hub")
			.pitch("One place where a city collects counts of bikes, pedestrians and cars from any sensor brand, "
					+ "and publishes them as open data.")
			.description("A hosted platform with connectors for 30 counter brands, an open API and monthly reports.")
			.problemsSolved("Counting data spread over several suppliers' portals; reports assembled by hand.")
			.cpvCodes(List.of("72000000-5"))
			.trl(9)
			.customerReferences("Used by three German cities.")
			.languages(List.of(Language.GERMAN, Language.ENGLISH))
			.website("https://databridge.example/mobility")
			.build();
	}

	private static SolutionProfile noiseMonitors() {
		return SolutionProfile.builder()
			.name("Street noise monitors")
			.pitch("Small solar-powered monitors that measure street noise day and night and tell what causes it.")
			.description("Each monitor classifies noise (traffic, deliveries, nightlife) without recording speech.")
			.problemsSolved("Complaints about night-time noise that the city cannot measure.")
			.cpvCodes(List.of("38000000-5"))
			.trl(6)
			.languages(List.of(Language.ENGLISH, Language.GERMAN))
			.build();
	}

	private static Draft nightDeliveries() {
		return new Draft("Quieter deliveries in the old town", """
				Shops in the old town are delivered between 5 and 7 in the morning, and residents complain of
				the noise. We want to know what exists before we write a challenge.""", List
			.of("Which quieter ways of delivering exist today?", "What would a small trial need from the city?"),
				List.of("60000000-8"));
	}

	private static Draft cycleCounting() {
		return new Draft("Counting cyclists on every street",
				"We count cyclists at six places only. How could we know how many ride on every street of the centre?",
				List.of("Which methods exist, and how accurate are they?", "What do they cost per street and year?",
						"What data would they need from us?"),
				List.of("38000000-5"));
	}

}
