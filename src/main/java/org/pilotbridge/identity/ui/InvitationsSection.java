package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.identity.InvitationManagement.PendingInvitation;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationQuery.OrganisationDetails;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Inviting people into the organisation by e-mail, and the invitations still pending,
 * each revocable.
 */
class InvitationsSection extends Section {

	InvitationsSection(InvitationManagement invitations, OrganisationDetails details, OrganisationView page,
			Runnable refreshed) {
		var id = details.summary().id();
		var email = new EmailField(getTranslation("identity.invite.email"));
		email.setId("invite-email");
		var role = new Select<MembershipRole>();
		role.setLabel(getTranslation("identity.member.role"));
		role.setItems(details.summary().kind().roles());
		role.setItemLabelGenerator(page::role);
		role.setValue(MembershipRole.MEMBER);
		role.setId("invite-role");
		var language = new Select<Language>();
		language.setLabel(getTranslation("identity.invite.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.setValue(Language.of(getLocale()));
		language.setId("invite-language");
		var errors = new FieldErrors().bind("email", email).bind("role", role);
		var send = new Button(getTranslation("identity.invite.send"), click -> {
			try {
				invitations.invite(id, email.getValue(), role.getValue(), language.getValue());
				Notifications.success(getTranslation("identity.invite.sent", email.getValue()));
				refreshed.run();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.setId("send-invitation");
		var form = new HorizontalLayout(email, role, language, send);
		form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		form.setWrap(true);
		add(new H2(getTranslation("identity.invite.title")), new Paragraph(getTranslation("identity.invite.intro")),
				form);
		var pending = invitations.pending(id);
		if (!pending.isEmpty()) {
			var grid = new Grid<PendingInvitation>();
			grid.setAllRowsVisible(true);
			grid.setAriaLabel(getTranslation("identity.invite.pending"));
			grid.addColumn(PendingInvitation::email)
				.setHeader(getTranslation("identity.member.email"))
				.setAutoWidth(true);
			grid.addColumn(invitation -> page.role(invitation.role()))
				.setHeader(getTranslation("identity.member.role"));
			grid.addColumn(invitation -> page.date(invitation.expiresAt()))
				.setHeader(getTranslation("identity.invite.expires"));
			grid.addComponentColumn(invitation -> {
				var revoke = new Button(getTranslation("identity.invite.revoke"),
						click -> page.act(() -> invitations.revoke(invitation.id()), "identity.invite.revoked"));
				revoke.setAriaLabel(getTranslation("identity.invite.revoke-for", invitation.email()));
				revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
				return revoke;
			}).setHeader(getTranslation("identity.member.actions"));
			grid.setItems(pending);
			add(new H2(getTranslation("identity.invite.pending")), grid);
		}
	}

}
