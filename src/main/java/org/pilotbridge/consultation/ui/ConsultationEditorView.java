package org.pilotbridge.consultation.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.consultation.Consultation;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.CpvCodesField;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.DraftForm;
import org.pilotbridge.shared.ui.EditorStep;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * Where a challenge manager writes and publishes a market consultation: the problem, a
 * few questions, the CPV codes, the language and the closing time (in Brussels time).
 */
@Route(ConsultationNavigation.NEW_CONSULTATION)
@PermitAll
class ConsultationEditorView extends WorkspacePage implements AfterNavigationObserver, HasDynamicTitle {

	static final int INITIAL_QUESTIONS = 3;

	private final ConsultationManagement management;

	private final ConsultationQuery query;

	private final CpvCatalogue cpv;

	private DraftForm<ConsultationDraft> form = new DraftForm<>(ConsultationDraft.class, this);

	ConsultationEditorView(ConsultationManagement management, ConsultationQuery query, CpvCatalogue cpv) {
		super("editor-page");
		this.management = management;
		this.query = query;
		this.cpv = cpv;
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
		add(new H1(getTranslation("catalogue.consultation-editor.title")),
				new Paragraph(getTranslation("catalogue.consultation-editor.intro", agency.agencyName())),
				editor(agency.agency()));
	}

	/** The form, bound anew to a {@link ConsultationDraft} at each visit. */
	private Div editor(OrganisationId agency) {
		form = new DraftForm<>(ConsultationDraft.class, this);
		var title = new TextField(getTranslation("catalogue.consultation.field.title"));
		title.setMaxLength(Consultation.TITLE_MAX_LENGTH);
		title.setWidthFull();
		title.setId("consultation-title");
		var problem = new TextArea(getTranslation("catalogue.consultation.field.problem"));
		problem.setHelperText(getTranslation("catalogue.consultation-editor.problem-help"));
		problem.setMaxLength(Consultation.PROBLEM_MAX_LENGTH);
		problem.setMinHeight("10em");
		problem.setWidthFull();
		problem.setId("consultation-problem");
		var questions = new QuestionsField(INITIAL_QUESTIONS);
		var more = new Button(getTranslation("catalogue.consultation-editor.add-question"), click -> {
			if (questions.add()) {
				questions.focusLast();
			}
		});
		more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		more.setId("add-question");
		var cpvCodes = new CpvCodesField("consultation", cpv::searchCodes, cpv::describe);
		cpvCodes.setLabel(getTranslation("catalogue.field.cpvCodes"));
		cpvCodes.setHelperText(getTranslation("catalogue.consultation-editor.cpv-help"));
		var language = language();
		var closesAt = closesAt();
		form.field(title).bind("title");
		form.field(problem).bind("problem");
		form.field(questions).bind("questions");
		form.field(cpvCodes).bind("cpvCodes");
		form.field(language).bind("language");
		form.field(closesAt).bind("closesAt");
		form.field(new ReadOnlyHasValue<ZoneId>(zone -> {
		})).bind("timeZone");
		form.read(ConsultationDraft.of("", "", List.of(), List.of(), Language.of(getLocale()), null));
		var publish = new Button(getTranslation("catalogue.consultation-editor.publish"), click -> publish(agency));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.setId("publish-consultation");
		var editor = new Div(form.summary(),
				EditorStep.of(this, "catalogue.consultation-editor.step.problem", title, problem),
				EditorStep.of(this, "catalogue.consultation-editor.step.questions",
						new Paragraph(getTranslation("catalogue.consultation-editor.questions-help",
								Consultation.MAX_QUESTIONS)),
						questions, more),
				EditorStep.of(this, "catalogue.consultation-editor.step.practical", cpvCodes, language, closesAt),
				publish);
		editor.addClassName("editor-form");
		return editor;
	}

	private Select<Language> language() {
		var language = new Select<Language>();
		language.setLabel(getTranslation("catalogue.consultation.field.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.setId("consultation-language");
		return language;
	}

	private DateTimePicker closesAt() {
		var closesAt = new DateTimePicker(getTranslation("catalogue.consultation.field.closesAt"));
		closesAt.setHelperText(getTranslation("catalogue.consultation-editor.closes-help"));
		closesAt.setId("consultation-closesAt");
		DatePickers.translated(closesAt, this);
		return closesAt;
	}

	private void publish(OrganisationId agency) {
		form.attempt(() -> management.publish(agency, form.value())).ifPresent(id -> {
			Notifications.success(getTranslation("catalogue.consultation-editor.published"));
			getUI().ifPresent(ui -> ui.navigate(ConsultationManageView.class, ConsultationNavigation.consultation(id)));
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.consultation-editor.title") + " · Pilotbridge";
	}

}
