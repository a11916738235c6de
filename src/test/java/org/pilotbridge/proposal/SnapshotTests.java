package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical form of a submitted version: fixed, complete, and read back to exactly
 * what was submitted.
 */
class SnapshotTests {

	static final Criterion QUALITY = new Criterion(UUID.fromString("7c1d2c4e-1a0b-4f7e-9c55-2b0e6d8f9a01"), "Quality",
			"How well it fits", 60, CriterionType.QUALITATIVE);

	static final Instant RECEIVED = Instant.parse("2026-12-16T10:59:59.000120Z");

	final ProposalContent content = ProposalContent.builder()
		.title("RouteWise")
		.summary("Routes from tap-in data.\nWeekly.")
		.approach("Cluster, then plan — “carefully”.")
		.answer(QUALITY.id(), "Our answer")
		.answer(CriterionId.of("00000000-0000-0000-0000-00000000dead"), "An answer to no criterion")
		.price(Money.euros("19500"))
		.vatRate(new BigDecimal("21.00"))
		.timelineWeeks(10)
		.timeline("Ten weeks")
		.team("Two planners")
		.declaresEligibility(true)
		.declaresNoConflictOfInterest(true)
		.acceptsTerms(false)
		.build();

	final ProposalAttachment file = new ProposalAttachment(
			ProposalAttachmentId.of("0b5f3c1e-2d4a-4e6f-8a9b-1c2d3e4f5a6b"), "Plan final.pdf",
			SafeFileName.ofPdf("Plan final.pdf"), 123_456, 3, "ab".repeat(32), RECEIVED.minusSeconds(60));

	final Snapshot snapshot = new Snapshot(ProposalId.of("5d0a6c3e-8f1b-4a2c-9d7e-3b4c5d6e7f80"), 2, RECEIVED,
			new Snapshot.ChallengeFacts(ChallengeId.of("2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b"), "CH-2026-0042",
					"Fewer empty buses", OrganisationId.of("3f4a5b6c-7d8e-4f90-a1b2-c3d4e5f6a7b8"),
					ZoneId.of("Europe/Brussels"), Instant.parse("2026-12-16T11:00:00Z"), List.of(QUALITY)),
			"Agency",
			new CompanyData(OrganisationId.of("4a5b6c7d-8e9f-4a0b-b1c2-d3e4f5a6b7c8"), "Sensory Labs", "0123.456.749",
					"Veldstraat 1", "9000", "Ghent", "BE", VerificationState.VERIFIED),
			PersonId.of("5b6c7d8e-9f0a-4b1c-c2d3-e4f5a6b7c8d9"), "Ann Dewitte", content, List.of(file));

	@Test
	void writesTheDocumentedCanonicalForm() {
		assertThat(snapshot.canonicalForm()).isEqualTo("{\"challenge\":{\"agency\":{\"id\":"
				+ "\"3f4a5b6c-7d8e-4f90-a1b2-c3d4e5f6a7b8\",\"name\":\"Agency\"},\"id\":\"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b\","
				+ "\"proposalsDeadline\":\"2026-12-16T11:00:00.000000Z\",\"reference\":\"CH-2026-0042\","
				+ "\"timeZone\":\"Europe/Brussels\",\"title\":\"Fewer empty buses\"},"
				+ "\"company\":{\"city\":\"Ghent\",\"country\":\"BE\",\"enterpriseNumber\":\"0123.456.749\","
				+ "\"id\":\"4a5b6c7d-8e9f-4a0b-b1c2-d3e4f5a6b7c8\",\"name\":\"Sensory Labs\",\"postalCode\":\"9000\","
				+ "\"street\":\"Veldstraat 1\",\"verificationState\":\"VERIFIED\"},"
				+ "\"content\":{\"answers\":[{\"criterion\":\"7c1d2c4e-1a0b-4f7e-9c55-2b0e6d8f9a01\",\"name\":\"Quality\","
				+ "\"text\":\"Our answer\"}],\"approach\":\"Cluster, then plan — “carefully”.\","
				+ "\"attachments\":[{\"fileName\":\"Plan final.pdf\",\"id\":\"0b5f3c1e-2d4a-4e6f-8a9b-1c2d3e4f5a6b\","
				+ "\"pages\":3,\"sha256\":\"" + "ab".repeat(32) + "\",\"size\":123456}],"
				+ "\"declarations\":{\"eligibility\":true,\"noConflictOfInterest\":true,\"terms\":false},"
				+ "\"price\":{\"amount\":\"19500.00\",\"currency\":\"EUR\"},\"summary\":\"Routes from tap-in data.\\nWeekly.\","
				+ "\"team\":\"Two planners\",\"timeline\":{\"description\":\"Ten weeks\",\"weeks\":10},"
				+ "\"title\":\"RouteWise\",\"vatRate\":\"21\"},\"format\":\"pilotbridge-proposal-1\","
				+ "\"proposal\":\"5d0a6c3e-8f1b-4a2c-9d7e-3b4c5d6e7f80\",\"receivedAt\":\"2026-12-16T10:59:59.000120Z\","
				+ "\"submittedBy\":{\"id\":\"5b6c7d8e-9f0a-4b1c-c2d3-e4f5a6b7c8d9\",\"name\":\"Ann Dewitte\"},\"version\":2}");
		assertThat(snapshot.digest()).isEqualTo(CanonicalJson.sha256(snapshot.canonicalForm()));
	}

	@Test
	void readsBackWhatWasSubmitted() {
		var frozen = Snapshot.read(snapshot.canonicalForm());

		assertThat(frozen.content())
			.isEqualTo(content.toBuilder().answers(java.util.Map.of(QUALITY.id(), "Our answer")).build());
		assertThat(frozen.company()).isEqualTo(snapshot.company());
		assertThat(frozen.submitterName()).isEqualTo("Ann Dewitte");
		assertThat(frozen.challengeReference()).isEqualTo("CH-2026-0042");
		assertThat(frozen.timeZone()).isEqualTo(ZoneId.of("Europe/Brussels"));
		assertThat(frozen.attachments()).containsExactly(file.id());
	}

	@Test
	void digestsTheContentAloneToTellWhetherAWorkingCopyChanged() {
		var same = Snapshot.contentDigest(content, List.of(QUALITY), List.of(file));

		assertThat(
				Snapshot.contentDigest(content.toBuilder().title("RouteWise").build(), List.of(QUALITY), List.of(file)))
			.isEqualTo(same);
		assertThat(Snapshot.contentDigest(content.toBuilder().price(Money.euros("19500.01")).build(), List.of(QUALITY),
				List.of(file)))
			.isNotEqualTo(same);
		assertThat(Snapshot.contentDigest(content, List.of(QUALITY), List.of())).isNotEqualTo(same);
	}

}
