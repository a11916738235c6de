package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;

import org.pilotbridge.identity.DecisionRules;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery.OrganisationDetails;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * For an agency's administrators: who its authorising officers are, which of its
 * decisions need their approval, and the standstill period its challenges start with.
 */
class DecisionRulesSection extends Section {

	DecisionRulesSection(OrganisationManagement organisations, OrganisationDetails details, OrganisationView page,
			Runnable refreshed) {
		setId("decision-rules");
		var id = details.summary().id();
		add(new H2(getTranslation("identity.decision-rules.title")),
				new Paragraph(getTranslation("identity.decision-rules.officers-intro")));
		for (var member : details.members()) {
			var officer = new Checkbox(getTranslation("identity.decision-rules.officer", member.name()),
					member.authorisingOfficer());
			officer.addClassName("authorising-officer");
			officer.addValueChangeListener(change -> {
				if (change.isFromClient()) {
					page.act(() -> organisations.appointAuthorisingOfficer(id, member.id(), change.getValue()),
							change.getValue() ? "identity.decision-rules.appointed"
									: "identity.decision-rules.withdrawn");
				}
			});
			add(officer);
		}
		var rules = details.decisionRules();
		var award = new Checkbox(getTranslation("identity.decision-rules.award"), rules.awardNeedsApproval());
		award.setId("award-needs-approval");
		var publication = new Checkbox(getTranslation("identity.decision-rules.publication"),
				rules.publicationNeedsApproval());
		publication.setId("publication-needs-approval");
		var standstill = new IntegerField(getTranslation("identity.decision-rules.standstill"));
		standstill.setHelperText(getTranslation("identity.decision-rules.standstill-help"));
		standstill.setMin(0);
		standstill.setMax(DecisionRules.MAX_STANDSTILL_DAYS);
		standstill.setValue(rules.defaultStandstillDays());
		standstill.setId("default-standstill");
		var errors = new FieldErrors().bind("defaultStandstillDays", standstill);
		var save = new Button(getTranslation("identity.decision-rules.save"), click -> {
			try {
				errors.clear();
				organisations.setDecisionRules(id, new DecisionRules(award.getValue(), publication.getValue(),
						standstill.getValue() == null ? -1 : standstill.getValue()));
				Notifications.success(getTranslation("identity.decision-rules.saved"));
				refreshed.run();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-decision-rules");
		add(award, publication, standstill, save);
	}

}
