package org.pilotbridge.opendata;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.evaluation.awards.AwardDecision;
import org.pilotbridge.evaluation.awards.AwardDetails;
import org.pilotbridge.identity.EnterpriseNumber;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a challenge and an award decision (from a fake {@link AwardDetails}) become
 * releases: parties and their roles, identifiers, awards pending during the standstill
 * period, bidders named only when allowed.
 */
class OcdsReleaseBuilderTests {

	private static final Instant PUBLISHED = Instant.parse("2026-03-02T09:00:00Z");

	private static final Instant DECIDED = Instant.parse("2026-04-20T14:00:00Z");

	private final OrganisationSummary agency = organisation(OrganisationKind.AGENCY, "City of Ghent", "BE",
			new EnterpriseNumber("BE", "0207451227"));

	private final OrganisationSummary winner = organisation(OrganisationKind.COMPANY, "Routes GmbH", "DE",
			new EnterpriseNumber("DE", "DE123456789"));

	private final OrganisationSummary loser = organisation(OrganisationKind.COMPANY, "Wien Mobil", "AT",
			new EnterpriseNumber("AT", "ATU12345678"));

	private final PublicChallenge challenge = challenge();

	@Test
	void describesTheCallWithTheAgencyAsBuyerAndProcuringEntity() {
		var release = builder(false).tender(ReleaseStage.TENDER, PUBLISHED, challenge, agency);

		assertThat(release.ocid()).isEqualTo("ocds-test-CH-2026-0042");
		assertThat(release.tag()).containsExactly("tender");
		assertThat(release.language()).isEqualTo("en");
		assertThat(release.parties()).singleElement().satisfies(party -> {
			assertThat(party.id()).isEqualTo(agency.id().toString());
			assertThat(party.roles()).containsExactly("buyer", "procuringEntity");
			assertThat(party.identifier()).isEqualTo(new Ocds.Identifier("BE-BCE_KBO", "0207451227", "City of Ghent"));
			assertThat(party.address()).isEqualTo(new Ocds.Address("Ghent", "Belgium"));
		});
		var tender = release.tender();
		assertThat(tender.status()).isEqualTo("active");
		assertThat(tender.value()).isEqualTo(new Ocds.Value(Money.euros(25_000).amount(), "EUR"));
		assertThat(tender.procurementMethod()).isEqualTo("open");
		assertThat(tender.procurementMethodDetails()).startsWith("Low-value contract procedure");
		assertThat(tender.awardCriteria()).isEqualTo("ratedCriteria");
		assertThat(tender.awardCriteriaDetails()).isEqualTo(
				"Quality of the approach: 60 % (Scored by the panel). How well it fits our routes\nPrice: 40 % (Price)");
		assertThat(tender.items()).singleElement().satisfies(item -> {
			assertThat(item.classification()).isEqualTo(new Ocds.Classification("CPV", "72000000-5", "IT services"));
			assertThat(item.additionalClassifications()).extracting(Ocds.Classification::id)
				.containsExactly("48000000-8");
		});
		assertThat(tender.tenderPeriod()).isEqualTo(new Ocds.Period(PUBLISHED, challenge.proposalsDeadline(), null));
		assertThat(tender.contractPeriod().durationInDays()).isEqualTo(84);
		assertThat(tender.tenderers()).isEmpty();
		assertThat(release.awards()).isEmpty();
	}

	@Test
	void publishesPendingAwardsDuringTheStandstillPeriodWithTheWinnerAsSupplier() {
		var standstillEnd = DECIDED.plus(Duration.ofDays(10));
		AwardDetails details = id -> Optional.of(new AwardDecision(DECIDED, standstillEnd,
				List.of(new AwardDecision.Winner(winner.id(), Money.euros(24_000))), List.of(winner.id(), loser.id())));
		var decision = details.decision(challenge.id());

		var release = builder(false).award(DECIDED, challenge, agency, decision, 2, this::lookUp);

		assertThat(release.tag()).containsExactly("award");
		assertThat(release.tender().status()).isEqualTo("complete");
		assertThat(release.tender().numberOfTenderers()).isEqualTo(2);
		assertThat(release.tender().tenderers()).isEmpty();
		assertThat(release.awards()).singleElement().satisfies(award -> {
			assertThat(award.id()).isEqualTo("CH-2026-0042-award-1");
			assertThat(award.status()).isEqualTo("pending");
			assertThat(award.date()).isEqualTo(DECIDED);
			assertThat(award.value()).isEqualTo(new Ocds.Value(Money.euros(24_000).amount(), "EUR"));
			assertThat(award.suppliers())
				.containsExactly(new Ocds.OrganizationReference(winner.id().toString(), "Routes GmbH"));
		});
		assertThat(release.parties()).extracting(Ocds.Organization::name, Ocds.Organization::roles)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("City of Ghent", List.of("buyer", "procuringEntity")),
					org.assertj.core.groups.Tuple.tuple("Routes GmbH", List.of("supplier")));
		assertThat(release.parties().get(1).identifier())
			.isEqualTo(new Ocds.Identifier("DE-VAT", "123456789", "Routes GmbH"));
		assertThat(ReleaseBuilder.standstillEnd(decision, DECIDED)).contains(standstillEnd);

		var inForce = ReleaseBuilder.inForce(release, standstillEnd);
		assertThat(inForce.tag()).containsExactly("awardUpdate");
		assertThat(inForce.date()).isEqualTo(standstillEnd);
		assertThat(inForce.awards()).extracting(Ocds.Award::status).containsExactly("active");
	}

	@Test
	void namesEveryBidderAsTendererOnlyWhenAllowed() {
		AwardDetails details = id -> Optional.of(new AwardDecision(DECIDED, null,
				List.of(new AwardDecision.Winner(winner.id(), Money.euros(24_000))), List.of(winner.id(), loser.id())));

		var release = builder(true).award(DECIDED, challenge, agency, details.decision(challenge.id()), 2,
				this::lookUp);

		assertThat(release.awards()).extracting(Ocds.Award::status).containsExactly("active");
		assertThat(release.tender().tenderers()).extracting(Ocds.OrganizationReference::name)
			.containsExactly("Routes GmbH", "Wien Mobil");
		assertThat(release.parties()).extracting(Ocds.Organization::name, Ocds.Organization::roles)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("City of Ghent", List.of("buyer", "procuringEntity")),
					org.assertj.core.groups.Tuple.tuple("Routes GmbH", List.of("tenderer", "supplier")),
					org.assertj.core.groups.Tuple.tuple("Wien Mobil", List.of("tenderer")));
		assertThat(release.parties().get(2).identifier())
			.isEqualTo(new Ocds.Identifier("AT-UID", "U12345678", "Wien Mobil"));
	}

	@Test
	void publishesAnAwardWithItsDateOnlyWhileNoModuleKnowsTheDecision() {
		AwardDetails none = id -> Optional.empty();

		var release = builder(true).award(DECIDED, challenge, agency, none.decision(challenge.id()), 3, this::lookUp);

		assertThat(release.awards()).singleElement().satisfies(award -> {
			assertThat(award.status()).isEqualTo("active");
			assertThat(award.date()).isEqualTo(DECIDED);
			assertThat(award.suppliers()).isEmpty();
			assertThat(award.value()).isNull();
		});
		assertThat(release.parties()).hasSize(1);
		assertThat(ReleaseBuilder.standstillEnd(Optional.empty(), DECIDED)).isEmpty();
	}

	@Test
	void marksAnEvaluationWithoutAwardAsUnsuccessful() {
		var release = builder(true).noAward(DECIDED, challenge, agency, Optional.empty(), 0);

		assertThat(release.tag()).containsExactly("award");
		assertThat(release.tender().status()).isEqualTo("unsuccessful");
		assertThat(release.tender().awardPeriod()).isEqualTo(new Ocds.Period(null, DECIDED, null));
		assertThat(release.awards()).singleElement().satisfies(award -> {
			assertThat(award.status()).isEqualTo("unsuccessful");
			assertThat(award.title()).isEqualTo("No pilot was awarded");
			assertThat(award.suppliers()).isEmpty();
		});
	}

	@Test
	void tagsEachStepOfTheCall() {
		var builder = builder(false);

		assertThat(builder.tender(ReleaseStage.AMENDMENT, DECIDED, challenge, agency).tag())
			.containsExactly("tenderAmendment");
		assertThat(builder.tender(ReleaseStage.CLOSE, DECIDED, challenge, agency).tag())
			.containsExactly("tenderUpdate");
		var evaluation = builder.tender(ReleaseStage.EVALUATION, DECIDED, challenge, agency);
		assertThat(evaluation.tender().awardPeriod()).isEqualTo(new Ocds.Period(DECIDED, null, null));
		var cancellation = builder.tender(ReleaseStage.CANCELLATION, DECIDED, challenge, agency);
		assertThat(cancellation.tag()).containsExactly("tenderCancellation");
		assertThat(cancellation.tender().status()).isEqualTo("cancelled");
	}

	@Test
	void leavesOutTheIdentifierOfAnOrganisationWithoutEnterpriseNumber() {
		var unnumbered = organisation(OrganisationKind.AGENCY, "Village", "BE", null);

		assertThat(PartyIdentifiers.of(unnumbered)).isEmpty();
		assertThat(PartyIdentifiers
			.of(organisation(OrganisationKind.COMPANY, "Athens", "GR", new EnterpriseNumber("GR", "EL123456789"))))
			.contains(new Ocds.Identifier("GR-VAT", "123456789", "Athens"));
	}

	private Optional<OrganisationSummary> lookUp(OrganisationId id) {
		return List.of(agency, winner, loser).stream().filter(organisation -> organisation.id().equals(id)).findFirst();
	}

	private static ReleaseBuilder builder(boolean publishBidderNames) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/opendata", "messages/challenge");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var properties = new OpenDataProperties("ocds-test", publishBidderNames, "Pilotbridge",
				URI.create("https://creativecommons.org/publicdomain/zero/1.0/"), null, Duration.ofSeconds(60), 50,
				Duration.ofMinutes(1), new OpenDataProperties.RateLimit(true, 120, Duration.ofMinutes(1)));
		return new ReleaseBuilder(properties, messages);
	}

	private static OrganisationSummary organisation(OrganisationKind kind, String name, String country,
			EnterpriseNumber number) {
		return new OrganisationSummary(new OrganisationId(UUID.randomUUID()), kind, name, country,
				country.equals("BE") ? "Ghent" : "Elsewhere", number,
				kind == OrganisationKind.COMPANY ? SizeClass.SMALL : null, VerificationState.VERIFIED);
	}

	private PublicChallenge challenge() {
		return new PublicChallenge(new ChallengeId(UUID.randomUUID()), "CH-2026-0042", "Fewer empty school buses",
				"Plan school bus routes from actual ridership.", "Plan school bus routes from actual ridership.",
				"<p>Our buses run half empty.</p>", "", "", "", agency.id(), agency.name(), ChallengeState.PUBLISHED,
				PUBLISHED.plus(Duration.ofDays(10)), PUBLISHED.plus(Duration.ofDays(21)), ZoneId.of("Europe/Brussels"),
				Money.euros(25_000), 12, 1, EvaluationScale.standard(),
				List.of(new Criterion(UUID.randomUUID(), "Quality of the approach", "How well it fits our routes", 60,
						CriterionType.QUALITATIVE),
						new Criterion(UUID.randomUUID(), "Price", "", 40, CriterionType.PRICE)),
				List.of(new CpvCatalogue.Entry("72000000-5", "IT services"),
						new CpvCatalogue.Entry("48000000-8", "Software package and information systems")),
				List.of("mobility"), List.of(Language.ENGLISH), null, 0, null, PUBLISHED, null, List.of(), List.of(),
				List.of());
	}

}
