package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotAction;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotStatus;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.FieldErrors;

/**
 * Where a pilot stands and how it moves on, as the pilot allows
 * ({@link Pilot#actions()}): start it while planned, complete it with its results while
 * it runs (both asked once first), stop it until it ends; once ended, when and why.
 */
class PilotLifecycle extends Section {

	/**
	 * Runs a change on the managers' screen, which shows its refusal or the pilot as it
	 * is now.
	 */
	@FunctionalInterface
	interface Act {

		void run(FieldErrors errors, Runnable change, String successKey);

	}

	private final PilotManagement management;

	private final Act act;

	PilotLifecycle(Pilot pilot, PilotManagement management, Act act) {
		this.management = management;
		this.act = act;
		add(new H2(getTranslation("pilot.manage.progress")));
		setId("progress");
		var allowed = pilot.actions();
		if (allowed.contains(PilotAction.START)) {
			add(new Paragraph(
					getTranslation("pilot.manage.planned-help", Formats.date(pilot.startDate(), getLocale()))));
			var start = new Button(getTranslation("pilot.manage.start"),
					click -> Confirmation.ask(this, getTranslation("pilot.confirm.start.title"),
							getTranslation("pilot.confirm.start.what"), getTranslation("pilot.confirm.start.who"),
							getTranslation("pilot.manage.start"), () -> act.run(new FieldErrors(),
									() -> management.start(pilot.id(), pilot.version()), "pilot.manage.started")));
			start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			start.setId("start-pilot");
			add(start);
		}
		if (allowed.contains(PilotAction.COMPLETE)) {
			add(complete(pilot));
		}
		if (allowed.contains(PilotAction.STOP)) {
			add(stop(pilot));
		}
		if (pilot.status() == PilotStatus.COMPLETED) {
			add(new Paragraph(getTranslation("pilot.manage.completed-on", Formats.date(pilot.endDate(), getLocale()))));
		}
		if (pilot.status() == PilotStatus.STOPPED) {
			add(new Paragraph(getTranslation("pilot.manage.stopped-because", pilot.stopReason().orElse(""))));
		}
	}

	private Div complete(Pilot pilot) {
		var box = new Div(new H2(getTranslation("pilot.manage.complete-heading")),
				new Paragraph(getTranslation("pilot.manage.complete-help")));
		box.addClassName("editor-section");
		box.setId("complete");
		var end = DatePickers.translated(new DatePicker(getTranslation("pilot.field.last-day"), pilot.endDate()), this);
		end.setId("complete-end");
		var form = new ResultsForm("complete", pilot.results(), this);
		var errors = new FieldErrors().bind("endDate", end);
		form.bind(errors);
		var complete = new Button(getTranslation("pilot.manage.complete"),
				click -> Confirmation.ask(this, getTranslation("pilot.confirm.complete.title"),
						getTranslation("pilot.confirm.complete.what"), getTranslation("pilot.confirm.complete.who"),
						getTranslation("pilot.manage.complete"),
						() -> act.run(errors,
								() -> management.complete(pilot.id(), pilot.version(), end.getValue(), form.value()),
								"pilot.manage.completed")));
		complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		complete.setId("complete-pilot");
		box.add(end, form, complete);
		return box;
	}

	private Div stop(Pilot pilot) {
		var box = new Div(new H2(getTranslation("pilot.manage.stop-heading")));
		box.addClassName("editor-section");
		box.setId("stop");
		var reason = new TextArea(getTranslation("pilot.field.stop-reason"));
		reason.setHelperText(getTranslation("pilot.field.stop-reason-help"));
		reason.setMaxLength(Pilot.STOP_REASON_MAX_LENGTH);
		reason.setWidthFull();
		reason.setId("stop-reason");
		var errors = new FieldErrors().bind("reason", reason);
		var stop = new Button(getTranslation("pilot.manage.stop"), click -> act.run(errors,
				() -> management.stop(pilot.id(), pilot.version(), reason.getValue()), "pilot.manage.stopped"));
		stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
		stop.setId("stop-pilot");
		box.add(reason, stop);
		return box;
	}

}
