package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.pilot.ParticipantPilot;
import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotAccessDenied;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.RichText;

/** What the company's and the managers' pages of a pilot share. */
final class PilotPages {

	private PilotPages() {
	}

	/**
	 * The way back to the list, the pilot's status, its challenge as the heading, and who
	 * runs it for whom.
	 */
	static void heading(HasComponents page, ParticipantPilot participant, Component translator) {
		var pilot = participant.pilot();
		page.add(new Paragraph(new RouterLink(translator.getTranslation("pilot.mine.back"), MyPilotsView.class)));
		page.add(PilotBadges.status(pilot.status(), translator), new H1(pilot.challengeTitle()), new Paragraph(
				translator.getTranslation("pilot.result.by", pilot.companyName(), participant.agencyName())));
	}

	/** The company's own account of the pilot, as the managers read it. */
	static Section companyAccount(Pilot pilot, Component translator) {
		var section = new Section(
				new H2(translator.getTranslation("pilot.result.company-account", pilot.companyName())));
		section.setId("company-account");
		if (pilot.companyAccount().isEmpty()) {
			section.add(new Paragraph(translator.getTranslation("pilot.manage.no-company-account")));
		}
		else {
			section.add(RichText.ofMarkdown(pilot.companyAccount()));
		}
		return section;
	}

	/**
	 * Runs a change; shows its refusal next to the fields (or in a notification) and
	 * leaves the screen as it was, or confirms it and shows the pilot as it is now.
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
