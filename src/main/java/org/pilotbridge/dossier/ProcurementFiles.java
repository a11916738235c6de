package org.pilotbridge.dossier;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.evaluation.Decision;
import org.pilotbridge.evaluation.EvaluationArchive;
import org.pilotbridge.evaluation.EvaluationArchive.EvaluationRecord;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.proposal.ProposalArchive;
import org.pilotbridge.proposal.ProposalState;
import org.pilotbridge.shared.Language;

/**
 * Assembles a challenge's procurement file and streams it as a ZIP, part by part, never
 * holding the whole file in memory: the challenge as published and amended with its
 * answers, every proposal version received with its receipt and files, the evaluation's
 * records, letters and report, the challenge's audit entries with their links into the
 * chain, and an index PDF/A listing every part (or why it is absent) with its SHA-256.
 * Who may have it is {@link ProcurementFileAccess}'s one rule; the download is recorded
 * in the audit trail before a byte is written.
 *
 * @see "Design decision: docs/decisions/DD030-20261207-procurement-file.md"
 */
@Service
public class ProcurementFiles {

	static final String DOWNLOADED = "procurement-file.downloaded";

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ProcurementFileAccess access;

	private final ChallengeQuery challenges;

	private final ProposalArchive proposals;

	private final EvaluationArchive evaluations;

	private final AuditTrail auditTrail;

	private final ProcurementFileDocuments documents;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	ProcurementFiles(ProcurementFileAccess access, ChallengeQuery challenges, ProposalArchive proposals,
			EvaluationArchive evaluations, AuditTrail auditTrail, ProcurementFileDocuments documents,
			CurrentPerson current, OrganisationDirectory directory, MessageSource messages, Clock clock) {
		this.access = access;
		this.challenges = challenges;
		this.proposals = proposals;
		this.evaluations = evaluations;
		this.auditTrail = auditTrail;
		this.documents = documents;
		this.current = current;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Writes the procurement file of the challenge to the target, in the language of the
	 * person who asks, and records the download in the audit trail
	 * ({@code procurement-file.downloaded}) first.
	 * @throws ChallengeNotFound unless the person may have the file now
	 * ({@link ProcurementFileAccess}); then the target is never opened and nothing is
	 * recorded
	 */
	public void download(ChallengeId id, Target target) throws IOException {
		var person = current.required();
		var summary = access.requireFile(person, id);
		var reference = java.util.Objects.requireNonNull(summary.reference(),
				"a challenge with opened proposals was published");
		var challenge = challenges.byReference(reference).orElseThrow(() -> new ChallengeNotFound(id));
		var reader = directory.person(person).orElseThrow(() -> new ChallengeNotFound(id));
		auditTrail.record(current.auditRecord(DOWNLOADED, "challenge", id, Map.of("reference", reference)));
		var language = reader.language();
		try (var zip = new ZipOutputStream(new BufferedOutputStream(target.open(fileName(reference))))) {
			var parts = new FileParts(zip);
			parts.add(text(language, "dossier.part.challenge-sheet"), "challenge/challenge-sheet.pdf",
					documents.challengeSheet(challenge, language));
			parts.add(text(language, "dossier.part.challenge-data"), "challenge/challenge.json", json(challenge));
			var proposalIds = writeProposals(summary, parts, language);
			writeEvaluation(summary, parts, language);
			var objects = Map.of("challenge", List.of(id.toString()), "proposal", proposalIds);
			var audit = auditTrail.excerpt(objects);
			parts.add(text(language, "dossier.part.audit-entries"), "audit/entries.json", json(audit.entries()));
			parts.add(text(language, "dossier.part.audit-verification"), "audit/verification.json",
					json(Map.of("lastIntact", audit.lastIntact(), "latestVerification", audit.latestVerification())));
			var manifest = json(parts.parts());
			parts.add(text(language, "dossier.part.index"), "index.pdf",
					documents.index(reference, challenge.title(), challenge.agencyName(), name(reader), clock.instant(),
							challenge.timeZone(), parts.parts(), audit, manifest, language));
		}
	}

	/**
	 * Every proposal received: its list, then each version that may be opened with its
	 * receipt and files.
	 */
	private List<String> writeProposals(ChallengeSummary challenge, FileParts parts, Language language)
			throws IOException {
		var received = proposals.received(challenge.id());
		var ids = new ArrayList<String>();
		parts.add(text(language, "dossier.part.proposals"), "proposals/proposals.json", json(received));
		var position = 0;
		for (var proposal : received) {
			ids.add(proposal.id().toString());
			var company = proposal.company().name();
			var folder = "proposals/%02d-%s/".formatted(++position, SafeFileName.of(company).value());
			for (var version : proposal.versions()) {
				if (proposal.state() != ProposalState.SUBMITTED) {
					parts.absent(text(language, "dossier.part.version", company, version.number()),
							text(language, "dossier.absent.withdrawn"));
					continue;
				}
				var archived = proposals.version(proposal.id(), version.number());
				var versionFolder = folder + "version-" + version.number() + "/";
				parts.add(text(language, "dossier.part.version", company, version.number()),
						versionFolder + "proposal.json",
						archived.canonicalForm().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				parts.add(text(language, "dossier.part.receipt", company, version.number()),
						versionFolder + archived.receipt().fileName().value(), archived.receipt().pdf());
				for (var file : archived.files()) {
					parts.add(text(language, "dossier.part.file", company, version.number(), file.fileName()),
							versionFolder + "files/" + file.downloadName().value(),
							proposals.file(proposal.id(), file.id()));
				}
			}
		}
		if (received.isEmpty()) {
			parts.absent(text(language, "dossier.part.versions"), text(language, "dossier.absent.no-proposals"));
		}
		return ids;
	}

	private void writeEvaluation(ChallengeSummary challenge, FileParts parts, Language language) throws IOException {
		var record = evaluations.record(challenge.id());
		parts.add(text(language, "dossier.part.panel"), "evaluation/panel.json",
				json(Map.of("members", record.panel(), "removals", record.removals())));
		parts.add(text(language, "dossier.part.bidders"), "evaluation/bidders.json", json(record.bidders()));
		parts.add(text(language, "dossier.part.declarations"), "evaluation/declarations.json",
				json(record.declarations()));
		parts.add(text(language, "dossier.part.score-sheets"), "evaluation/score-sheets.json", json(record.sheets()));
		parts.add(text(language, "dossier.part.consensus"), "evaluation/consensus.json", json(record.consensus()));
		var report = evaluations.report(challenge.id(), language);
		if (report.isPresent()) {
			parts.add(text(language, "dossier.part.report"), "evaluation/" + report.get().fileName(),
					report.get().pdf());
		}
		else {
			parts.absent(text(language, "dossier.part.report"), text(language, "dossier.absent.not-started"));
		}
		if (record.decision().isEmpty()) {
			var why = text(language, "dossier.absent.no-decision");
			parts.absent(text(language, "dossier.part.decision"), why);
			parts.absent(text(language, "dossier.part.approval"), why);
			parts.absent(text(language, "dossier.part.letters"), why);
		}
		else {
			var decision = record.decision().get();
			parts.add(text(language, "dossier.part.decision"), "evaluation/decision.json", json(decision));
			writeApproval(decision, record, parts, language);
			if (!decision.awaitsApproval()) {
				for (var bidder : record.bidders()) {
					var letter = evaluations.letter(challenge.id(), bidder.proposal());
					parts.add(text(language, "dossier.part.letter", bidder.companyName()),
							"evaluation/letters/" + letter.fileName(), letter.pdf());
				}
			}
			else {
				parts.absent(text(language, "dossier.part.letters"),
						text(language, "dossier.absent.awaiting-approval"));
			}
		}
		if (!record.returned().isEmpty()) {
			parts.add(text(language, "dossier.part.returned"), "evaluation/decisions-sent-back.json",
					json(record.returned()));
		}
		if (record.reviews().isEmpty()) {
			parts.absent(text(language, "dossier.part.review-requests"), text(language, "dossier.absent.none-filed"));
		}
		else {
			parts.add(text(language, "dossier.part.review-requests"), "evaluation/review-requests.json",
					json(record.reviews()));
		}
		if (record.debriefings().isEmpty()) {
			parts.absent(text(language, "dossier.part.debriefings"), text(language, "dossier.absent.none-filed"));
		}
		else {
			parts.add(text(language, "dossier.part.debriefings"), "evaluation/debriefings.json",
					json(record.debriefings()));
		}
	}

	/**
	 * Who approved the decision and when, with the officer's declaration; or why there is
	 * no approval.
	 */
	private void writeApproval(Decision decision, EvaluationRecord record, FileParts parts, Language language)
			throws IOException {
		var officer = decision.approvedBy();
		if (decision.awaitsApproval()) {
			parts.absent(text(language, "dossier.part.approval"), text(language, "dossier.absent.awaiting-approval"));
		}
		else if (officer == null) {
			parts.absent(text(language, "dossier.part.approval"), text(language, "dossier.absent.no-approval-needed"));
		}
		else {
			parts.add(text(language, "dossier.part.approval"), "evaluation/approval.json",
					json(Map.of("approvedBy", officer, "approverName", evaluations.nameOf(officer), "approvedAt",
							Objects.requireNonNull(decision.approvedAt()), "declaredNoConflictWith",
							record.bidders().stream().map(bidder -> bidder.companyName()).toList())));
		}
	}

	private String text(Language language, String key, Object... arguments) {
		return messages.getMessage(key, arguments, language.locale());
	}

	private static String name(PersonSummary person) {
		return person.displayName();
	}

	private static byte[] json(Object value) {
		return json.writeValueAsBytes(value);
	}

	static SafeFileName fileName(String reference) {
		return SafeFileName.of("procurement-file-" + reference.toLowerCase(Locale.ROOT) + ".zip");
	}

	/**
	 * Where the file goes: opened once, only when the person may have the file, with its
	 * name.
	 */
	@FunctionalInterface
	public interface Target {

		OutputStream open(SafeFileName fileName) throws IOException;

	}

}
