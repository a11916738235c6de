package org.pilotbridge.consultation.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.consultation.Consultation;
import org.pilotbridge.consultation.ConsultationAnswer;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.consultation.PublicConsultation;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.MainLayout;
import org.pilotbridge.shared.ui.Times;

/**
 * Where a member of a company answers a market consultation, or changes the company's
 * answer, until it closes: one text per question and whether the answer may be published
 * after the close. Reached from the consultation's public page, through sign-in; once the
 * answer is received, the person is back on that page, which tells them when their
 * company answered.
 */
@Route(ConsultationNavigation.ANSWER_CONSULTATION)
@PermitAll
class ConsultationAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationQuery query;

	private final ConsultationAnswering answering;

	private final Clock clock;

	private String title = "";

	ConsultationAnswerView(ConsultationQuery query, ConsultationAnswering answering, Clock clock) {
		this.query = query;
		this.answering = answering;
		this.clock = clock;
		setId("main-content");
		addClassNames("page", "consultation-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var consultation = query.byReference(event.getRouteParameters().get("reference").orElse(""));
		if (consultation.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(consultation.get());
	}

	private void show(PublicConsultation consultation) {
		removeAll();
		title = consultation.title();
		addHeading(consultation);
		var company = answering.answeringFor();
		if (company.isEmpty()) {
			add(new Paragraph(getTranslation("catalogue.consultation.companies-only")));
		}
		else if (!consultation.isOpenAt(clock.instant())) {
			var closed = new Paragraph(getTranslation("catalogue.consultation.closed"));
			closed.setId("consultation-closed");
			add(closed);
		}
		else {
			addAnswerForm(consultation, company.get());
		}
	}

	/**
	 * The way back to the public page, the consultation's title in its language, and its
	 * agency.
	 */
	private void addHeading(PublicConsultation consultation) {
		var heading = new H1(consultation.title());
		heading.getElement().setAttribute("lang", consultation.language().code());
		add(new Paragraph(MainLayout.publicLink(ConsultationQuery.pathOf(consultation.reference()),
				getTranslation("catalogue.consultation.back"))), heading,
				new Paragraph(getTranslation("catalogue.consultation.by", consultation.agencyName())));
	}

	/**
	 * Until when the consultation is open, when the company last answered, and the form:
	 * a field per question, whether the answer may be published, and the button that
	 * sends it.
	 */
	private void addAnswerForm(PublicConsultation consultation, OrganisationQuery.MyOrganisation company) {
		add(new Paragraph(getTranslation("catalogue.consultation.open-until",
				Times.deadline(consultation.closesAt(), consultation.timeZone(), this))));
		var earlier = answering.answerOf(consultation.id(), company.id());
		earlier.ifPresent(answer -> add(answeredOn(answer, consultation)));
		add(new Paragraph(getTranslation("catalogue.consultation.answer-for", company.name())));
		var errors = new FieldErrors();
		var fields = answerFields(consultation, earlier, errors);
		fields.forEach(this::add);
		var mayPublish = mayPublish(earlier);
		var send = new Button(
				getTranslation(earlier.isPresent() ? "catalogue.consultation.update-answer"
						: "catalogue.consultation.send-answer"),
				click -> send(consultation, company.id(), fields, mayPublish, errors));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.setId("send-answer");
		add(mayPublish, new Div(send));
	}

	/** "Your company answered on …", from the earlier answer. */
	private Paragraph answeredOn(ConsultationAnswer answer, PublicConsultation consultation) {
		var note = new Paragraph(getTranslation("catalogue.consultation.answered-on",
				Times.dateTime(answer.updatedAt(), consultation.timeZone(), getLocale())));
		note.setId("answered");
		return note;
	}

	/**
	 * Whether the answer may be published after the close, as the company chose before;
	 * no at first.
	 */
	private Checkbox mayPublish(Optional<ConsultationAnswer> earlier) {
		var mayPublish = new Checkbox(getTranslation("catalogue.consultation.may-publish"),
				earlier.map(ConsultationAnswer::mayPublish).orElse(false));
		mayPublish.setHelperText(getTranslation("catalogue.consultation.may-publish-help"));
		mayPublish.setId("may-publish");
		return mayPublish;
	}

	/**
	 * Sends the answer and goes back to the public page, or shows what the service
	 * refused.
	 */
	private void send(PublicConsultation consultation, OrganisationId company, List<TextArea> fields,
			Checkbox mayPublish, FieldErrors errors) {
		try {
			answering.answer(consultation.id(), company, fields.stream().map(TextArea::getValue).toList(),
					mayPublish.getValue());
			backToThePage(consultation);
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
		}
	}

	/** A field for the answer to each question, with the earlier answer if any. */
	private List<TextArea> answerFields(PublicConsultation consultation, Optional<ConsultationAnswer> earlier,
			FieldErrors errors) {
		var fields = new ArrayList<TextArea>();
		for (var i = 0; i < consultation.questions().size(); i++) {
			var field = new TextArea(consultation.questions().get(i));
			field.setMaxLength(Consultation.ANSWER_MAX_LENGTH);
			field.setWidthFull();
			field.setMinHeight("6em");
			field.setId("answer-" + i);
			if (earlier.isPresent() && i < earlier.get().answers().size()) {
				field.setValue(earlier.get().answers().get(i));
			}
			errors.bind("answers[" + i + "]", field);
			fields.add(field);
		}
		return fields;
	}

	/**
	 * The public page, in the person's language, where they read when their company
	 * answered.
	 */
	private void backToThePage(PublicConsultation consultation) {
		var link = MainLayout.publicLink(ConsultationQuery.pathOf(consultation.reference()), "");
		UI.getCurrent().getPage().setLocation(link.getHref() + "#answer");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.consultation.answer-title", title) + " · Pilotbridge";
	}

}
