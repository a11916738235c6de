package org.pilotbridge.challenge.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.document.PdfLimits;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.RichText;
import org.pilotbridge.shared.ui.Uploads;

/**
 * The guided editor of a challenge, with a live preview of its public page. A draft can be saved at
 * any time; publishing checks everything and shows each problem next to its field. A published
 * challenge is amended here too, with a reason that goes into its public change log.
 */
@Route(ChallengeNavigation.EDIT)
@RouteAlias(ChallengeNavigation.NEW)
@PermitAll
class ChallengeEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ChallengeManagement management;

	private final ChallengeQuery query;

	private final OrganisationQuery organisations;

	private final CpvCatalogue cpv;

	private final TextField title = new TextField();

	private final TextArea summary = new TextArea();

	private final TextArea problemStatement = new TextArea();

	private final TextArea context = new TextArea();

	private final TextArea expectedOutcome = new TextArea();

	private final TextArea constraints = new TextArea();

	private final BigDecimalField budgetCap = new BigDecimalField();

	private final IntegerField pilotDurationWeeks = new IntegerField();

	private final IntegerField pilotsToAward = new IntegerField();

	private final ComboBox<ZoneId> timeZone = new ComboBox<>();

	private final DateTimePicker questionsDeadline = new DateTimePicker();

	private final DateTimePicker proposalsDeadline = new DateTimePicker();

	private final CriteriaEditor criteria = new CriteriaEditor(this::updatePreview);

	private final List<TextField> scaleDescriptions = new ArrayList<>();

	private final Div scale = new Div();

	private final IntegerField minimumTotal = new IntegerField();

	private final IntegerField standstillDays = new IntegerField();

	private final ComboBox<CpvCatalogue.Entry> cpvSearch = new ComboBox<>();

	private final UnorderedList cpvChosen = new UnorderedList();

	private final LinkedHashSet<String> cpvCodes = new LinkedHashSet<>();

	private final TextField tags = new TextField();

	private final Select<Language> textLanguage = new Select<>();

	private final CheckboxGroup<Language> otherLanguages = new CheckboxGroup<>();

	private final Div preview = new Div();

	private final Div attachments = new Div();

	private final FieldErrors errors = new FieldErrors();

	private @Nullable ChallengeId id;

	private @Nullable ManagedChallenge challenge;

	ChallengeEditorView(ChallengeManagement management, ChallengeQuery query, OrganisationQuery organisations,
			CpvCatalogue cpv) {
		this.management = management;
		this.query = query;
		this.organisations = organisations;
		this.cpv = cpv;
		setId("main-content");
		addClassNames("page", "editor-page");
		configureFields();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameter = event.getRouteParameters().get("id");
		try {
			id = parameter.map(value -> new ChallengeId(UUID.fromString(value))).orElse(null);
			challenge = id == null ? null : query.managed(id);
		}
		catch (IllegalArgumentException | ChallengeNotFound | AccessDeniedException unknownOrNotManaged) {
			// Another agency's challenge is not found, like one that does not exist.
			event.rerouteToError(NotFoundException.class);
			return;
		}
		if (challenge != null && challenge.state() != ChallengeState.DRAFT && challenge.state() != ChallengeState.PUBLISHED) {
			event.forwardTo(ChallengeManageView.class, ChallengeNavigation.challenge(challenge.id()));
			return;
		}
		layout();
		show(challenge == null ? ChallengeDraft.empty() : challenge.content());
	}

	private void configureFields() {
		field(title, "title", Challenge.TITLE_MAX_LENGTH);
		field(summary, "summary", Challenge.SUMMARY_MAX_LENGTH);
		summary.setHelperText(getTranslation("challenge.editor.summary-help"));
		for (var text : List.of(problemStatement, context, expectedOutcome, constraints)) {
			text.setMaxLength(Challenge.TEXT_MAX_LENGTH);
			text.setMinHeight("8em");
			text.setWidthFull();
			text.setValueChangeMode(ValueChangeMode.LAZY);
			text.setHelperText(getTranslation("challenge.editor.markdown-help"));
		}
		label(problemStatement, "problemStatement");
		label(context, "context");
		label(expectedOutcome, "expectedOutcome");
		label(constraints, "constraints");

		label(budgetCap, "budgetCap");
		budgetCap.setSuffixComponent(new Span("EUR"));
		budgetCap.setHelperText(getTranslation("challenge.editor.budget-help", management.maxBudget().format(getLocale())));
		label(pilotDurationWeeks, "pilotDurationWeeks");
		pilotDurationWeeks.setMin(Challenge.MIN_PILOT_WEEKS);
		pilotDurationWeeks.setMax(Challenge.MAX_PILOT_WEEKS);
		label(pilotsToAward, "pilotsToAward");
		pilotsToAward.setMin(1);
		pilotsToAward.setMax(Challenge.MAX_PILOTS);
		label(timeZone, "timeZone");
		timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("Europe/") || z.equals("UTC")).sorted().map(ZoneId::of).toList());
		timeZone.setItemLabelGenerator(ZoneId::getId);
		DatePickers.translated(questionsDeadline, this);
		DatePickers.translated(proposalsDeadline, this);
		label(questionsDeadline, "questionsDeadline");
		label(proposalsDeadline, "proposalsDeadline");
		proposalsDeadline.setHelperText(getTranslation("challenge.editor.deadline-help"));

		label(minimumTotal, "minimumTotal");
		minimumTotal.setMin(0);
		minimumTotal.setMax(100);
		minimumTotal.setHelperText(getTranslation("challenge.editor.minimum-help"));
		label(standstillDays, "standstillDays");
		standstillDays.setMin(0);
		standstillDays.setMax(Challenge.MAX_STANDSTILL_DAYS);

		label(cpvSearch, "cpvCodes");
		cpvSearch.setHelperText(getTranslation("challenge.editor.cpv-help"));
		cpvSearch.setItems(query -> cpv.search(query.getFilter().orElse(""), query.getLimit()).stream().skip(query.getOffset()));
		cpvSearch.setItemLabelGenerator(entry -> entry.code() + " " + entry.label());
		cpvSearch.setWidthFull();
		cpvSearch.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				cpvCodes.add(change.getValue().code());
				cpvSearch.clear();
				showCpvCodes();
				updatePreview();
			}
		});
		cpvChosen.addClassName("chips");
		cpvChosen.setId("challenge-cpv-chosen");
		label(tags, "tags");
		tags.setHelperText(getTranslation("challenge.editor.tags-help"));
		textLanguage.setLabel(getTranslation("challenge.editor.text-language"));
		textLanguage.setId("challenge-languages");
		textLanguage.setItems(Language.values());
		textLanguage.setItemLabelGenerator(Language::nativeName);
		otherLanguages.setLabel(getTranslation("challenge.editor.other-languages"));
		otherLanguages.setItems(Language.values());
		otherLanguages.setItemLabelGenerator(Language::nativeName);

		for (HasValue<?, ?> field : List.of(title, summary, problemStatement, context, expectedOutcome, constraints,
				budgetCap, pilotDurationWeeks, pilotsToAward, timeZone, questionsDeadline, proposalsDeadline,
				minimumTotal, standstillDays, tags, textLanguage, otherLanguages)) {
			field.addValueChangeListener(change -> updatePreview());
		}
		errors.bind("title", title)
			.bind("summary", summary)
			.bind("problemStatement", problemStatement)
			.bind("context", context)
			.bind("expectedOutcome", expectedOutcome)
			.bind("constraints", constraints)
			.bind("budgetCap", budgetCap)
			.bind("pilotDurationWeeks", pilotDurationWeeks)
			.bind("pilotsToAward", pilotsToAward)
			.bind("timeZone", timeZone)
			.bind("questionsDeadline", questionsDeadline)
			.bind("proposalsDeadline", proposalsDeadline)
			.bind("minimumTotal", minimumTotal)
			.bind("standstillDays", standstillDays)
			.bind("cpvCodes", cpvSearch)
			.bind("tags", tags)
			.bind("languages", textLanguage);
	}

	private void field(AbstractField<?, ?> field, String name, int maxLength) {
		label(field, name);
		if (field instanceof TextField text) {
			text.setMaxLength(maxLength);
			text.setWidthFull();
			text.setValueChangeMode(ValueChangeMode.LAZY);
		}
		if (field instanceof TextArea text) {
			text.setMaxLength(maxLength);
			text.setWidthFull();
			text.setValueChangeMode(ValueChangeMode.LAZY);
		}
	}

	private void label(Component field, String name) {
		field.getElement().setProperty("label", getTranslation("challenge.field." + name));
		field.setId("challenge-" + name);
	}

	private void layout() {
		removeAll();
		var published = challenge != null && challenge.state() == ChallengeState.PUBLISHED;
		add(new H1(getTranslation(challenge == null ? "challenge.editor.new" : published ? "challenge.editor.amend-heading"
				: "challenge.editor.edit-heading")));
		if (published) {
			add(notice(getTranslation("challenge.editor.amend-note")));
		}
		var form = new Div(section("challenge.editor.step.problem", title, summary, problemStatement, context,
				expectedOutcome, constraints),
				section("challenge.editor.step.budget", budgetCap, pilotDurationWeeks, pilotsToAward, timeZone,
						questionsDeadline, proposalsDeadline),
				section("challenge.editor.step.evaluation", criteria, scaleSection(), minimumTotal, standstillDays),
				section("challenge.editor.step.classification", cpvSearch, cpvChosen, tags, textLanguage, otherLanguages),
				attachmentsSection(), buttons(published));
		form.addClassName("editor-form");
		preview.addClassName("editor-preview");
		preview.getElement().setAttribute("aria-label", getTranslation("challenge.editor.preview"));
		preview.getElement().setAttribute("role", "region");
		var columns = new Div(form, preview);
		columns.addClassName("editor-columns");
		add(columns);
	}

	private Section section(String headingKey, Component... fields) {
		var section = new Section(new H2(getTranslation(headingKey)));
		section.add(fields);
		section.addClassName("editor-section");
		return section;
	}

	private Div scaleSection() {
		scale.removeAll();
		scaleDescriptions.clear();
		scale.add(new Paragraph(getTranslation("challenge.editor.scale-help")));
		for (var point = EvaluationScale.DEFAULT_MIN; point <= EvaluationScale.DEFAULT_MAX; point++) {
			var description = new TextField(getTranslation("challenge.editor.scale-point", point));
			description.setPlaceholder(getTranslation("challenge.scale.default." + point));
			description.setMaxLength(EvaluationScale.DESCRIPTION_MAX_LENGTH);
			description.setWidthFull();
			scaleDescriptions.add(description);
			scale.add(description);
		}
		errors.bind("scale", scaleDescriptions.get(0));
		return scale;
	}

	private Section attachmentsSection() {
		var section = new Section(new H2(getTranslation("challenge.field.attachments")));
		if (id == null) {
			section.add(new Paragraph(getTranslation("challenge.editor.save-before-attaching")));
			return section;
		}
		var challengeId = id;
		var published = challenge != null && challenge.state() == ChallengeState.PUBLISHED;
		var reason = published ? getTranslation("challenge.editor.attachment-added-reason") : null;
		var upload = Uploads.streaming(this, PdfLimits.DEFAULT.maxBytes(), "attachments",
				(fileName, content) -> management.attach(challengeId, fileName, content, reason),
				new Uploads.Outcomes() {

					@Override
					public void stored(String fileName) {
						Notifications.success(getTranslation("challenge.editor.attached", fileName));
						challenge = query.managed(challengeId);
						showAttachments();
					}

					@Override
					public void refused(String fileName, InvalidInput invalid) {
						Notifications.error(getTranslation(invalid.problems().get(0).messageKey(),
								invalid.problems().get(0).arguments().toArray()));
					}

				});
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setId("challenge-attachment-upload");
		section.add(new Paragraph(getTranslation("challenge.editor.attachments-help")), upload, attachments);
		showAttachments();
		return section;
	}

	private void showAttachments() {
		attachments.removeAll();
		if (challenge == null) {
			return;
		}
		var list = new UnorderedList();
		challenge.attachments().forEach(attachment -> {
			var remove = new Button(getTranslation("challenge.editor.remove-attachment"), click -> {
				management.detach(id, attachment.id(), challenge.state() == ChallengeState.PUBLISHED
						? getTranslation("challenge.editor.attachment-removed-reason") : null);
				challenge = query.managed(id);
				showAttachments();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			remove.setAriaLabel(getTranslation("challenge.editor.remove-attachment-named", attachment.fileName()));
			list.add(new ListItem(new Span(attachment.fileName()), remove));
		});
		attachments.add(list);
	}

	private HorizontalLayout buttons(boolean published) {
		var buttons = new HorizontalLayout();
		buttons.setWrap(true);
		if (published) {
			var amend = new Button(getTranslation("challenge.editor.save-amendment"), click -> amend());
			amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			amend.setId("save-amendment");
			buttons.add(amend);
			return buttons;
		}
		var save = new Button(getTranslation("challenge.editor.save-draft"), click -> save().ifPresent(saved -> {
			Notifications.success(getTranslation("challenge.editor.saved"));
		}));
		save.setId("save-draft");
		var publish = new Button(getTranslation("challenge.manage.publish"), click -> save().ifPresent(saved -> {
			try {
				management.publish(saved);
				Notifications.success(getTranslation("challenge.manage.published"));
				getUI().ifPresent(ui -> ui.navigate(ChallengeManageView.class, ChallengeNavigation.challenge(saved)));
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		}));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.setId("publish-challenge");
		buttons.add(save, publish);
		return buttons;
	}

	/** Saves the draft as it is; returns its id, or nothing when something could not be saved. */
	private Optional<ChallengeId> save() {
		errors.clear();
		try {
			var draft = draft();
			if (id == null) {
				var agency = organisations.active()
					.filter(o -> o.kind() == OrganisationKind.AGENCY)
					.orElseThrow(() -> new AccessDeniedException("Not acting for an agency"));
				id = management.createDraft(agency.id(), draft);
				challenge = query.managed(id);
				getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "agency/challenges/" + id + "/edit"));
				layout();
				show(challenge.content());
			}
			else {
				management.updateDraft(id, challenge.version(), draft);
				challenge = query.managed(id);
			}
			return Optional.of(id);
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
			return Optional.empty();
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(getTranslation("error.changed-meanwhile"));
			return Optional.empty();
		}
	}

	private void amend() {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.editor.amend-reason-title"));
		var reason = new TextArea(getTranslation("challenge.manage.public-reason"));
		reason.setHelperText(getTranslation("challenge.editor.amend-reason-help"));
		reason.setMaxLength(Challenge.REASON_MAX_LENGTH);
		reason.setWidthFull();
		reason.setId("amendment-reason");
		var reasonErrors = new FieldErrors().bind("reason", reason);
		var confirm = new Button(getTranslation("challenge.editor.publish-amendment"), click -> {
			try {
				management.amend(id, challenge.version(), draft(), reason.getValue());
				dialog.close();
				Notifications.success(getTranslation("challenge.editor.amended"));
				getUI().ifPresent(ui -> ui.navigate(ChallengeManageView.class, ChallengeNavigation.challenge(id)));
			}
			catch (InvalidInput invalid) {
				reasonErrors.show(invalid, this);
				errors.show(invalid, this);
			}
			catch (OptimisticLockingFailureException conflict) {
				Notifications.error(getTranslation("error.changed-meanwhile"));
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.setId("confirm-amendment");
		dialog.add(reason);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	private void show(ChallengeDraft draft) {
		title.setValue(draft.title());
		summary.setValue(draft.summary());
		problemStatement.setValue(draft.problemStatement());
		context.setValue(draft.context());
		expectedOutcome.setValue(draft.expectedOutcome());
		constraints.setValue(draft.constraints());
		budgetCap.setValue(draft.budgetCap() == null ? null : draft.budgetCap().amount());
		pilotDurationWeeks.setValue(draft.pilotDurationWeeks());
		pilotsToAward.setValue(draft.pilotsToAward());
		timeZone.setValue(draft.timeZone());
		questionsDeadline.setValue(draft.questionsDeadline());
		proposalsDeadline.setValue(draft.proposalsDeadline());
		criteria.show(draft.criteria());
		criteria.setReadOnly(challenge != null && challenge.criteriaFrozen());
		for (var i = 0; i < scaleDescriptions.size(); i++) {
			scaleDescriptions.get(i).setValue(i < draft.scale().descriptions().size() ? draft.scale().descriptions().get(i) : "");
		}
		minimumTotal.setValue(draft.minimumTotal());
		standstillDays.setValue(draft.standstillDays());
		cpvCodes.clear();
		cpvCodes.addAll(draft.cpvCodes());
		showCpvCodes();
		tags.setValue(String.join(", ", draft.tags()));
		var languages = draft.languages().isEmpty() ? List.of(Language.of(getLocale())) : draft.languages();
		textLanguage.setValue(languages.get(0));
		otherLanguages.setValue(new LinkedHashSet<>(languages.subList(1, languages.size())));
		updatePreview();
	}

	private ChallengeDraft draft() {
		var languages = new ArrayList<Language>();
		if (textLanguage.getValue() != null) {
			languages.add(textLanguage.getValue());
		}
		otherLanguages.getValue().stream().filter(l -> !languages.contains(l)).sorted().forEach(languages::add);
		var descriptions = scaleDescriptions.stream().map(TextField::getValue).toList();
		var scaleValue = descriptions.stream().allMatch(String::isBlank) ? EvaluationScale.standard()
				: new EvaluationScale(EvaluationScale.DEFAULT_MIN, EvaluationScale.DEFAULT_MAX, descriptions);
		return ChallengeDraft.builder()
			.title(title.getValue())
			.summary(summary.getValue())
			.problemStatement(problemStatement.getValue())
			.context(context.getValue())
			.expectedOutcome(expectedOutcome.getValue())
			.constraints(constraints.getValue())
			.budgetCap(budgetCap.getValue() == null ? null : budget())
			.pilotDurationWeeks(pilotDurationWeeks.getValue())
			.pilotsToAward(pilotsToAward.getValue() == null ? 1 : pilotsToAward.getValue())
			.timeZone(timeZone.getValue() == null ? ChallengeDraft.DEFAULT_TIME_ZONE : timeZone.getValue())
			.questionsDeadline(questionsDeadline.getValue())
			.proposalsDeadline(proposalsDeadline.getValue())
			.scale(scaleValue)
			.criteria(criteria.value())
			.cpvCodes(List.copyOf(cpvCodes))
			.tags(List.of(tags.getValue().split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList())
			.languages(languages)
			.minimumTotal(minimumTotal.getValue())
			.standstillDays(standstillDays.getValue() == null ? 0 : standstillDays.getValue())
			.build();
	}

	private Money budget() {
		return Money.positive("budgetCap", budgetCap.getValue(), Money.EUR);
	}

	private void showCpvCodes() {
		cpvChosen.removeAll();
		cpvCodes.forEach(code -> {
			var label = cpv.find(code).map(entry -> entry.code() + " " + entry.label()).orElse(code);
			var remove = new Button(getTranslation("challenge.editor.remove"), click -> {
				cpvCodes.remove(code);
				showCpvCodes();
				updatePreview();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(getTranslation("challenge.editor.remove-named", label));
			cpvChosen.add(new ListItem(new Span(label), remove));
		});
	}

	/** The public page as it will look, from what is typed now. */
	private void updatePreview() {
		preview.removeAll();
		preview.add(new H2(getTranslation("challenge.editor.preview")));
		var heading = new com.vaadin.flow.component.html.H3(title.getValue().isBlank() ? getTranslation("challenge.manage.untitled") : title.getValue());
		preview.add(heading, new Paragraph(summary.getValue()));
		if (budgetCap.getValue() != null) {
			preview.add(new Paragraph(getTranslation("challenge.view.budget") + ": "
					+ new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(getLocale()))
						.format(budgetCap.getValue()) + " EUR"));
		}
		for (var text : List.of(problemStatement, context, expectedOutcome, constraints)) {
			if (!text.getValue().isBlank()) {
				preview.add(new com.vaadin.flow.component.html.H4(text.getLabel()), RichText.ofMarkdown(text.getValue()));
			}
		}
		var weights = criteria.value();
		if (!weights.isEmpty()) {
			var list = new UnorderedList();
			weights.forEach(criterion -> list.add(new ListItem(criterion.name() + " — " + criterion.weight() + " %")));
			preview.add(new com.vaadin.flow.component.html.H4(getTranslation("challenge.view.criteria")), list);
		}
	}

	private Div notice(String text) {
		var notice = new Div(text);
		notice.addClassName("alert-info");
		notice.getElement().setAttribute("role", "note");
		return notice;
	}

	@Override
	public String getPageTitle() {
		return getTranslation(challenge == null ? "challenge.editor.new" : "challenge.editor.edit-heading") + " · Pilotbridge";
	}

}
