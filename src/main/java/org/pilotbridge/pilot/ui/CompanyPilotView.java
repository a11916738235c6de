package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.pilot.ParticipantPilot;
import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotNotFound;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.shared.ui.FieldErrors;

/**
 * The winning company's view of its pilot: where it stands, its milestones, and the
 * company's own account of it, published with the results when the agency publishes them.
 */
@Route(PilotNavigation.COMPANY)
@PermitAll
class CompanyPilotView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final PilotQuery query;

	private final PilotManagement management;

	private String reference = "";

	private String title = "";

	CompanyPilotView(PilotQuery query, PilotManagement management) {
		this.query = query;
		this.management = management;
		setId("main-content");
		addClassNames("page", "company-pilot-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		reference = event.getRouteParameters().get("reference").orElse("");
		try {
			show(query.byReference(reference));
		}
		catch (PilotNotFound unknown) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void show(ParticipantPilot participant) {
		removeAll();
		var pilot = participant.pilot();
		title = pilot.challengeTitle();
		PilotPages.heading(this, participant, this);
		var locale = getLocale();
		var facts = new Facts(this).add("pilot.field.reference", pilot.reference())
			.add("pilot.field.period", getTranslation("pilot.field.period-value",
					Formats.date(pilot.startDate(), locale), Formats.date(pilot.endDate(), locale)));
		pilot.amount().ifPresent(amount -> facts.add("pilot.field.amount", amount.format(locale)));
		var factsSection = new Section();
		factsSection.getElement().appendChild(facts.element());
		add(factsSection);
		var milestones = new UnorderedList();
		pilot.milestones()
			.forEach(milestone -> milestones
				.add(new ListItem(getTranslation(milestone.isDone() ? "pilot.milestone.met" : "pilot.milestone.open",
						milestone.title(), Formats.date(milestone.dueDate(), locale)))));
		add(new Section(new H2(getTranslation("pilot.field.milestones")),
				pilot.milestones().isEmpty() ? new Paragraph(getTranslation("pilot.milestones.none")) : milestones));
		if (pilot.isPublished()) {
			add(new Paragraph(
					PilotNavigation.resultsPage(pilot.reference(), getTranslation("pilot.manage.public-page"))));
		}
		add(account(participant));
	}

	private Section account(ParticipantPilot participant) {
		var pilot = participant.pilot();
		var section = new Section(new H2(getTranslation("pilot.company.account-heading")));
		section.setId("company-account");
		section.add(new Paragraph(getTranslation("pilot.company.account-help")));
		var account = new TextArea(getTranslation("pilot.field.company-account"));
		account.setValue(pilot.companyAccount());
		account.setMaxLength(Pilot.ACCOUNT_MAX_LENGTH);
		account.setWidthFull();
		account.setMinHeight("12em");
		account.setId("account");
		account.setReadOnly(!participant.companyMember());
		section.add(account);
		if (participant.companyMember()) {
			var errors = new FieldErrors().bind("account", account);
			var save = new Button(getTranslation("pilot.company.save-account"),
					click -> PilotPages.act(this, errors,
							() -> management.writeAccount(pilot.id(), pilot.version(), account.getValue()),
							"pilot.company.account-saved", () -> show(query.byReference(reference))));
			save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			save.setId("save-account");
			section.add(save);
		}
		return section;
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
