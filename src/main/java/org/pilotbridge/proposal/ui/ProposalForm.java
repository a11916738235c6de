package org.pilotbridge.proposal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.proposal.Checklist;
import org.pilotbridge.proposal.Proposal;
import org.pilotbridge.proposal.ProposalChallenge;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.Money;

/**
 * The fields of a proposal: the solution, one answer per qualitative criterion beside the
 * criterion and its weight, price and VAT rate, timeline, team, and the declarations.
 * Texts count their characters against the limits the service enforces; every change is
 * reported to the listener once the person pauses typing, so that the view saves the
 * draft. Problems are shown next to the fields they concern, under the field names of
 * {@code ProposalValidation}.
 */
final class ProposalForm extends Div {

	private final TextField title = new TextField();

	private final TextArea summary = new TextArea();

	private final TextArea approach = new TextArea();

	private final Map<CriterionId, TextArea> answers = new LinkedHashMap<>();

	private final Div criteria = new Div();

	private final BigDecimalField price = new BigDecimalField();

	private final Span currencySuffix = new Span();

	private final BigDecimalField vatRate = new BigDecimalField();

	private final IntegerField timelineWeeks = new IntegerField();

	private final TextArea timeline = new TextArea();

	private final TextArea team = new TextArea();

	private final Checkbox eligibility = new Checkbox();

	private final Checkbox noConflictOfInterest = new Checkbox();

	private final Checkbox terms = new Checkbox();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private final Runnable changed;

	private Currency currency = Money.EUR;

	private boolean showing;

	ProposalForm(Runnable changed) {
		this.changed = changed;
		addClassName("proposal-form");
		text(title, "title", Proposal.TITLE_MAX_LENGTH);
		text(summary, "summary", Proposal.SUMMARY_MAX_LENGTH);
		text(approach, "approach", Proposal.APPROACH_MAX_LENGTH);
		text(timeline, "timeline", Proposal.TIMELINE_MAX_LENGTH);
		text(team, "team", Proposal.TEAM_MAX_LENGTH);
		summary.setMinHeight("6em");
		approach.setMinHeight("10em");

		label(price, "price");
		price.setSuffixComponent(currencySuffix);
		label(vatRate, "vat-rate");
		vatRate.setSuffixComponent(new Span("%"));
		vatRate.setHelperText(getTranslation("proposal.form.vat-rate-help"));
		label(timelineWeeks, "timeline-weeks");
		timelineWeeks.setMin(1);
		timelineWeeks.setStepButtonsVisible(true);
		for (var field : List.<TextFieldBase<?, ?>>of(price, vatRate, timelineWeeks)) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.addValueChangeListener(change -> fireChanged());
		}
		declaration(eligibility, "eligibility");
		declaration(noConflictOfInterest, "no-conflict");
		declaration(terms, "terms");

		fields.put("title", title);
		fields.put("summary", summary);
		fields.put("approach", approach);
		fields.put("price", price);
		fields.put("vatRate", vatRate);
		fields.put("timelineWeeks", timelineWeeks);
		fields.put("timeline", timeline);
		fields.put("team", team);
		fields.put("declarations.eligibility", eligibility);
		fields.put("declarations.noConflictOfInterest", noConflictOfInterest);
		fields.put("declarations.terms", terms);

		add(section("proposal.form.section.solution", title, summary, approach),
				section("proposal.form.section.criteria", new Paragraph(getTranslation("proposal.form.criteria-help")),
						criteria),
				section("proposal.form.section.price", price, vatRate, timelineWeeks, timeline),
				section("proposal.form.section.team", team),
				section("proposal.form.section.declarations",
						new Paragraph(getTranslation("proposal.form.declarations-help")), eligibility,
						noConflictOfInterest, terms));
	}

	/** Fills the form with the working copy, without reporting it as a change. */
	void show(ProposalChallenge challenge, ProposalContent content, boolean readOnly) {
		showing = true;
		try {
			currency = challenge.budgetCap() == null ? Money.EUR : challenge.budgetCap().currency();
			currencySuffix.setText(currency.getCurrencyCode());
			price.setHelperText(challenge.budgetCap() == null ? getTranslation("proposal.form.price-help-no-cap")
					: getTranslation("proposal.form.price-help", challenge.budgetCap().format(getLocale())));
			var weeks = challenge.pilotDurationWeeks() == null ? Challenge.MAX_PILOT_WEEKS
					: challenge.pilotDurationWeeks();
			timelineWeeks.setMax(weeks);
			timelineWeeks.setHelperText(getTranslation("proposal.form.timeline-weeks-help", weeks));
			showCriteria(challenge, content);
			title.setValue(content.title());
			summary.setValue(content.summary());
			approach.setValue(content.approach());
			price.setValue(content.price() == null ? null : content.price().amount());
			vatRate.setValue(content.vatRate());
			timelineWeeks.setValue(content.timelineWeeks());
			timeline.setValue(content.timeline());
			team.setValue(content.team());
			eligibility.setValue(content.declaresEligibility());
			noConflictOfInterest.setValue(content.declaresNoConflictOfInterest());
			terms.setValue(content.acceptsTerms());
			fields.values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(readOnly));
			clearProblems();
		}
		finally {
			showing = false;
		}
	}

	private void showCriteria(ProposalChallenge challenge, ProposalContent content) {
		criteria.removeAll();
		answers.keySet().forEach(criterion -> fields.remove("answers." + criterion));
		answers.clear();
		var number = 0;
		for (var criterion : challenge.qualitativeCriteria()) {
			number++;
			var answer = new TextArea(getTranslation("proposal.form.answer", criterion.name()));
			answer.setId("proposal-answer-" + number);
			answer.setMaxLength(Proposal.ANSWER_MAX_LENGTH);
			answer.setMinHeight("6em");
			answer.setWidthFull();
			answer.setValueChangeMode(ValueChangeMode.LAZY);
			answer.setValue(content.answer(criterion.id()));
			counted(answer, Proposal.ANSWER_MAX_LENGTH);
			var description = new Paragraph(criterion.description());
			description.addClassName("meta");
			var block = new Div(new H3(getTranslation("proposal.form.criterion", criterion.name(), criterion.weight())),
					description, answer);
			block.addClassName("criterion-answer");
			criteria.add(block);
			answers.put(criterion.id(), answer);
			fields.put("answers." + criterion.id(), answer);
		}
		if (answers.isEmpty()) {
			criteria.add(new Paragraph(getTranslation("proposal.form.no-criteria")));
		}
	}

	/**
	 * The content as typed.
	 * @throws InvalidInput ({@code price}) when the price is not an amount with at most
	 * two decimals
	 */
	ProposalContent content() {
		var answersTyped = new LinkedHashMap<CriterionId, String>();
		answers.forEach((criterion, field) -> answersTyped.put(criterion, field.getValue()));
		return ProposalContent.builder()
			.title(title.getValue())
			.summary(summary.getValue())
			.approach(approach.getValue())
			.answers(answersTyped)
			.price(price())
			.vatRate(vatRate.getValue())
			.timelineWeeks(timelineWeeks.getValue())
			.timeline(timeline.getValue())
			.team(team.getValue())
			.declaresEligibility(eligibility.getValue())
			.declaresNoConflictOfInterest(noConflictOfInterest.getValue())
			.acceptsTerms(terms.getValue())
			.build();
	}

	private Money price() {
		BigDecimal amount = price.getValue();
		if (amount == null) {
			return null;
		}
		try {
			return Money.of(amount, currency);
		}
		catch (IllegalArgumentException malformed) {
			throw InvalidInput.of("price", "validation.money.invalid");
		}
	}

	/**
	 * Marks the fields with problems, translated; returns the problems of fields the form
	 * does not show (files, company).
	 * @param focus whether to move the focus to the first marked field, after a
	 * submission
	 */
	List<FieldProblem> showProblems(List<FieldProblem> problems, boolean focus) {
		var elsewhere = new ArrayList<FieldProblem>();
		HasValidation first = null;
		for (var problem : problems) {
			var field = fields.get(problem.field());
			if (field == null) {
				elsewhere.add(problem);
				continue;
			}
			field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
			field.setInvalid(true);
			if (first == null) {
				first = field;
			}
		}
		if (focus && first instanceof Component component) {
			component.getElement().callJsFunction("focus");
		}
		return elsewhere;
	}

	/**
	 * The field that shows the problems of this key, if the form has one.
	 */
	@Nullable Component fieldOf(String key) {
		return fields.get(key) instanceof Component component ? component : null;
	}

	/** Clears the marks of fields that no longer stand in the way of a submission. */
	void clearSolved(Checklist checklist) {
		fields.forEach((name, field) -> {
			if (field.isInvalid() && checklist.missing().stream().noneMatch(item -> item.field().equals(name))) {
				field.setInvalid(false);
				field.setErrorMessage(null);
			}
		});
	}

	void clearProblems() {
		fields.values().forEach(field -> {
			field.setInvalid(false);
			field.setErrorMessage(null);
		});
	}

	private void text(TextFieldBase<?, String> field, String name, int maxLength) {
		label(field, name);
		field.setWidthFull();
		field.setValueChangeMode(ValueChangeMode.LAZY);
		if (field instanceof TextField text) {
			text.setMaxLength(maxLength);
		}
		if (field instanceof TextArea area) {
			area.setMaxLength(maxLength);
		}
		counted(field, maxLength);
	}

	/** Shows "n of max characters" under the field and reports changes. */
	private void counted(TextFieldBase<?, String> field, int maxLength) {
		field.setHelperText(getTranslation("proposal.form.counter", field.getValue().length(), maxLength));
		field.addValueChangeListener(change -> {
			field.setHelperText(getTranslation("proposal.form.counter", change.getValue().length(), maxLength));
			fireChanged();
		});
	}

	private void declaration(Checkbox box, String name) {
		box.setLabel(getTranslation("proposal.form.declaration." + name));
		box.setId("proposal-declaration-" + name);
		box.addValueChangeListener(change -> fireChanged());
	}

	private void label(AbstractField<?, ?> field, String name) {
		field.getElement().setProperty("label", getTranslation("proposal.field." + name));
		field.setId("proposal-" + name);
	}

	private void fireChanged() {
		if (!showing) {
			changed.run();
		}
	}

	private Section section(String headingKey, Component... content) {
		var section = new Section(new H2(getTranslation(headingKey)));
		section.add(content);
		section.addClassName("editor-section");
		return section;
	}

}
