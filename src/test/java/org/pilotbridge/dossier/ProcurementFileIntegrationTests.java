package org.pilotbridge.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.evaluation.AwardApproval;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.BidderRequests;
import org.pilotbridge.evaluation.Bidder;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.evaluation.TestEvaluation;
import org.pilotbridge.identity.NotSignedIn;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The procurement file of a challenge evaluated and awarded on the test data: what its
 * managers download, read back from the ZIP, and the refusal everyone else gets.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({ MutableClockConfiguration.class, TestBidding.class, TestEvaluation.class })
class ProcurementFileIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	TestBidding bidding;

	@Autowired
	TestEvaluation fixtures;

	@Autowired
	ProcurementFiles files;

	@Autowired
	ProposalManagement proposals;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	EvaluationQuery query;

	@Autowired
	AwardManagement awards;

	@Autowired
	AwardApproval approval;

	@Autowired
	BidderRequests requests;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	ChallengeQuery challengeQuery;

	@Autowired
	ChallengeManagement challengeManagement;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void theManagersDownloadEveryPartOfAnAwardedChallengeAndTheIndexListsEachOne() throws IOException {
		var scenario = fixtures.scenario();
		var first = scenario.companies().get(0);
		// A second version, with a file, before the deadline: every version received
		// belongs in the file.
		bidding.attach(first, scenario.proposals().get(0), "plan.pdf", TestPdfs.onePage());
		bidding.as(first.member(), first.id(), () -> proposals.submit(scenario.proposals().get(0)));
		// An amendment before the deadline: the challenge sheet names what changed.
		bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> {
			var managed = challengeQuery.managed(scenario.challenge().id());
			var codes = new ArrayList<>(managed.content().cpvCodes());
			codes.add(codes.contains("48000000-8") ? "72000000-5" : "48000000-8");
			challengeManagement.amend(managed.id(), managed.version(),
					managed.content().toBuilder().cpvCodes(codes).build(), "Software licences too");
		});
		award(scenario);
		var challenge = scenario.challenge().id();
		assertThat(challenges.challenge(challenge).orElseThrow().state()).isEqualTo(ChallengeState.AWARDED);

		var zip = download(scenario.agency().manager(), scenario.agency().id(), challenge);

		var entries = unzip(zip);
		assertThat(entries).containsKeys("index.pdf", "challenge/challenge-sheet.pdf", "challenge/challenge.json",
				"proposals/proposals.json", "evaluation/panel.json", "evaluation/declarations.json",
				"evaluation/score-sheets.json", "evaluation/consensus.json", "evaluation/decision.json",
				"audit/entries.json", "audit/verification.json");
		assertThat(entries.keySet()).filteredOn(path -> path.endsWith("/proposal.json")).hasSize(4);
		assertThat(entries.keySet()).filteredOn(path -> path.contains("/version-2/files/"))
			.singleElement()
			.asString()
			.endsWith("plan.pdf");
		assertThat(entries.keySet()).filteredOn(path -> path.startsWith("evaluation/letters/")).hasSize(3);
		assertThat(entries.keySet()).filteredOn(path -> path.startsWith("evaluation/") && path.contains("report"))
			.hasSize(1);
		// Every PDF the platform issued is PDF/A; the files bidders uploaded are kept as
		// they came.
		entries.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith(".pdf") && !entry.getKey().contains("/files/"))
			.forEach(entry -> PdfAssertions.assertPdfA3b(entry.getValue()));

		// The index lists every part with its path and digest, and every path it lists is
		// in the ZIP.
		var index = entries.get("index.pdf");
		var listed = json.readTree(embedded(index, "parts.json"));
		var paths = new ArrayList<String>();
		var absent = new ArrayList<String>();
		for (var part : listed) {
			if (part.get("path").isNull()) {
				absent.add(part.get("description").asString());
				continue;
			}
			var path = part.get("path").asString();
			paths.add(path);
			assertThat(entries).as(path).containsKey(path);
			assertThat(org.pilotbridge.shared.Sha256.hex(entries.get(path))).as(path)
				.isEqualTo(part.get("sha256").asString());
		}
		var others = new ArrayList<>(entries.keySet());
		others.remove("index.pdf");
		assertThat(paths).as("every part but the index itself is listed").containsExactlyInAnyOrderElementsOf(others);
		assertThat(absent).containsExactlyInAnyOrder("The requests for review and their answers",
				"The requests for a debriefing and their answers", "The approval of the decision");
		assertThat(PdfAssertions.text(entries.get("challenge/challenge-sheet.pdf")).replaceAll("\\s+", " "))
			.as("the change log names the changed field as the editor does")
			.contains("Software licences too")
			.containsAnyOf("CPV codes", "Codes CPV", "CPV-codes", "CPV-Codes")
			.doesNotContain("cpvCodes");
		var text = PdfAssertions.text(index).replaceAll("\\s+", "");
		for (var path : paths) {
			assertThat(text).as("the index's table names " + path).contains(path);
		}
		assertThat(PdfAssertions.text(index).replaceAll("\\s+", " "))
			.contains("absent: none was filed", "absent: the agency did not want this decision approved")
			.containsAnyOf("The whole audit chain was last verified intact", "has not been verified intact yet");

		// The audit entries carry what links them into the chain: each hash covers its
		// canonical form.
		var audit = json.readTree(entries.get("audit/entries.json"));
		assertThat(audit.size()).isPositive();
		for (var linked : audit) {
			var entry = linked.get("entry");
			assertThat(org.pilotbridge.shared.Sha256
				.hex(entry.get("previousHash").asString() + "\n" + linked.get("canonicalForm").asString()))
				.isEqualTo(entry.get("hash").asString());
		}
		assertThat(actions(audit)).contains("challenge.published", "proposal.submitted", "evaluation.decided",
				ProcurementFiles.DOWNLOADED);
		assertThat(downloads(challenge)).singleElement()
			.satisfies(entry -> assertThat(entry.actor()).isEqualTo("person:" + scenario.agency().manager()));
	}

	@Test
	void theAuthorisingOfficerGetsTheFileWithTheApprovalAndTheRequestsForReview() throws IOException {
		var scenario = fixtures.scenarioWithApproval(10);
		award(scenario);
		var challenge = scenario.challenge().id();
		var officer = scenario.agency().member();
		bidding.as(officer, scenario.agency().id(), () -> approval.approve(challenge, true));
		var loser = scenario.companies().get(1);
		bidding.as(loser.member(), loser.id(), () -> requests.requestReview(scenario.proposals().get(1),
				"The panel scored our team on references we did not give."));
		var review = bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> approval.overview(challenge))
			.reviews()
			.getFirst();
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> requests.answerReview(review.id(), "The panel read your proposal again; the team score stands."));

		var entries = unzip(download(officer, scenario.agency().id(), challenge));

		var approved = json.readTree(entries.get("evaluation/approval.json"));
		assertThat(approved.get("approvedBy").get("id").asString()).isEqualTo(officer.id().toString());
		assertThat(approved.get("declaredNoConflictWith").size()).isEqualTo(3);
		var reviews = json.readTree(entries.get("evaluation/review-requests.json"));
		assertThat(reviews.size()).isOne();
		assertThat(reviews.get(0).get("reasons").asString()).contains("references we did not give");
		assertThat(reviews.get(0).get("answer").asString()).contains("the team score stands");
		assertThat(entries.keySet()).filteredOn(path -> path.startsWith("evaluation/letters/")).hasSize(3);
		var listed = json.readTree(embedded(entries.get("index.pdf"), "parts.json"));
		var absent = new ArrayList<String>();
		listed.forEach(part -> {
			if (part.get("path").isNull()) {
				absent.add(part.get("description").asString());
			}
		});
		assertThat(absent).containsExactly("The requests for a debriefing and their answers");
		assertThat(actions(json.readTree(entries.get("audit/entries.json")))).contains("evaluation.decided",
				"evaluation.approved", "evaluation.review.requested", "evaluation.review.answered");
	}

	@Test
	void nobodyButTheManagersAndOfficersGetsTheFileAndNothingIsRecordedForThem() {
		var scenario = fixtures.scenario();
		award(scenario);
		var challenge = scenario.challenge().id();
		var otherAgency = bidding.agency();
		var bidder = scenario.companies().get(1);
		var evaluator = scenario.evaluators().get(0);
		var before = auditTrail.entriesOf("challenge", challenge).size();

		refused(() -> bidding.as(otherAgency.manager(), otherAgency.id(), () -> download(challenge)),
				ChallengeNotFound.class);
		refused(() -> bidding.as(bidder.owner(), bidder.id(), () -> download(challenge)), ChallengeNotFound.class);
		refused(() -> bidding.as(evaluator, null, () -> download(challenge)), ChallengeNotFound.class);
		refused(() -> bidding.as(scenario.agency().member(), scenario.agency().id(), () -> download(challenge)),
				ChallengeNotFound.class);
		refused(() -> download(challenge), NotSignedIn.class);

		assertThat(downloads(challenge)).isEmpty();
		assertThat(auditTrail.entriesOf("challenge", challenge)).hasSize(before);
	}

	@Test
	void theManagersGetNoFileBeforeTheProposalsAreOpened() {
		var agency = bidding.agency();
		var open = bidding.challenge(agency);

		refused(() -> bidding.as(agency.manager(), agency.id(), () -> download(open.id())), ChallengeNotFound.class);
		assertThat(downloads(open.id())).isEmpty();
	}

	private void award(TestEvaluation.Scenario scenario) {
		fixtures.close(scenario);
		var challenge = scenario.challenge().id();
		for (var evaluator : scenario.evaluators()) {
			bidding
				.as(evaluator, null,
						() -> evaluations.declare(challenge, evaluations.bidders(challenge)
							.stream()
							.collect(Collectors.toMap(Bidder::company, bidder -> DeclarationInput.noConflict()))));
			for (var proposal : scenario.proposals()) {
				bidding.as(evaluator, null, () -> evaluations.submit(proposal, scores(scenario)));
			}
		}
		for (var proposal : scenario.proposals()) {
			bidding.as(scenario.chair(), null,
					() -> awards.recordConsensus(proposal,
							query.consensusForm(proposal)
								.criteria()
								.stream()
								.map(criterion -> new ConsensusInput(criterion.criterion().id(), criterion.mean(),
										"The panel found " + criterion.criterion().name() + " convincing at "
												+ criterion.mean() + " points.",
										""))
								.toList()));
		}
		bidding.as(scenario.chair(), null, () -> awards.proposeAward(challenge,
				List.of(query.ranking(challenge).lines().getFirst().ranked().proposal()), null));
	}

	private static List<Score> scores(TestEvaluation.Scenario scenario) {
		var criteria = scenario.qualitative();
		return IntStream.range(0, criteria.size())
			.mapToObj(i -> new Score(criteria.get(i).id(), 4,
					"Points for " + criteria.get(i).name() + ": the proposal explains its plan clearly."))
			.toList();
	}

	private byte[] download(PersonId person, org.pilotbridge.identity.OrganisationId organisation,
			ChallengeId challenge) {
		return bidding.as(person, organisation, () -> download(challenge));
	}

	/**
	 * Downloads as whoever is signed in; fails the test if the target is opened for
	 * someone refused.
	 */
	private byte[] download(ChallengeId challenge) {
		var out = new ByteArrayOutputStream();
		try {
			files.download(challenge, fileName -> {
				assertThat(fileName.value()).startsWith("procurement-file-").endsWith(".zip");
				return out;
			});
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void refused(Runnable attempt, Class<? extends Throwable> refusal) {
		assertThatThrownBy(attempt::run).isInstanceOf(refusal);
	}

	private List<AuditEntry> downloads(ChallengeId challenge) {
		return auditTrail.entriesOf("challenge", challenge)
			.stream()
			.filter(entry -> entry.action().equals(ProcurementFiles.DOWNLOADED))
			.toList();
	}

	private static List<String> actions(JsonNode audit) {
		var actions = new ArrayList<String>();
		audit.forEach(linked -> actions.add(linked.get("entry").get("action").asString()));
		return actions;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		var entries = new LinkedHashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				assertThat(entries.put(entry.getName(), in.readAllBytes())).as("one entry at " + entry.getName())
					.isNull();
			}
		}
		return entries;
	}

	private static byte[] embedded(byte[] pdf, String name) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
			return files.get(name).getEmbeddedFile().toByteArray();
		}
	}

}
