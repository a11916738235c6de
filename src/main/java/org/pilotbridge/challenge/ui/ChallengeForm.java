package org.pilotbridge.challenge.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.Money;
import org.pilotbridge.shared.ui.CpvCodesField;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.DraftForm;
import org.pilotbridge.shared.ui.EditorStep;
import org.pilotbridge.shared.ui.LanguagesField;

/**
 * The fields of a challenge, in four steps, bound to its {@link ChallengeDraft}; each
 * field's id is {@code challenge-<component>}.
 */
class ChallengeForm extends Div {

	final TextField title = new TextField();

	final TextArea summary = new TextArea();

	final TextArea problemStatement = new TextArea();

	final TextArea context = new TextArea();

	final TextArea expectedOutcome = new TextArea();

	final TextArea constraints = new TextArea();

	final BigDecimalField budgetCap = new BigDecimalField();

	private final IntegerField pilotDurationWeeks = new IntegerField();

	private final IntegerField pilotsToAward = new IntegerField();

	private final ComboBox<ZoneId> timeZone = new ComboBox<>();

	private final DateTimePicker questionsDeadline = new DateTimePicker();

	private final DateTimePicker proposalsDeadline = new DateTimePicker();

	final CriteriaEditor criteria = new CriteriaEditor();

	private final ScaleField scale = new ScaleField();

	private final IntegerField minimumTotal = new IntegerField();

	private final IntegerField standstillDays = new IntegerField();

	private final CpvCodesField cpvCodes;

	private final TextField tags = new TextField();

	private final LanguagesField languages;

	final DraftForm<ChallengeDraft> form = new DraftForm<>(ChallengeDraft.class, this);

	ChallengeForm(CpvCatalogue cpv, Money maxBudget, Runnable changed) {
		cpvCodes = new CpvCodesField("challenge", cpv::searchCodes, cpv::describe);
		languages = new LanguagesField("challenge", getTranslation("challenge.editor.text-language"),
				getTranslation("challenge.editor.other-languages"));
		configureTexts();
		configureBudget(maxBudget);
		configureEvaluation();
		label(cpvCodes, "cpvCodes");
		cpvCodes.setHelperText(getTranslation("challenge.editor.cpv-help"));
		label(tags, "tags");
		tags.setHelperText(getTranslation("challenge.editor.tags-help"));
		bind();
		form.field(criteria).bind("criteria");
		criteria.setLabel(getTranslation("challenge.field.criteria"));
		for (HasValue<?, ?> field : List.of(title, summary, problemStatement, context, expectedOutcome, constraints,
				budgetCap, pilotDurationWeeks, pilotsToAward, timeZone, questionsDeadline, proposalsDeadline,
				minimumTotal, standstillDays, tags, languages, criteria)) {
			field.addValueChangeListener(change -> changed.run());
		}
		add(EditorStep.of(this, "challenge.editor.step.problem", title, summary, problemStatement, context,
				expectedOutcome, constraints),
				EditorStep.of(this, "challenge.editor.step.budget", budgetCap, pilotDurationWeeks, pilotsToAward,
						timeZone, questionsDeadline, proposalsDeadline),
				EditorStep.of(this, "challenge.editor.step.evaluation", criteria, scale, minimumTotal, standstillDays),
				EditorStep.of(this, "challenge.editor.step.classification", cpvCodes, tags, languages));
	}

	private void configureTexts() {
		text(title, "title", Challenge.TITLE_MAX_LENGTH);
		text(summary, "summary", Challenge.SUMMARY_MAX_LENGTH);
		summary.setHelperText(getTranslation("challenge.editor.summary-help"));
		for (var text : List.of(problemStatement, context, expectedOutcome, constraints)) {
			text.setMinHeight("8em");
			text.setHelperText(getTranslation("challenge.editor.markdown-help"));
		}
		text(problemStatement, "problemStatement", Challenge.TEXT_MAX_LENGTH);
		text(context, "context", Challenge.TEXT_MAX_LENGTH);
		text(expectedOutcome, "expectedOutcome", Challenge.TEXT_MAX_LENGTH);
		text(constraints, "constraints", Challenge.TEXT_MAX_LENGTH);
	}

	private void configureBudget(Money maxBudget) {
		label(budgetCap, "budgetCap");
		budgetCap.setSuffixComponent(new Span("EUR"));
		budgetCap.setHelperText(getTranslation("challenge.editor.budget-help", maxBudget.format(getLocale())));
		label(pilotDurationWeeks, "pilotDurationWeeks");
		pilotDurationWeeks.setMin(Challenge.MIN_PILOT_WEEKS);
		pilotDurationWeeks.setMax(Challenge.MAX_PILOT_WEEKS);
		label(pilotsToAward, "pilotsToAward");
		pilotsToAward.setMin(1);
		pilotsToAward.setMax(Challenge.MAX_PILOTS);
		label(timeZone, "timeZone");
		timeZone.setItems(ZoneId.getAvailableZoneIds()
			.stream()
			.filter(z -> z.startsWith("Europe/") || z.equals("UTC"))
			.sorted()
			.map(ZoneId::of)
			.toList());
		timeZone.setItemLabelGenerator(ZoneId::getId);
		DatePickers.translated(questionsDeadline, this);
		DatePickers.translated(proposalsDeadline, this);
		label(questionsDeadline, "questionsDeadline");
		label(proposalsDeadline, "proposalsDeadline");
		proposalsDeadline.setHelperText(getTranslation("challenge.editor.deadline-help"));
	}

	private void configureEvaluation() {
		label(minimumTotal, "minimumTotal");
		minimumTotal.setMin(0);
		minimumTotal.setMax(100);
		minimumTotal.setHelperText(getTranslation("challenge.editor.minimum-help"));
		label(standstillDays, "standstillDays");
		standstillDays.setMin(0);
		standstillDays.setMax(Challenge.MAX_STANDSTILL_DAYS);
	}

	/**
	 * Each field to the draft's component of its name, which is also the key of its
	 * problems.
	 */
	private void bind() {
		form.field(title).bind("title");
		form.field(summary).bind("summary");
		form.field(problemStatement).bind("problemStatement");
		form.field(context).bind("context");
		form.field(expectedOutcome).bind("expectedOutcome");
		form.field(constraints).bind("constraints");
		form.field(budgetCap)
			.withConverter(
					form.converter(amount -> amount == null ? null : Money.positive("budgetCap", amount, Money.EUR),
							(Money money) -> money == null ? null : money.amount()))
			.bind("budgetCap");
		form.field(pilotDurationWeeks).bind("pilotDurationWeeks");
		form.field(pilotsToAward)
			.withConverter(weeks -> weeks == null ? 1 : weeks, number -> number)
			.bind("pilotsToAward");
		form.field(timeZone).bind("timeZone");
		form.field(questionsDeadline).bind("questionsDeadline");
		form.field(proposalsDeadline).bind("proposalsDeadline");
		form.field(scale).bind("scale");
		form.field(minimumTotal).bind("minimumTotal");
		form.field(standstillDays).withConverter(days -> days == null ? 0 : days, days -> days).bind("standstillDays");
		form.field(cpvCodes).bind("cpvCodes");
		form.field(tags)
			.withConverter(
					typed -> List.of(typed.split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList(),
					(List<String> list) -> String.join(", ", list))
			.bind("tags");
		form.field(languages).bind("languages");
	}

	void read(ChallengeDraft draft, boolean criteriaFrozen) {
		form.read(draft);
		criteria.setReadOnly(criteriaFrozen);
	}

	ChallengeDraft value() {
		return form.value();
	}

	List<TextArea> longTexts() {
		return List.of(problemStatement, context, expectedOutcome, constraints);
	}

	private void text(TextFieldBase<?, String> field, String name, int maxLength) {
		label(field, name);
		if (field instanceof TextField text) {
			text.setMaxLength(maxLength);
		}
		if (field instanceof TextArea text) {
			text.setMaxLength(maxLength);
		}
		field.setWidthFull();
		field.setValueChangeMode(ValueChangeMode.LAZY);
	}

	private void label(Component field, String name) {
		if (field instanceof CpvCodesField cpv) {
			cpv.setLabel(getTranslation("challenge.field." + name));
			return;
		}
		field.getElement().setProperty("label", getTranslation("challenge.field." + name));
		field.setId("challenge-" + name);
	}

}
