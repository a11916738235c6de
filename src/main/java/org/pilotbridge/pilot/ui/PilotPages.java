package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.pilot.ParticipantPilot;
import org.pilotbridge.pilot.PilotAccessDenied;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/** What the company's and the managers' pages of a pilot share. */
final class PilotPages {

	private PilotPages() {
	}

	/** The way back to the list, the pilot's status, its challenge as the heading, and who runs it for whom. */
	static void heading(HasComponents page, ParticipantPilot participant, Component translator) {
		var pilot = participant.pilot();
		page.add(new Paragraph(new RouterLink(translator.getTranslation("pilot.mine.back"), MyPilotsView.class)));
		page.add(PilotBadges.status(pilot.status(), translator), new H1(pilot.challengeTitle()), new Paragraph(
				translator.getTranslation("pilot.result.by", pilot.companyName(), participant.agencyName())));
	}

	/**
	 * Runs a change; shows its refusal next to the fields (or in a notification) and leaves the
	 * screen as it was, or confirms it and shows the pilot as it is now.
	 */
	static void act(Component page, FieldErrors errors, Runnable change, String successKey, Runnable refresh) {
		try {
			change.run();
			Notifications.success(page.getTranslation(successKey));
			refresh.run();
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, page);
		}
		catch (PilotAccessDenied denied) {
			Notifications.error(page.getTranslation(denied.messageKey()));
		}
		catch (OptimisticLockingFailureException changed) {
			Notifications.error(page.getTranslation("error.changed-meanwhile"));
			refresh.run();
		}
	}

}
