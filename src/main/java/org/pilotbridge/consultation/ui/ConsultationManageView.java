package org.pilotbridge.consultation.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.consultation.ConsultationId;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationNotFound;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.consultation.ManagedConsultation;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * A consultation as its agency's managers run it: open until its closing time, with no
 * answer visible meanwhile; then every answer, and a way to turn the consultation into a
 * draft challenge.
 */
@Route(ConsultationNavigation.MANAGE_CONSULTATION)
@PermitAll
class ConsultationManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationQuery query;

	private final ConsultationManagement management;

	private ConsultationId id = new ConsultationId(new UUID(0, 0));

	private String title = "";

	ConsultationManageView(ConsultationQuery query, ConsultationManagement management) {
		this.query = query;
		this.management = management;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			id = new ConsultationId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
			refresh();
		}
		catch (IllegalArgumentException | ConsultationNotFound | AccessDeniedException unknown) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void refresh() {
		var consultation = query.managed(id);
		removeAll();
		title = consultation.title();
		add(ConsultationBadges.open(consultation.open(), this), new H1(consultation.title()),
				new Paragraph(ConsultationNavigation.consultationPage(consultation.reference(),
						getTranslation("catalogue.consultation.public-page", consultation.reference()))));
		var when = Times.deadline(consultation.closesAt(), consultation.timeZone(), this);
		var status = new Paragraph(getTranslation(
				consultation.open() ? "catalogue.consultation.open-until" : "catalogue.consultation.closed-on", when));
		status.setId("consultation-status");
		add(status, answers(consultation), nextStep(consultation));
	}

	private Section answers(ManagedConsultation consultation) {
		var section = new Section(new H2(getTranslation("catalogue.consultation.answers")));
		section.setId("answers");
		if (consultation.open()) {
			section.add(new Paragraph(getTranslation("catalogue.consultation.answers-sealed")));
			return section;
		}
		var received = query.answers(id);
		section.add(new Paragraph(getTranslation("catalogue.consultation.answer-count", received.size())));
		received.forEach(answer -> {
			var card = new Article(new H3(answer.companyName()),
					new Paragraph(getTranslation("catalogue.consultation.answered-by", answer.answeredBy(),
							Times.dateTime(answer.updatedAt(), consultation.timeZone(), getLocale()))),
					new Paragraph(getTranslation(answer.mayPublish() ? "catalogue.consultation.public-answer"
							: "catalogue.consultation.private-answer")),
					new QuestionsAndAnswers(consultation.questions(), answer.answers()));
			card.addClassNames("card", "received-answer");
			section.add(card);
		});
		return section;
	}

	private Section nextStep(ManagedConsultation consultation) {
		var section = new Section(new H2(getTranslation("catalogue.consultation.next")));
		if (consultation.challenge() != null) {
			var open = new Anchor(ConsultationNavigation.challengeManagePath(consultation.challenge()),
					getTranslation("catalogue.consultation.open-challenge"));
			open.setId("open-challenge");
			section.add(new Paragraph(open));
			return section;
		}
		section.add(new Paragraph(getTranslation("catalogue.consultation.draft-challenge-help")));
		var draft = new Button(getTranslation("catalogue.consultation.draft-challenge"), click -> {
			var challenge = management.draftChallenge(id);
			Notifications.success(getTranslation("catalogue.consultation.challenge-drafted"));
			getUI().ifPresent(ui -> ui.navigate(ConsultationNavigation.challengeEditorPath(challenge)));
		});
		draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		draft.setId("draft-challenge");
		section.add(draft);
		return section;
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
