package org.pilotbridge.opendata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.opendata.OpenDataScenarios.Case;
import org.pilotbridge.opendata.OpenDataScenarios.EveryState;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.shared.PreviewCard;
import org.pilotbridge.shared.PreviewCard.Fact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures of link previews, as a chat application or a social network fetches them:
 * whoever holds a link to a public challenge, solution or pilot's results gets a PNG of
 * 1200 × 630 pixels drawn with the facts of the page in the language of the address,
 * without a session or a cookie, and a cache that asks again gets {@code 304}; a draft,
 * results not published or a made-up reference are not found. The bytes served are
 * compared with the card drawn from the expected lines, so the title, agency and amounts
 * are known to be on it.
 */
class PreviewCardsWebTests extends OpenDataWebTest {

	@Autowired
	ChallengeQuery challenges;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	RunAs runAs;

	@Autowired
	SolutionManagement solutionManagement;

	@Autowired
	SolutionScreening screening;

	@Autowired
	SolutionQuery solutionQuery;

	@Autowired
	PilotManagement pilotManagement;

	@Autowired
	PilotQuery pilotQuery;

	private EveryState every;

	@BeforeEach
	void makeChallengesInEveryState() {
		every = scenarios.everyState();
	}

	@Test
	void anOpenChallengeShowsItsTitleAgencyBudgetAndDeadlineInTheLanguageOfTheAddress() throws IOException {
		var reference = every.get(Case.PUBLISHED).reference();
		var challenge = challenges.byReference(reference).orElseThrow();

		var english = fetch("/cards/challenges/" + reference + ".png");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Content-Type")).hasValue("image/png");
		var image = decode(english.body());
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		assertThat(english.body()).as("the card drawn from the expected lines")
			.isEqualTo(openCard(challenge, "Challenge · ", "Budget cap", " excluding VAT", "Deadline for proposals",
					Language.ENGLISH.locale())
				.png());

		var french = fetch("/fr/cards/challenges/" + reference + ".png");
		assertThat(french.body()).isEqualTo(openCard(challenge, "Défi · ", "Plafond budgétaire", " hors TVA",
				"Date limite des propositions", Locale.FRENCH)
			.png());
		assertThat(fetch("/de/cards/challenges/" + reference + ".png").body()).isNotEqualTo(english.body());
	}

	@Test
	void aDecidedChallengeShowsHowItEnded() {
		var awarded = challenges.byReference(every.get(Case.AWARDED).reference()).orElseThrow();

		assertThat(fetch("/nl/cards/challenges/" + awarded.reference() + ".png").body())
			.isEqualTo(new PreviewCard("Uitdaging · " + awarded.reference(), awarded.title(), agency(every), "",
					List.of(new Fact("Maximumbudget",
							Money.euros(25_000).format(Language.DUTCH.locale()) + " exclusief btw"),
							new Fact("Stand van zaken", "Gegund")))
				.png());
	}

	@Test
	void aMadeUpReferenceOrADraftIsNotFoundAndAnUnknownLanguageIsNoCard() {
		assertThat(fetch("/cards/challenges/CH-1999-0001.png").statusCode()).isEqualTo(404);
		assertThat(fetch("/cards/challenges/" + every.get(Case.DRAFT).id() + ".png").statusCode()).isEqualTo(404);
		assertThat(fetch("/xx/cards/challenges/" + every.get(Case.PUBLISHED).reference() + ".png").headers()
			.firstValue("Content-Type")).as("not a language: not a card (the application's not-found page)")
			.hasValueSatisfying(type -> assertThat(type).doesNotStartWith("image/"));
		assertThat(fetch("/cards/solutions/no-such-solution.png").statusCode()).isEqualTo(404);
		assertThat(fetch("/cards/results/CH-1999-0001-P1.png").statusCode()).isEqualTo(404);
	}

	@Test
	void aCardLeavesNoSessionAndSetsNoCookieEvenWhenAskedToSwitchLanguage() {
		var reference = every.get(Case.PUBLISHED).reference();
		for (var path : List.of("/cards/challenges/" + reference + ".png", "/fr/cards/challenges/" + reference + ".png",
				"/cards/challenges/" + reference + ".png?lang=fr", "/cards/challenges/CH-1999-0001.png")) {
			var response = fetch(path);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		var response = fetch("/cards/challenges/" + reference + ".png");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void aCacheThatHasTheCardAlreadyGetsNotModifiedWithoutTheBytes() {
		var path = "/cards/challenges/" + every.get(Case.PUBLISHED).reference() + ".png";
		var first = fetch(path);
		var tag = first.headers().firstValue("ETag").orElseThrow();

		var again = fetch(path, "If-None-Match", tag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(fetch(path, "If-None-Match", "\"0something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeOrAPassingDeadlineShowsOnTheNextCardAtOnce() {
		var cast = scenarios.cast();
		var made = scenarios.publish(cast, scenarios.draft(cast, "Quieter night buses", "72000000-5"));
		var path = "/cards/challenges/" + made.reference() + ".png";
		var before = fetch(path).body();

		scenarios.amendDeadline(cast, made, Duration.ofDays(40), "More time to answer");
		var amended = challenges.byReference(made.reference()).orElseThrow();
		var afterAmendment = fetch(path).body();
		assertThat(afterAmendment).isNotEqualTo(before)
			.isEqualTo(openCard(amended, "Challenge · ", "Budget cap", " excluding VAT", "Deadline for proposals",
					Language.ENGLISH.locale())
				.png());

		scenarios.passDeadline(made);
		assertThat(fetch(path).body()).as("past its deadline, read as closed without anything else happening")
			.isEqualTo(new PreviewCard("Challenge · " + amended.reference(), amended.title(), amended.agencyName(), "",
					List.of(new Fact("Budget cap",
							Money.euros(25_000).format(Language.ENGLISH.locale()) + " excluding VAT"),
							new Fact("Where it stands", "Closed, proposals being opened")))
				.png());
	}

	@Test
	void aSolutionInTheCatalogueShowsItsNameCompanyPitchAndMaturityAndNothingBefore() {
		var cast = every.cast();
		var id = runAs.person(cast.winnerOwner().id(), cast.winner(), () -> {
			var created = solutionManagement.create(cast.winner(),
					SolutionProfile.builder()
						.name("Bin sensors " + cast.run())
						.pitch("Sensors tell your crews which street bins are full.")
						.description("Each sensor clips under the lid of any street bin.")
						.problemsSolved("Half-empty bins emptied on fixed rounds.")
						.cpvCodes(List.of("48000000-8"))
						.trl(8)
						.customerReferences("Used in two towns since 2024.")
						.languages(List.of(Language.ENGLISH))
						.website("https://binsensors.example/product")
						.build());
			solutionManagement.submit(created);
			return created;
		});
		var reference = runAs.person(cast.winnerOwner().id(), cast.winner(),
				() -> solutionQuery.managed(id).reference());
		assertThat(fetch("/cards/solutions/" + reference + ".png").statusCode()).as("waiting for screening")
			.isEqualTo(404);

		runAs.person(cast.admin().id(), null, () -> screening.approve(id, solutionQuery.managed(id).version()));

		var company = organisations.organisation(cast.winner()).map(OrganisationSummary::name).orElseThrow();
		assertThat(fetch("/de/cards/solutions/" + reference + ".png").body()).isEqualTo(new PreviewCard("Lösung",
				"Bin sensors " + cast.run(), company, "Sensors tell your crews which street bins are full.",
				List.of(new Fact("Reifegrad", "TRL 8 · System vollständig und qualifiziert")))
			.png());
	}

	@Test
	void aPilotsResultsShowTheirOutcomeOnceTheyArePublished() {
		var cast = every.cast();
		var reference = every.get(Case.PILOT).reference() + "-P1";
		var path = "/cards/results/" + reference + ".png";
		assertThat(fetch(path).statusCode()).as("results completed but not published").isEqualTo(404);

		runAs.person(cast.manager().id(), cast.agency(), () -> {
			var pilot = pilotQuery.byReference(reference).pilot();
			pilotManagement.publishResults(pilot.id(), pilot.version());
		});

		var challenge = challenges.byReference(every.get(Case.PILOT).reference()).orElseThrow();
		var company = organisations.organisation(cast.winner()).map(OrganisationSummary::name).orElseThrow();
		assertThat(fetch(path).body()).isEqualTo(new PreviewCard("Pilot results · " + reference, challenge.title(),
				agency(every), "", List.of(new Fact("Outcome", "Succeeded"), new Fact("Company", company),
						new Fact("Next step", "Scale up with the solution")))
			.png());
	}

	private String agency(EveryState state) {
		return organisations.organisation(state.cast().agency()).map(OrganisationSummary::name).orElseThrow();
	}

	private static PreviewCard openCard(PublicChallenge challenge, String kicker, String budget, String excludingVat,
			String deadline, Locale locale) {
		return new PreviewCard(kicker + challenge.reference(), challenge.title(), challenge.agencyName(), "",
				List.of(new Fact(budget, challenge.budgetCap().format(locale) + excludingVat),
						new Fact(deadline,
								DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
									.withLocale(locale)
									.format(challenge.proposalsDeadline().atZone(challenge.timeZone())))));
	}

	private HttpResponse<byte[]> fetch(String path, String... headers) {
		var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

}
