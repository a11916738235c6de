package org.pilotbridge.catalogue.ui;

import java.util.ArrayList;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.catalogue.Consultation;
import org.pilotbridge.catalogue.ConsultationAnswering;
import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.catalogue.PublicConsultation;
import org.pilotbridge.challenge.ui.ChallengeNavigation;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.RichText;
import org.pilotbridge.shared.ui.Times;

/**
 * The public page of a market consultation: the problem and the questions, open until its closing
 * time; for the members of a company a form to answer (and change the answer) until then. After the
 * close it shows how many companies answered and the answers whose companies agreed to it.
 */
@Route(CatalogueNavigation.CONSULTATION)
@AnonymousAllowed
class ConsultationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ConsultationQuery query;

	private final ConsultationAnswering answering;

	private final OrganisationQuery organisations;

	private final CurrentPerson current;

	private String title = "";

	private String reference = "";

	ConsultationView(ConsultationQuery query, ConsultationAnswering answering, OrganisationQuery organisations,
			CurrentPerson current) {
		this.query = query;
		this.answering = answering;
		this.organisations = organisations;
		this.current = current;
		setId("main-content");
		addClassNames("page", "consultation-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		reference = event.getRouteParameters().get("reference").orElse("");
		if (query.byReference(reference).isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		refresh();
	}

	private void refresh() {
		var consultation = query.byReference(reference).orElseThrow();
		removeAll();
		title = consultation.title();
		var when = Times.deadline(consultation.closesAt(), consultation.timeZone(), this);
		add(CatalogueBadges.open(consultation.open(), this), new H1(consultation.title()),
				new Paragraph(getTranslation("catalogue.consultation.by", consultation.agencyName())));
		var status = new Paragraph(getTranslation(
				consultation.open() ? "catalogue.consultation.open-until" : "catalogue.consultation.closed-on", when));
		status.setId("consultation-status");
		add(status, new Paragraph(getTranslation("catalogue.consultation.no-commitment")));
		if (consultation.challengeReference() != null) {
			var challenge = ChallengeNavigation.publicPage(consultation.challengeReference(),
					getTranslation("catalogue.consultation.led-to", consultation.challengeReference()));
			add(new Paragraph(challenge));
		}
		add(new Section(new H2(getTranslation("catalogue.consultation.problem")),
				RichText.ofSanitizedHtml(consultation.problemHtml())));
		var questions = new OrderedList();
		consultation.questions().forEach(question -> questions.add(new ListItem(question)));
		add(new Section(new H2(getTranslation("catalogue.consultation.questions")), questions));
		if (!consultation.cpvCodes().isEmpty()) {
			add(new Paragraph(getTranslation("catalogue.field.cpvCodes") + ": " + consultation.cpvCodes()
				.stream()
				.map(entry -> entry.code() + " " + entry.label())
				.collect(Collectors.joining("; "))));
		}
		add(new Paragraph(getTranslation("catalogue.consultation.reference", consultation.reference())));
		if (consultation.open()) {
			add(nextSteps(consultation));
		}
		else {
			add(results(consultation));
		}
	}

	private Section nextSteps(PublicConsultation consultation) {
		var section = new Section(new H2(getTranslation("catalogue.consultation.answer-heading")));
		section.addClassName("next-steps");
		section.setId("answer");
		if (current.id().isEmpty()) {
			var signIn = new Anchor("/sign-in", getTranslation("catalogue.consultation.sign-in-to-answer"));
			signIn.setRouterIgnore(true);
			section.add(new Paragraph(signIn));
			return section;
		}
		var active = organisations.active();
		if (active.isPresent() && active.get().kind() == OrganisationKind.AGENCY
				&& active.get().id().equals(consultation.agency()) && active.get().role() == MembershipRole.CHALLENGE_MANAGER) {
			section.add(new Paragraph(new RouterLink(getTranslation("catalogue.consultation.manage"),
					ConsultationManageView.class, CatalogueNavigation.consultation(consultation.id()))));
			return section;
		}
		var company = active.filter(o -> o.kind() == OrganisationKind.COMPANY)
			.or(() -> organisations.mine().stream().filter(o -> o.kind() == OrganisationKind.COMPANY).findFirst());
		if (company.isEmpty()) {
			section.add(new Paragraph(getTranslation("catalogue.consultation.companies-only")));
			return section;
		}
		var companyId = company.get().id();
		var earlier = answering.answerOf(consultation.id(), companyId);
		if (earlier.isPresent()) {
			var note = new Paragraph(getTranslation("catalogue.consultation.answered-on",
					Times.dateTime(earlier.get().updatedAt(), consultation.timeZone(), getLocale())));
			note.setId("answered");
			section.add(note);
		}
		section.add(new Paragraph(getTranslation("catalogue.consultation.answer-for", company.get().name())));
		var fields = new ArrayList<TextArea>();
		var errors = new FieldErrors();
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
			section.add(field);
		}
		var mayPublish = new Checkbox(getTranslation("catalogue.consultation.may-publish"),
				earlier.map(answer -> answer.mayPublish()).orElse(false));
		mayPublish.setHelperText(getTranslation("catalogue.consultation.may-publish-help"));
		mayPublish.setId("may-publish");
		var send = new Button(getTranslation(earlier.isPresent() ? "catalogue.consultation.update-answer"
				: "catalogue.consultation.send-answer"), click -> {
					try {
						answering.answer(consultation.id(), companyId,
								fields.stream().map(TextArea::getValue).toList(), mayPublish.getValue());
						Notifications.success(getTranslation("catalogue.consultation.answer-sent"));
						refresh();
					}
					catch (InvalidInput invalid) {
						errors.show(invalid, this);
					}
				});
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.setId("send-answer");
		section.add(mayPublish, new Div(send));
		return section;
	}

	private Section results(PublicConsultation consultation) {
		var section = new Section(new H2(getTranslation("catalogue.consultation.results")));
		section.setId("results");
		var count = new Paragraph(getTranslation("catalogue.consultation.answer-count", consultation.answerCount()));
		count.setId("answer-count");
		section.add(count);
		if (!consultation.publishedAnswers().isEmpty()) {
			section.add(new Paragraph(getTranslation("catalogue.consultation.published-answers-intro")));
			consultation.publishedAnswers().forEach(answer -> {
				var card = new Div(new H3(answer.companyName()));
				card.addClassName("card");
				card.add(new QuestionsAndAnswers(consultation.questions(), answer.answers()));
				section.add(card);
			});
		}
		return section;
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
