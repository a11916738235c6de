package org.pilotbridge.catalogue.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.catalogue.Consultation;
import org.pilotbridge.catalogue.ConsultationDraft;
import org.pilotbridge.catalogue.ConsultationManagement;
import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Where a challenge manager writes and publishes a market consultation: the problem, a few
 * questions, the CPV codes, the language and the closing time (in Brussels time).
 */
@Route(CatalogueNavigation.NEW_CONSULTATION)
@PermitAll
class ConsultationEditorView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	static final int INITIAL_QUESTIONS = 3;

	private final ConsultationManagement management;

	private final ConsultationQuery query;

	private final CpvCatalogue cpv;

	private final TextField title = new TextField();

	private final TextArea problem = new TextArea();

	private final List<TextField> questions = new ArrayList<>();

	private final Div questionFields = new Div();

	private final ComboBox<CpvCatalogue.Entry> cpvSearch = new ComboBox<>();

	private final UnorderedList cpvChosen = new UnorderedList();

	private final LinkedHashSet<String> cpvCodes = new LinkedHashSet<>();

	private final Select<Language> language = new Select<>();

	private final DateTimePicker closesAt = new DateTimePicker();

	private final FieldErrors errors = new FieldErrors();

	ConsultationEditorView(ConsultationManagement management, ConsultationQuery query, CpvCatalogue cpv) {
		this.management = management;
		this.query = query;
		this.cpv = cpv;
		setId("main-content");
		addClassNames("page", "editor-page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var agency = query.ofMyAgency();
		if (agency.agency() == null) {
			add(new H1(getTranslation("catalogue.consultation-editor.title")),
					new Paragraph(getTranslation("catalogue.agency-consultations.managers-only")));
			return;
		}
		title.setLabel(getTranslation("catalogue.consultation.field.title"));
		title.setMaxLength(Consultation.TITLE_MAX_LENGTH);
		title.setWidthFull();
		title.setId("consultation-title");
		problem.setLabel(getTranslation("catalogue.consultation.field.problem"));
		problem.setHelperText(getTranslation("catalogue.consultation-editor.problem-help"));
		problem.setMaxLength(Consultation.PROBLEM_MAX_LENGTH);
		problem.setMinHeight("10em");
		problem.setWidthFull();
		problem.setId("consultation-problem");
		questionFields.setId("consultation-questions");
		for (var i = 0; i < INITIAL_QUESTIONS; i++) {
			addQuestion();
		}
		var more = new Button(getTranslation("catalogue.consultation-editor.add-question"), click -> {
			if (questions.size() < Consultation.MAX_QUESTIONS) {
				addQuestion();
				questions.get(questions.size() - 1).focus();
			}
		});
		more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		more.setId("add-question");
		cpvSearch.setLabel(getTranslation("catalogue.field.cpvCodes"));
		cpvSearch.setHelperText(getTranslation("catalogue.consultation-editor.cpv-help"));
		cpvSearch.setItems(q -> cpv.search(q.getFilter().orElse(""), q.getLimit()).stream().skip(q.getOffset()));
		cpvSearch.setItemLabelGenerator(entry -> entry.code() + " " + entry.label());
		cpvSearch.setWidthFull();
		cpvSearch.setId("consultation-cpvCodes");
		cpvSearch.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				cpvCodes.add(change.getValue().code());
				cpvSearch.clear();
				showCpvCodes();
			}
		});
		cpvChosen.addClassName("chips");
		language.setLabel(getTranslation("catalogue.consultation.field.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.setValue(Language.of(getLocale()));
		language.setId("consultation-language");
		closesAt.setLabel(getTranslation("catalogue.consultation.field.closesAt"));
		closesAt.setHelperText(getTranslation("catalogue.consultation-editor.closes-help"));
		closesAt.setId("consultation-closesAt");
		DatePickers.translated(closesAt, this);
		errors.bind("title", title)
			.bind("problem", problem)
			.bind("cpvCodes", cpvSearch)
			.bind("closesAt", closesAt);
		var publish = new Button(getTranslation("catalogue.consultation-editor.publish"), click -> publish(agency.agency()));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.setId("publish-consultation");
		var form = new Div(section("catalogue.consultation-editor.step.problem", title, problem),
				section("catalogue.consultation-editor.step.questions",
						new Paragraph(getTranslation("catalogue.consultation-editor.questions-help",
								Consultation.MAX_QUESTIONS)),
						questionFields, more),
				section("catalogue.consultation-editor.step.practical", cpvSearch, cpvChosen, language, closesAt),
				publish);
		form.addClassName("editor-form");
		add(new H1(getTranslation("catalogue.consultation-editor.title")),
				new Paragraph(getTranslation("catalogue.consultation-editor.intro", agency.agencyName())), form);
	}

	private void addQuestion() {
		var question = new TextField(getTranslation("catalogue.consultation-editor.question", questions.size() + 1));
		question.setMaxLength(Consultation.QUESTION_MAX_LENGTH);
		question.setWidthFull();
		question.setId("question-" + questions.size());
		questions.add(question);
		if (questions.size() == 1) {
			errors.bind("questions", question);
		}
		questionFields.add(question);
	}

	private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
		var section = new Section(new H2(getTranslation(headingKey)));
		section.add(content);
		section.addClassName("editor-section");
		return section;
	}

	private void publish(org.pilotbridge.identity.OrganisationId agency) {
		errors.clear();
		try {
			var id = management.publish(agency, new ConsultationDraft(title.getValue(), problem.getValue(),
					questions.stream().map(TextField::getValue).toList(), List.copyOf(cpvCodes), language.getValue(),
					closesAt.getValue(), ConsultationDraft.DEFAULT_TIME_ZONE));
			Notifications.success(getTranslation("catalogue.consultation-editor.published"));
			getUI().ifPresent(ui -> ui.navigate(ConsultationManageView.class, CatalogueNavigation.consultation(id)));
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
		}
	}

	private void showCpvCodes() {
		cpvChosen.removeAll();
		cpvCodes.forEach(code -> {
			var label = cpv.find(code).map(entry -> entry.code() + " " + entry.label()).orElse(code);
			var remove = new Button(getTranslation("catalogue.editor.remove"), click -> {
				cpvCodes.remove(code);
				showCpvCodes();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(getTranslation("catalogue.editor.remove-named", label));
			cpvChosen.add(new ListItem(new Span(label), remove));
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.consultation-editor.title") + " · Pilotbridge";
	}

}
