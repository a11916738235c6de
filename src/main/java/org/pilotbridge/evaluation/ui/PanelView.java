package org.pilotbridge.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.Panel;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelMember;
import org.pilotbridge.evaluation.PanelRemoval;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.evaluation.RemovalCause;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * The panel of a challenge, composed by its managers: members invited by e-mail, one
 * chair, three evaluators recommended; members removed with a reason (and a new chair
 * when the chair leaves). Its members see who sits on it.
 */
@Route(EvaluationNavigation.PANEL)
@PermitAll
class PanelView extends EvaluationPage<ChallengeId> {

	private final PanelManagement panels;

	PanelView(PanelManagement panels) {
		super("challenge", ChallengeId::of);
		this.panels = panels;
	}

	@Override
	void show(ChallengeId challenge) {
		removeAll();
		add(new H1(getTranslation("evaluation.panel.title")));
		Panel panel;
		try {
			panel = panels.panel(challenge);
		}
		catch (AccessDeniedException refused) {
			add(new Paragraph(getTranslation("evaluation.not-on-panel")));
			return;
		}
		if (!panel.meetsRecommendation()) {
			add(new Paragraph(getTranslation("evaluation.panel.recommended")));
		}
		var composes = panels.composes(challenge);
		add(members(challenge, panel, composes));
		if (!composes) {
			return;
		}
		var removals = panels.removals(challenge);
		if (!removals.isEmpty()) {
			add(removals(removals));
		}
		if (panel.chairRecused()) {
			add(standInSection(challenge, panel));
		}
		add(inviteSection(challenge, panel));
	}

	private Grid<PanelMember> members(ChallengeId challenge, Panel panel, boolean composes) {
		var grid = new Grid<PanelMember>();
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("evaluation.report.panel"));
		grid.addColumn(PanelMember::name).setHeader(getTranslation("evaluation.report.name"));
		grid.addColumn(PanelMember::email).setHeader(getTranslation("evaluation.report.email"));
		grid.addColumn(member -> getTranslation(member.role().messageKey())
				+ (member.standIn() ? " – " + getTranslation("evaluation.panel.stand-in") : ""))
			.setHeader(getTranslation("evaluation.report.role"));
		grid.addColumn(
				member -> getTranslation(member.hasJoined() ? "evaluation.panel.joined" : "evaluation.panel.invited"))
			.setHeader(getTranslation("evaluation.panel.status"));
		if (composes) {
			grid.addComponentColumn(member -> {
				var remove = new Button(getTranslation("evaluation.panel.remove"),
						click -> confirmRemoval(challenge, panel, member));
				remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
				remove.setAriaLabel(getTranslation("evaluation.panel.remove.title", member.name()));
				remove.addClassName("remove-member");
				return remove;
			}).setHeader(getTranslation("evaluation.panel.actions"));
		}
		grid.setItems(panel.members());
		grid.setId("panel-members");
		return grid;
	}

	private Section removals(List<PanelRemoval> removals) {
		var removed = new Grid<PanelRemoval>();
		removed.setAllRowsVisible(true);
		removed.setAriaLabel(getTranslation("evaluation.report.removed"));
		removed.addColumn(removal -> removal.member().name()).setHeader(getTranslation("evaluation.report.name"));
		removed.addColumn(removal -> getTranslation(removal.member().role().messageKey()))
			.setHeader(getTranslation("evaluation.report.role"));
		removed.addColumn(removal -> Times.dateTime(removal.removedAt(), ChallengeDraft.DEFAULT_TIME_ZONE, getLocale()))
			.setHeader(getTranslation("evaluation.report.removed-at"));
		removed
			.addColumn(removal -> removal.cause() == RemovalCause.BIDDING_COMPANY
					? getTranslation("evaluation.removal.bidding-company", removal.biddingCompany()) : removal.reason())
			.setHeader(getTranslation("evaluation.report.removal-reason"));
		removed.setItems(removals);
		removed.setId("panel-removals");
		return new Section(new H2(getTranslation("evaluation.report.removed")), removed);
	}

	private Section inviteSection(ChallengeId challenge, Panel panel) {
		var email = new EmailField(getTranslation("evaluation.report.email"));
		email.setId("panel-email");
		var name = new TextField(getTranslation("evaluation.report.name"));
		name.setMaxLength(PanelMember.NAME_MAX_LENGTH);
		name.setId("panel-name");
		var role = new ComboBox<PanelRole>(getTranslation("evaluation.report.role"));
		role.setItems(panel.chair().isPresent() ? List.of(PanelRole.EVALUATOR) : List.of(PanelRole.values()));
		role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
		role.setValue(PanelRole.EVALUATOR);
		role.setId("panel-role");
		var language = new ComboBox<Language>(getTranslation("evaluation.panel.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.setValue(Language.of(getLocale()));
		var errors = new FieldErrors().bind("email", email).bind("name", name).bind("role", role);
		var invite = new Button(getTranslation("evaluation.panel.invite"), click -> {
			errors.clear();
			try {
				panels.invite(challenge, email.getValue(), name.getValue(), role.getValue(), language.getValue());
				Notifications.success(getTranslation("evaluation.panel.invitation-sent", email.getValue()));
				show(challenge);
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		invite.setId("panel-invite");
		return new Section(new H2(getTranslation("evaluation.panel.invite-heading")),
				new Div(email, name, role, language, invite));
	}

	/** For a chair who declared a conflict: the managers designate who acts for them. */
	private Section standInSection(ChallengeId challenge, Panel panel) {
		var section = new Section(new H2(getTranslation("evaluation.panel.stand-in.heading")),
				new Paragraph(getTranslation("evaluation.panel.stand-in.text")));
		section.setId("stand-in");
		var member = new ComboBox<PanelMember>(getTranslation("evaluation.panel.stand-in.member"));
		member.setItems(panel.members()
			.stream()
			.filter(candidate -> candidate.hasJoined() && !candidate.role().chairs())
			.toList());
		member.setItemLabelGenerator(PanelMember::name);
		panel.standIn().ifPresent(member::setValue);
		member.setId("stand-in-member");
		var errors = new FieldErrors().bind("member", member);
		var designate = new Button(getTranslation("evaluation.panel.stand-in.designate"), click -> {
			errors.clear();
			try {
				if (member.getValue() == null) {
					member.setInvalid(true);
					member.setErrorMessage(getTranslation("validation.required"));
					return;
				}
				panels.designateStandIn(challenge, member.getValue().id());
				Notifications.success(getTranslation("evaluation.panel.stand-in.designated", member.getValue().name()));
				show(challenge);
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		designate.setId("designate-stand-in");
		section.add(new Div(member, designate));
		return section;
	}

	/**
	 * Asks why (and, for the chair who joined, who takes over) before removing the
	 * member.
	 */
	private void confirmRemoval(ChallengeId challenge, Panel panel, PanelMember member) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("evaluation.panel.remove.title", member.name()));
		var reason = new TextArea(getTranslation("evaluation.panel.remove.reason-label"));
		reason.setMaxLength(PanelRemoval.REASON_MAX_LENGTH);
		reason.setWidthFull();
		reason.setId("removal-reason");
		var newChair = new ComboBox<PanelMember>(getTranslation("evaluation.panel.remove.new-chair"));
		newChair.setItems(panel.members()
			.stream()
			.filter(other -> !other.id().equals(member.id()) && other.hasJoined())
			.toList());
		newChair.setItemLabelGenerator(PanelMember::name);
		newChair.setId("removal-new-chair");
		newChair.setVisible(member.role().chairs());
		newChair.setWidthFull();
		dialog.add(new Paragraph(getTranslation("evaluation.panel.remove.text", member.name())), reason, newChair);
		var errors = new FieldErrors().bind("reason", reason).bind("newChair", newChair);
		var confirm = new Button(getTranslation("evaluation.panel.remove.confirm"), click -> {
			errors.clear();
			try {
				panels.remove(challenge, member.id(), reason.getValue(),
						newChair.getValue() == null ? null : newChair.getValue().id());
				dialog.close();
				Notifications.success(getTranslation("evaluation.panel.removed", member.name()));
				show(challenge);
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
				if (invalid.problems()
					.stream()
					.anyMatch(problem -> !problem.field().equals("reason") && !problem.field().equals("newChair"))) {
					Notifications.error(Problems.text(invalid, this));
				}
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		confirm.setId("confirm-removal");
		var cancel = new Button(getTranslation("evaluation.panel.remove.cancel"), click -> dialog.close());
		dialog.getFooter().add(cancel, confirm);
		add(dialog);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("evaluation.panel.title") + " · Pilotbridge";
	}

}
