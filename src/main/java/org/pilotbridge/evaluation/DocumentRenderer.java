package org.pilotbridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.document.Block.Heading;
import org.pilotbridge.document.Block.KeyValue;
import org.pilotbridge.document.Block.KeyValues;
import org.pilotbridge.document.Block.Paragraph;
import org.pilotbridge.document.Block.Table;
import org.pilotbridge.document.Block;
import org.pilotbridge.document.Document;
import org.pilotbridge.document.Documents;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * Lays out the letters to the bidders and the evaluation report as PDF/A-3b, in the
 * reader's language, from what the evaluation recorded. A bidder's letter holds its own
 * consensus scores and reasons, its rank, and the names and totals of the proposals
 * proposed for award (one per pilot): nothing about the other bidders.
 */
@Component
class DocumentRenderer {

	private final Documents documents;

	private final MessageSource messages;

	private final OrganisationDirectory directory;

	private final EvaluationProperties properties;

	DocumentRenderer(Documents documents, MessageSource messages, OrganisationDirectory directory,
			EvaluationProperties properties) {
		this.documents = documents;
		this.messages = messages;
		this.directory = directory;
		this.properties = properties;
	}

	EvaluationDocument letter(Evaluation evaluation, Bidder bidder, Language language) {
		var locale = language.locale();
		var challenge = evaluation.challenge();
		var decision = evaluation.decision().orElseThrow(() -> new IllegalStateException("No decision yet"));
		var reference = Objects.requireNonNullElse(challenge.reference(), "");
		var agency = directory.organisation(challenge.agency()).map(a -> a.name()).orElse("");
		var ranking = evaluation.ranking();
		var mine = ranking.stream().filter(r -> r.proposal().equals(bidder.proposal())).findFirst().orElseThrow();
		var winners = decision.winners()
			.stream()
			.map(winner -> new AwardedLine(evaluation.bidder(winner).orElseThrow(),
					ranking.stream().filter(r -> r.proposal().equals(winner)).findFirst().orElseThrow()))
			.toList();
		var isWinner = decision.awards(bidder.proposal());
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(text(locale, "evaluation.letter.greeting", bidder.companyName())));
		blocks.addAll(letterIntro(evaluation, bidder, winners, agency, locale));
		blocks.add(letterFacts(evaluation, bidder, mine, ranking.size(), winners, locale));
		if (winners.size() > 1) {
			blocks.addAll(winnersTable(winners, locale));
		}
		blocks.add(new Heading(2, text(locale, "evaluation.letter.feedback")));
		blocks.add(feedbackTable(evaluation, bidder, mine, locale));
		blocks.add(new Paragraph(standstillEnd(decision).isPresent()
				? text(locale, "evaluation.letter.standstill.text",
						time(standstillEnd(decision).get(), evaluation, locale))
				: text(locale, "evaluation.letter.no-standstill.text")));
		if (isWinner) {
			blocks.add(new Paragraph(text(locale, "evaluation.letter.award.next")));
		}
		blocks.add(new Paragraph(text(locale, "evaluation.letter.closing")));
		var title = text(locale, isWinner ? "evaluation.letter.award.title" : "evaluation.letter.other.title",
				reference);
		var pdf = documents
			.render(new Document(title, language, agency.isEmpty() ? "Pilotbridge" : agency, blocks, List.of()));
		return new EvaluationDocument(
				SafeFileName.ofPdf((isWinner ? "award-letter-" : "letter-") + reference + "-" + bidder.companyName())
					.value(),
				pdf);
	}

	/** Why the bidder is written to: its award, or the outcome for the others. */
	private List<Block> letterIntro(Evaluation evaluation, Bidder bidder, List<AwardedLine> winners, String agency,
			Locale locale) {
		var challenge = evaluation.challenge();
		var decision = evaluation.decision().orElseThrow(() -> new IllegalStateException("No decision yet"));
		var reference = Objects.requireNonNullElse(challenge.reference(), "");
		var isWinner = decision.awards(bidder.proposal());
		var blocks = new ArrayList<Block>();
		if (isWinner) {
			blocks.add(new Paragraph(text(locale,
					winners.size() == 1 ? "evaluation.letter.award.intro" : "evaluation.letter.award.intro-several",
					reference, challenge.title(), agency, winners.size())));
		}
		else {
			blocks.add(
					new Paragraph(text(locale, "evaluation.letter.other.intro", reference, challenge.title(), agency)));
			if (winners.isEmpty()) {
				blocks.add(new Paragraph(text(locale, "evaluation.letter.no-award", decision.justification())));
			}
			else if (winners.size() == 1) {
				blocks.add(new Paragraph(
						text(locale, "evaluation.letter.not-selected", winners.getFirst().bidder().companyName(),
								number(winners.getFirst().ranked().total(), locale))));
			}
			else {
				blocks.add(new Paragraph(text(locale, "evaluation.letter.not-selected-several", winners.size())));
			}
		}
		return blocks;
	}

	/**
	 * The bidder's own total and rank, what the award is worth, and the decision's times.
	 */
	private KeyValues letterFacts(Evaluation evaluation, Bidder bidder, RankedProposal mine, int ranked,
			List<AwardedLine> winners, Locale locale) {
		var decision = evaluation.decision().orElseThrow(() -> new IllegalStateException("No decision yet"));
		var isWinner = decision.awards(bidder.proposal());
		var facts = new ArrayList<KeyValue>();
		facts.add(row(locale, "evaluation.letter.your-total", number(mine.total(), locale)));
		facts.add(row(locale, "evaluation.letter.your-rank",
				text(locale, "evaluation.letter.rank", mine.rank(), ranked)));
		if (winners.size() == 1 && !isWinner) {
			facts.add(row(locale, "evaluation.letter.winner", winners.getFirst().bidder().companyName()));
			facts.add(
					row(locale, "evaluation.letter.winner-total", number(winners.getFirst().ranked().total(), locale)));
		}
		if (winners.size() == 1 && winners.getFirst().bidder().price() != null) {
			facts.add(row(locale, "evaluation.letter.amount", winners.getFirst().bidder().price().format(locale)));
		}
		if (isWinner && winners.size() > 1 && bidder.price() != null) {
			facts.add(row(locale, "evaluation.letter.your-amount", bidder.price().format(locale)));
		}
		facts.add(row(locale, "evaluation.letter.decided-at", time(decision.decidedAt(), evaluation, locale)));
		if (decision.approvedBy() != null) {
			facts.add(row(locale, "evaluation.letter.approved-at",
					time(Objects.requireNonNull(decision.approvedAt()), evaluation, locale)));
		}
		standstillEnd(decision)
			.ifPresent(end -> facts.add(row(locale, "evaluation.letter.standstill", time(end, evaluation, locale))));
		return new KeyValues(facts);
	}

	/** The proposals awarded, when the challenge awards several pilots. */
	private List<Block> winnersTable(List<AwardedLine> winners, Locale locale) {
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.letter.winners", winners.size())));
		blocks.add(new Table(
				List.of(text(locale, "evaluation.report.company"), text(locale, "evaluation.report.rank"),
						text(locale, "evaluation.report.total"), text(locale, "evaluation.letter.amount")),
				winners.stream()
					.map(line -> List.of(line.bidder().companyName(), String.valueOf(line.ranked().rank()),
							number(line.ranked().total(), locale),
							line.bidder().price() == null ? "–" : line.bidder().price().format(locale)))
					.toList(),
				List.of(4f, 1f, 1.5f, 2.5f)));
		return blocks;
	}

	/** The bidder's consensus scores and their reasons, criterion by criterion. */
	private Table feedbackTable(Evaluation evaluation, Bidder bidder, RankedProposal mine, Locale locale) {
		var challenge = evaluation.challenge();
		var consensus = evaluation.consensus().getOrDefault(bidder.proposal(), Map.of());
		var rows = new ArrayList<List<String>>();
		for (var criterion : challenge.criteria()) {
			var contribution = mine.contributions().get(criterion.id());
			if (criterion.type() == CriterionType.PRICE) {
				rows.add(List.of(criterion.name(), String.valueOf(criterion.weight()), number(contribution, locale),
						text(locale, "evaluation.letter.price-points", number(contribution, locale),
								criterion.weight())));
			}
			else {
				var score = Objects.requireNonNull(consensus.get(criterion.id()),
						"an awarded proposal has its consensus");
				rows.add(List.of(criterion.name(), String.valueOf(criterion.weight()),
						score.points() + " / " + challenge.scale().max() + " → " + number(contribution, locale),
						score.justification()));
			}
		}
		return new Table(
				List.of(text(locale, "evaluation.letter.criterion"), text(locale, "evaluation.letter.weight"),
						text(locale, "evaluation.letter.points"), text(locale, "evaluation.letter.justification")),
				rows, List.of(2.5f, 1f, 1.6f, 5f));
	}

	EvaluationDocument report(Evaluation evaluation, Language language) {
		var locale = language.locale();
		var challenge = evaluation.challenge();
		var reference = Objects.requireNonNullElse(challenge.reference(), "");
		var agency = directory.organisation(challenge.agency()).map(a -> a.name()).orElse("");
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(text(locale, "evaluation.report.intro", reference, challenge.title(), agency,
				challenge.timeZone().getId())));
		blocks.add(reportFacts(evaluation, locale));
		blocks.addAll(criteriaSection(evaluation, locale));
		blocks.addAll(panelSection(evaluation, locale));
		blocks.addAll(declarationsSection(evaluation, locale));
		blocks.addAll(scoresSection(evaluation, locale));
		blocks.addAll(consensusSection(evaluation, locale));
		blocks.addAll(rankingSection(evaluation, locale));
		blocks.addAll(decisionSection(evaluation, locale));

		var title = text(locale, "evaluation.report.title", reference);
		var pdf = documents
			.render(new Document(title, language, agency.isEmpty() ? "Pilotbridge" : agency, blocks, List.of()));
		return new EvaluationDocument(SafeFileName.ofPdf("evaluation-report-" + reference).value(), pdf);
	}

	/** What was evaluated and by which rules. */
	private KeyValues reportFacts(Evaluation evaluation, Locale locale) {
		var challenge = evaluation.challenge();
		var reference = Objects.requireNonNullElse(challenge.reference(), "");
		var facts = new ArrayList<KeyValue>();
		facts.add(row(locale, "evaluation.report.challenge", reference + " – " + challenge.title()));
		facts.add(row(locale, "evaluation.report.closed-at",
				challenge.closedAt() == null ? "–" : time(challenge.closedAt(), evaluation, locale)));
		facts.add(row(locale, "evaluation.report.proposals", String.valueOf(evaluation.bidders().size())));
		facts.add(row(locale, "evaluation.report.scale", challenge.scale().min() + "–" + challenge.scale().max()));
		facts.add(row(locale, "evaluation.report.minimum-total", challenge.minimumTotal() == null
				? text(locale, "evaluation.report.none") : String.valueOf(challenge.minimumTotal())));
		facts.add(row(locale, "evaluation.report.spread-gap", String.valueOf(properties.spreadGap())));
		return new KeyValues(facts);
	}

	/** The criteria with their weights and types. */
	private List<Block> criteriaSection(Evaluation evaluation, Locale locale) {
		var challenge = evaluation.challenge();
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.criteria")));
		blocks.add(new Table(
				List.of(text(locale, "evaluation.letter.criterion"), text(locale, "evaluation.letter.weight"),
						text(locale, "evaluation.report.type")),
				challenge.criteria()
					.stream()
					.map(c -> List.of(c.name(), String.valueOf(c.weight()),
							text(locale, "evaluation.report.type." + c.type())))
					.toList(),
				List.of(4f, 1f, 3f)));
		return blocks;
	}

	/** The panel as it is, and the members removed from it. */
	private List<Block> panelSection(Evaluation evaluation, Locale locale) {
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.panel")));
		blocks.add(new Table(
				List.of(text(locale, "evaluation.report.name"), text(locale, "evaluation.report.role"),
						text(locale, "evaluation.report.email"), text(locale, "evaluation.report.joined-at")),
				evaluation.panel()
					.members()
					.stream()
					.map(m -> List.of(m.name(), text(locale, m.role().messageKey()), m.email(),
							m.joinedAt() == null ? text(locale, "evaluation.report.not-joined")
									: time(m.joinedAt(), evaluation, locale)))
					.toList(),
				List.of(2.5f, 2f, 3.5f, 2.5f)));

		if (!evaluation.removals().isEmpty()) {
			blocks.add(new Heading(3, text(locale, "evaluation.report.removed")));
			blocks.add(
					new Table(List.of(text(locale, "evaluation.report.name"), text(locale, "evaluation.report.role"),
							text(locale, "evaluation.report.removed-at"), text(locale,
									"evaluation.report.removal-reason")),
							evaluation.removals()
								.stream()
								.map(removal -> List.of(
										removal
											.member()
											.name(),
										text(locale, removal
											.member()
											.role()
											.messageKey()),
										time(removal.removedAt(), evaluation, locale) + " – "
												+ (removal.removedBy() == null
														? text(locale, "evaluation.report.removed-by-system")
														: memberName(evaluation, removal.removedBy())),
										reason(removal, locale) + (removal.newChair() == null ? ""
												: " " + text(locale, "evaluation.report.new-chair",
														everyMember(evaluation)
															.filter(member -> member.id().equals(removal.newChair()))
															.map(PanelMember::name)
															.findFirst()
															.orElse("")))))
								.toList(),
							List.of(2.5f, 2f, 3f, 4.5f)));
		}
		return blocks;
	}

	/** Each member's declaration for each proposal. */
	private List<Block> declarationsSection(Evaluation evaluation, Locale locale) {
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.declarations")));
		blocks.add(new Table(
				List.of(text(locale, "evaluation.report.member"), text(locale, "evaluation.report.company"),
						text(locale, "evaluation.report.conflict"), text(locale, "evaluation.report.declared-at")),
				evaluation.declarations()
					.stream()
					.map(d -> List.of(everyMember(evaluation).filter(member -> member.id().equals(d.seat()))
						.map(PanelMember::name)
						.findFirst()
						.orElseGet(() -> memberName(evaluation, d.member()))
							+ (evaluation.panel().members().stream().anyMatch(member -> member.id().equals(d.seat()))
									? "" : " " + text(locale, "evaluation.report.earlier-seat")),
							evaluation.bidder(d.proposal()).map(Bidder::companyName).orElse(""),
							d.conflict() ? d.description() : text(locale, "evaluation.report.no-conflict"),
							time(d.declaredAt(), evaluation, locale)))
					.toList(),
				List.of(2.5f, 2.5f, 3.5f, 2.5f)));
		return blocks;
	}

	/** The scores each evaluator submitted, and those set aside, per proposal. */
	private List<Block> scoresSection(Evaluation evaluation, Locale locale) {
		var qualitative = evaluation.qualitative();
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.scores")));
		for (var bidder : evaluation.bidders()) {
			blocks.add(new Heading(3, bidder.companyName()));
			var recused = evaluation.panel()
				.evaluators()
				.stream()
				.filter(m -> m.hasJoined() && evaluation.isRecused(m.person(), bidder.proposal()))
				.map(PanelMember::name)
				.toList();
			if (!recused.isEmpty()) {
				blocks.add(new Paragraph(text(locale, "evaluation.report.recused", String.join(", ", recused))));
			}
			var rows = new ArrayList<List<String>>();
			for (var sheet : evaluation.submittedSheets(bidder.proposal())) {
				for (var criterion : qualitative) {
					sheet.scores()
						.stream()
						.filter(s -> s.criterion().equals(criterion.id()))
						.findFirst()
						.ifPresent(score -> rows.add(List.of(memberName(evaluation, sheet.evaluator()),
								criterion.name(), String.valueOf(score.points()), score.justification(),
								time(Objects.requireNonNull(sheet.submittedAt()), evaluation, locale))));
				}
			}
			for (var sheet : evaluation.setAsideSheets(bidder.proposal())) {
				for (var criterion : qualitative) {
					sheet.scores()
						.stream()
						.filter(s -> s.criterion().equals(criterion.id()))
						.findFirst()
						.ifPresent(score -> rows.add(List.of(
								text(locale, "evaluation.report.not-counted",
										memberName(evaluation, sheet.evaluator())),
								criterion.name(), String.valueOf(score.points()), score.justification(),
								time(Objects.requireNonNull(sheet.submittedAt()), evaluation, locale))));
				}
			}
			blocks.add(new Table(List.of(text(locale, "evaluation.report.evaluator"),
					text(locale, "evaluation.letter.criterion"), text(locale, "evaluation.letter.points"),
					text(locale, "evaluation.letter.justification"), text(locale, "evaluation.report.submitted-at")),
					rows, List.of(2f, 2f, 1f, 5f, 2.2f)));
		}
		return blocks;
	}

	/** The consensus recorded per proposal and criterion. */
	private List<Block> consensusSection(Evaluation evaluation, Locale locale) {
		var qualitative = evaluation.qualitative();
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.consensus")));
		for (var bidder : evaluation.bidders()) {
			blocks.add(new Heading(3, bidder.companyName()));
			var consensus = evaluation.consensus().getOrDefault(bidder.proposal(), Map.of());
			consensus.values()
				.stream()
				.findFirst()
				.ifPresent(
						recorded -> blocks.add(new Paragraph(text(locale,
								recorded.byStandIn() ? "evaluation.report.recorded-by-stand-in"
										: "evaluation.report.recorded-by",
								memberName(evaluation, recorded.recordedBy())))));
			var rows = new ArrayList<List<String>>();
			for (var criterion : qualitative) {
				var score = consensus.get(criterion.id());
				if (score != null) {
					rows.add(List.of(criterion.name(), String.valueOf(score.meanPoints()),
							String.valueOf(score.points()), score.changeReason(), score.justification(),
							time(score.recordedAt(), evaluation, locale)));
				}
			}
			blocks.add(new Table(List.of(text(locale, "evaluation.letter.criterion"),
					text(locale, "evaluation.report.mean"), text(locale, "evaluation.report.consensus"),
					text(locale, "evaluation.report.change-reason"), text(locale, "evaluation.letter.justification"),
					text(locale, "evaluation.report.recorded-at")), rows, List.of(2f, 1f, 1.2f, 2.5f, 4f, 2.2f)));
		}
		return blocks;
	}

	/** The ranking with its tie rule. */
	private List<Block> rankingSection(Evaluation evaluation, Locale locale) {
		var challenge = evaluation.challenge();
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.ranking")));
		blocks.add(new Paragraph(text(locale, "evaluation.report.tie-rule")));
		var header = new ArrayList<String>(
				List.of(text(locale, "evaluation.report.rank"), text(locale, "evaluation.report.company"),
						text(locale, "evaluation.report.price"), text(locale, "evaluation.report.received-at")));
		challenge.criteria().forEach(criterion -> header.add(criterion.name()));
		header.addAll(List.of(text(locale, "evaluation.report.total"), text(locale, "evaluation.report.awardable"),
				text(locale, "evaluation.report.tie")));
		var weights = new ArrayList<Float>(List.of(0.8f, 2.2f, 1.6f, 2.2f));
		challenge.criteria().forEach(criterion -> weights.add(1.2f));
		weights.addAll(List.of(1.1f, 1.1f, 2f));
		var rankingRows = new ArrayList<List<String>>();
		for (var ranked : evaluation.ranking()) {
			var bidder = evaluation.bidder(ranked.proposal()).orElseThrow();
			var row = new ArrayList<String>(List.of(String.valueOf(ranked.rank()), bidder.companyName(),
					bidder.price() == null ? "–" : bidder.price().format(locale),
					exactTime(bidder.receivedAt(), evaluation, locale)));
			challenge.criteria()
				.forEach(criterion -> row.add(number(ranked.contributions().get(criterion.id()), locale)));
			row.addAll(List.of(number(ranked.total(), locale),
					text(locale, ranked.awardable() ? "evaluation.report.yes" : "evaluation.report.no"),
					text(locale, ranked.tieBreak().messageKey())));
			rankingRows.add(row);
		}
		blocks.add(new Table(header, rankingRows, weights));
		return blocks;
	}

	/** The decision, or that it is pending. */
	private List<Block> decisionSection(Evaluation evaluation, Locale locale) {
		var blocks = new ArrayList<Block>();
		blocks.add(new Heading(2, text(locale, "evaluation.report.decision")));
		evaluation.decision().ifPresentOrElse(decision -> {
			var rows = new ArrayList<KeyValue>();
			rows.add(
					row(locale, "evaluation.report.kind", text(locale, "evaluation.decision-kind." + decision.kind())));
			if (!decision.winners().isEmpty()) {
				rows.add(row(locale,
						decision.winners().size() == 1 ? "evaluation.report.winner" : "evaluation.report.winners",
						String.join(", ",
								decision.winners()
									.stream()
									.map(winner -> evaluation.bidder(winner).map(Bidder::companyName).orElse(""))
									.toList())));
			}
			rows.add(row(locale, "evaluation.report.justification",
					decision.justification().isEmpty() ? "–" : decision.justification()));
			rows.add(row(locale, "evaluation.report.decided-by",
					decision.byStandIn()
							? text(locale, "evaluation.report.decided-by-stand-in",
									memberName(evaluation, decision.decidedBy()))
							: memberName(evaluation, decision.decidedBy())));
			rows.add(row(locale, "evaluation.report.decided-at", time(decision.decidedAt(), evaluation, locale)));
			var approver = decision.approvedBy();
			if (approver != null) {
				rows.add(row(locale, "evaluation.report.approved-by",
						directory.person(approver).map(PersonSummary::displayName).orElse("")));
				rows.add(row(locale, "evaluation.report.approved-at",
						time(Objects.requireNonNull(decision.approvedAt()), evaluation, locale)));
			}
			var standstillEnds = decision.standstillEndsAt();
			rows.add(row(locale, "evaluation.report.standstill-ends", standstillEnds == null
					? text(locale, "evaluation.report.awaiting-approval") : time(standstillEnds, evaluation, locale)));
			rows.add(row(locale, "evaluation.report.finalised-at", decision.finalisedAt() == null
					? text(locale, "evaluation.report.pending") : time(decision.finalisedAt(), evaluation, locale)));
			blocks.add(new KeyValues(rows));
		}, () -> blocks.add(new Paragraph(text(locale, "evaluation.report.pending"))));
		return blocks;
	}

	/**
	 * Why a member was removed: the manager's reason, or that they belong to a bidding
	 * company.
	 */
	private String reason(PanelRemoval removal, Locale locale) {
		return removal.cause() == RemovalCause.BIDDING_COMPANY ? text(locale, "evaluation.removal.bidding-company",
				Objects.requireNonNullElse(removal.biddingCompany(), "")) : removal.reason();
	}

	/** The members of the panel and those removed from it. */
	private static Stream<PanelMember> everyMember(Evaluation evaluation) {
		return Stream.concat(evaluation.panel().members().stream(),
				evaluation.removals().stream().map(PanelRemoval::member));
	}

	private String memberName(Evaluation evaluation, PersonId person) {
		return everyMember(evaluation).filter(member -> person.equals(member.person()))
			.map(PanelMember::name)
			.findFirst()
			.orElseGet(() -> directory.person(person).map(p -> p.displayName()).orElse(person.toString()));
	}

	private static String number(@Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return "–";
		}
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private static String time(Instant instant, Evaluation evaluation, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(evaluation.challenge().timeZone()));
	}

	/** To the second, since the time of receipt may break a tie. */
	private static String exactTime(Instant instant, Evaluation evaluation, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
			.withLocale(locale)
			.format(instant.atZone(evaluation.challenge().timeZone()));
	}

	private KeyValue row(Locale locale, String key, String value) {
		return new KeyValue(text(locale, key), value);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** A proposal the decision awards, with its place in the ranking. */
	private record AwardedLine(Bidder bidder, RankedProposal ranked) {
	}

	/**
	 * When the standstill period of an approved decision ends; empty when it has none
	 * (the decision took effect at once).
	 */
	private static Optional<Instant> standstillEnd(Decision decision) {
		var end = decision.standstillEndsAt();
		var approvedAt = decision.approvedAt();
		return end != null && approvedAt != null && end.isAfter(approvedAt) ? Optional.of(end) : Optional.empty();
	}

}
