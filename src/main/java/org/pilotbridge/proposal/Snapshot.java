package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.Money;

/**
 * Everything a submitted version says, frozen at the time of receipt, and its canonical
 * form: the text whose SHA-256 is the version's digest. The canonical form is JSON in RFC
 * 8785 (JCS) with the members listed in {@code DD006}; amounts and the VAT rate are
 * strings (exact decimals), times are UTC with six fractional digits, and each attachment
 * is represented by its metadata and its own SHA-256, so that the digest covers the files
 * without embedding them.
 *
 * @see "Design decision: docs/decisions/DD006-20261125-proposal-sealing-and-receipts.md"
 */
record Snapshot(ProposalId proposal, int version, Instant receivedAt, ChallengeFacts challenge, String agencyName,
		CompanyData company, PersonId submittedBy, String submitterName, ProposalContent content,
		List<ProposalAttachment> attachments) {

	static final String FORMAT = "pilotbridge-proposal-1";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The facts of the challenge a snapshot keeps. */
	record ChallengeFacts(ChallengeId id, String reference, String title, OrganisationId agency, ZoneId timeZone,
			Instant proposalsDeadline, List<Criterion> qualitativeCriteria) {
	}

	Snapshot {
		attachments = List.copyOf(attachments);
	}

	/** The text the digest is computed over. */
	String canonicalForm() {
		var root = new LinkedHashMap<String, Object>();
		root.put("format", FORMAT);
		root.put("proposal", proposal.toString());
		root.put("version", version);
		root.put("receivedAt", utc(receivedAt));
		root.put("challenge",
				Map.of("id", challenge.id().toString(), "reference", challenge.reference(), "title", challenge.title(),
						"agency", Map.of("id", challenge.agency().toString(), "name", agencyName), "timeZone",
						challenge.timeZone().getId(), "proposalsDeadline", utc(challenge.proposalsDeadline())));
		var companyFacts = new LinkedHashMap<String, @Nullable Object>();
		companyFacts.put("id", company.id().toString());
		companyFacts.put("name", company.name());
		companyFacts.put("enterpriseNumber", company.enterpriseNumber());
		companyFacts.put("street", company.street());
		companyFacts.put("postalCode", company.postalCode());
		companyFacts.put("city", company.city());
		companyFacts.put("country", company.country());
		companyFacts.put("verificationState", company.verificationState().name());
		root.put("company", companyFacts);
		root.put("submittedBy", Map.of("id", submittedBy.toString(), "name", submitterName));
		root.put("content", contentMap(content, challenge.qualitativeCriteria(), attachments));
		return CanonicalJson.write(root);
	}

	String digest() {
		return CanonicalJson.sha256(canonicalForm());
	}

	/**
	 * The digest of what the company wrote and attached alone, without the facts of the
	 * submission, to tell whether a working copy still says what a version says.
	 */
	static String contentDigest(ProposalContent content, List<Criterion> qualitativeCriteria,
			List<ProposalAttachment> attachments) {
		return CanonicalJson.sha256(CanonicalJson.write(contentMap(content, qualitativeCriteria, attachments)));
	}

	/**
	 * Only the answers to the challenge's qualitative criteria, in the challenge's order.
	 */
	private static Map<String, @Nullable Object> contentMap(ProposalContent content,
			List<Criterion> qualitativeCriteria, List<ProposalAttachment> attachments) {
		var map = new LinkedHashMap<String, @Nullable Object>();
		map.put("title", content.title());
		map.put("summary", content.summary());
		map.put("approach", content.approach());
		map.put("answers",
				qualitativeCriteria.stream()
					.map(criterion -> Map.of("criterion", criterion.id().toString(), "name", criterion.name(), "text",
							content.answer(criterion.id())))
					.toList());
		map.put("price", content.price() == null ? null : Map.of("amount", content.price().amount().toPlainString(),
				"currency", content.price().currency().getCurrencyCode()));
		map.put("vatRate", content.vatRate() == null ? null : content.vatRate().toPlainString());
		var timeline = new LinkedHashMap<String, @Nullable Object>();
		timeline.put("weeks", content.timelineWeeks());
		timeline.put("description", content.timeline());
		map.put("timeline", timeline);
		map.put("team", content.team());
		map.put("declarations", Map.of("eligibility", content.declaresEligibility(), "noConflictOfInterest",
				content.declaresNoConflictOfInterest(), "terms", content.acceptsTerms()));
		map.put("attachments",
				attachments.stream()
					.map(attachment -> Map.<String, Object>of("id", attachment.id().toString(), "fileName",
							attachment.fileName(), "size", attachment.size(), "pages", attachment.pages(), "sha256",
							attachment.sha256()))
					.toList());
		return map;
	}

	static String utc(Instant instant) {
		return UTC.format(instant);
	}

	/**
	 * Reads back what a canonical form says: the content, the company and the submitter,
	 * as they were at the time of receipt.
	 */
	static Frozen read(String canonicalForm) {
		var root = json.readTree(canonicalForm);
		var company = root.get("company");
		var content = root.get("content");
		var answers = new LinkedHashMap<CriterionId, String>();
		content.get("answers")
			.forEach(answer -> answers.put(CriterionId.of(answer.get("criterion").asString()),
					answer.get("text").asString()));
		var price = content.get("price");
		var timeline = content.get("timeline");
		var declarations = content.get("declarations");
		var proposalContent = new ProposalContent(text(content, "title"), text(content, "summary"),
				text(content, "approach"), answers,
				isNull(price) ? null
						: Money.of(new BigDecimal(price.get("amount").asString()),
								Currency.getInstance(price.get("currency").asString())),
				isNull(content.get("vatRate")) ? null : new BigDecimal(content.get("vatRate").asString()),
				isNull(timeline.get("weeks")) ? null : timeline.get("weeks").asInt(), text(timeline, "description"),
				text(content, "team"), declarations.get("eligibility").asBoolean(),
				declarations.get("noConflictOfInterest").asBoolean(), declarations.get("terms").asBoolean());
		var companyData = new CompanyData(OrganisationId.of(company.get("id").asString()), text(company, "name"),
				isNull(company.get("enterpriseNumber")) ? null : company.get("enterpriseNumber").asString(),
				text(company, "street"), text(company, "postalCode"), text(company, "city"), text(company, "country"),
				VerificationState.valueOf(company.get("verificationState").asString()));
		var attachmentIds = new ArrayList<ProposalAttachmentId>();
		content.get("attachments")
			.forEach(attachment -> attachmentIds
				.add(new ProposalAttachmentId(UUID.fromString(attachment.get("id").asString()))));
		var challenge = root.get("challenge");
		return new Frozen(proposalContent, companyData, text(root.get("submittedBy"), "name"),
				text(challenge, "reference"), text(challenge, "title"), text(challenge.get("agency"), "name"),
				ZoneId.of(text(challenge, "timeZone")), attachmentIds);
	}

	private static boolean isNull(@Nullable JsonNode node) {
		return node == null || node.isNull();
	}

	private static String text(JsonNode node, String field) {
		return node.get(field).asString();
	}

	/** What a canonical form says, read back. */
	record Frozen(ProposalContent content, CompanyData company, String submitterName, String challengeReference,
			String challengeTitle, String agencyName, ZoneId timeZone, List<ProposalAttachmentId> attachments) {
	}

}
