package org.pilotbridge.challenge.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ClarificationQuery.PendingQuestion;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * The questions waiting for the managers' answer on a challenge's page: each with the
 * question as it will be published, the answer, and a way to reject it with a private
 * reason.
 */
class PendingQuestions extends Section {

	private final ClarificationManagement clarification;

	private final Runnable refresh;

	PendingQuestions(List<PendingQuestion> pending, ClarificationManagement clarification, Runnable refresh) {
		this.clarification = clarification;
		this.refresh = refresh;
		setId("pending-questions");
		add(new H2(getTranslation("challenge.manage.questions")));
		if (pending.isEmpty()) {
			add(new Paragraph(getTranslation("challenge.manage.no-questions")));
		}
		pending.forEach(question -> add(question(question)));
	}

	private Div question(PendingQuestion question) {
		var published = new TextArea(getTranslation("challenge.manage.public-question"));
		published.setValue(question.text());
		published.setHelperText(getTranslation("challenge.manage.public-question-help"));
		published.setWidthFull();
		var answer = new TextArea(getTranslation("challenge.manage.answer"));
		answer.setHelperText(getTranslation("challenge.manage.answer-help"));
		answer.setWidthFull();
		var errors = new FieldErrors().bind("publicQuestion", published).bind("answer", answer);
		var publish = new Button(getTranslation("challenge.manage.publish-answer"), click -> {
			try {
				clarification.answer(question.id(), published.getValue(), answer.getValue());
				Notifications.success(getTranslation("challenge.manage.answer-published"));
				refresh.run();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
			catch (OptimisticLockingFailureException conflict) {
				Notifications.error(getTranslation("error.changed-meanwhile"));
				refresh.run();
			}
		});
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		var reject = new Button(getTranslation("challenge.manage.reject-question"), click -> rejectQuestion(question));
		reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		var box = new Div(
				new H3(getTranslation("challenge.manage.asked-by", question.askerName(), question.companyName())),
				new Paragraph(question.text()), published, answer, new HorizontalLayout(publish, reject));
		box.addClassName("card");
		box.setId("question-" + question.id());
		return box;
	}

	private void rejectQuestion(PendingQuestion question) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("challenge.manage.reject-question"));
		var reason = new TextArea(getTranslation("challenge.manage.private-reason"));
		reason.setHelperText(getTranslation("challenge.manage.private-reason-help"));
		reason.setWidthFull();
		var errors = new FieldErrors().bind("reason", reason);
		var confirm = new Button(getTranslation("challenge.manage.reject-question"), click -> {
			try {
				clarification.reject(question.id(), reason.getValue());
				dialog.close();
				Notifications.success(getTranslation("challenge.manage.question-rejected"));
				refresh.run();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
		dialog.add(reason);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

}
