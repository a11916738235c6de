package org.pilotbridge.identity.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.InvitationManagement;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.OrganisationQuery.Member;
import org.pilotbridge.identity.OrganisationQuery.OrganisationDetails;
import org.pilotbridge.identity.OrganisationQuery.PendingJoinRequest;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * The organisation the person acts for: its description and verification, its members,
 * and for its administrators the requests to join and the invitations.
 */
@Route(IdentityNavigation.ORGANISATION)
@PermitAll
class OrganisationView extends WorkspacePage implements AfterNavigationObserver, HasDynamicTitle {

	private final OrganisationQuery query;

	private final OrganisationManagement organisations;

	private final InvitationManagement invitations;

	private final CurrentPerson current;

	OrganisationView(OrganisationQuery query, OrganisationManagement organisations, InvitationManagement invitations,
			CurrentPerson current) {
		this.query = query;
		this.organisations = organisations;
		this.invitations = invitations;
		this.current = current;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		refresh();
	}

	private void refresh() {
		removeAll();
		var active = query.active();
		if (active.isEmpty()) {
			add(new H1(getTranslation("identity.organisation.none.title")),
					new Paragraph(getTranslation("identity.organisation.none.text")),
					new RouterLink(getTranslation("identity.menu.start"), WelcomeView.class));
			return;
		}
		var details = query.details(active.get().id());
		add(new H1(details.summary().name()), status(details), description(details), members(details));
		if (details.administeredByMe()) {
			if (!details.joinRequests().isEmpty()) {
				add(joinRequests(details));
			}
			add(new InvitationsSection(invitations, details, this, this::refresh));
			if (details.summary().kind() == OrganisationKind.AGENCY) {
				add(new DecisionRulesSection(organisations, details, this, this::refresh));
			}
		}
	}

	private Div status(OrganisationDetails details) {
		var summary = details.summary();
		var status = new Div(
				new Paragraph(getTranslation("identity.kind." + summary.kind().name().toLowerCase(Locale.ROOT))),
				Badges.verification(summary.verificationState(), this));
		status.addClassName("status-line");
		var explanation = switch (summary.verificationState()) {
			case PENDING -> getTranslation("identity.organisation.pending-explained");
			case VERIFIED -> getTranslation("identity.organisation.verified-explained");
			case REJECTED -> getTranslation("identity.organisation.rejected-explained", details.rejectionReason());
		};
		status.add(new Paragraph(explanation));
		return status;
	}

	private Section description(OrganisationDetails details) {
		var summary = details.summary();
		var section = new Section(new H2(getTranslation("identity.organisation.details")));
		var facts = new Div(new Paragraph(details.street() + ", " + details.postalCode() + " " + summary.city() + ", "
				+ Locale.of("", summary.country()).getDisplayCountry(getLocale())));
		if (summary.enterpriseNumber() != null) {
			facts.add(new Paragraph(
					getTranslation("identity.organisation.number-is", summary.enterpriseNumber().formatted())));
		}
		if (details.website() != null) {
			facts.add(new Paragraph(details.website()));
		}
		section.add(facts);
		if (details.administeredByMe()) {
			var edit = new Button(getTranslation("identity.organisation.edit"), click -> edit(details, section));
			edit.setId("edit-organisation");
			section.add(edit);
		}
		return section;
	}

	private void edit(OrganisationDetails details, Section section) {
		section.removeAll();
		var form = new OrganisationForm(details.summary().kind());
		form.show(details);
		var save = new Button(getTranslation("action.save"), click -> form.read().ifPresent(data -> {
			try {
				organisations.update(details.summary().id(), data);
				Notifications.success(getTranslation("identity.organisation.saved"));
				refresh();
			}
			catch (InvalidInput invalid) {
				form.showProblems(invalid);
			}
			catch (OptimisticLockingFailureException conflict) {
				Notifications.error(getTranslation("error.changed-meanwhile"));
			}
		}));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		section.add(new H2(getTranslation("identity.organisation.details")), form,
				new HorizontalLayout(save, new Button(getTranslation("action.cancel"), click -> refresh())));
	}

	private Section members(OrganisationDetails details) {
		var grid = new Grid<Member>();
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("identity.organisation.members"));
		grid.addColumn(Member::name).setHeader(getTranslation("identity.member.name")).setAutoWidth(true);
		grid.addColumn(Member::email).setHeader(getTranslation("identity.member.email")).setAutoWidth(true);
		grid.addColumn(member -> role(member.role())
				+ (member.authorisingOfficer() ? ", " + getTranslation("identity.role.authorising-officer") : ""))
			.setHeader(getTranslation("identity.member.role"));
		grid.addColumn(member -> date(member.since())).setHeader(getTranslation("identity.member.since"));
		var me = current.required();
		grid.addComponentColumn(member -> {
			var actions = new HorizontalLayout();
			if (details.administeredByMe() && !member.id().equals(me)) {
				var role = new Select<MembershipRole>();
				role.setItems(details.summary().kind().roles());
				role.setItemLabelGenerator(this::role);
				role.setValue(member.role());
				role.setAriaLabel(getTranslation("identity.member.role-of", member.name()));
				role.addValueChangeListener(change -> {
					if (change.isFromClient()) {
						act(() -> organisations.changeRole(details.summary().id(), member.id(), change.getValue()),
								"identity.member.role-changed");
					}
				});
				var remove = new Button(getTranslation("identity.member.remove"),
						click -> confirm(getTranslation("identity.member.remove-confirm", member.name()),
								() -> organisations.removeMember(details.summary().id(), member.id()),
								"identity.member.removed"));
				remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
				actions.add(role, remove);
			}
			if (member.id().equals(me)) {
				var leave = new Button(getTranslation("identity.member.leave"),
						click -> confirm(getTranslation("identity.member.leave-confirm", details.summary().name()),
								() -> organisations.removeMember(details.summary().id(), me), "identity.member.left"));
				leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
				actions.add(leave);
			}
			return actions;
		}).setHeader(getTranslation("identity.member.actions")).setAutoWidth(true);
		grid.setItems(details.members());
		grid.setId("members");
		return new Section(new H2(getTranslation("identity.organisation.members")), grid);
	}

	private Section joinRequests(OrganisationDetails details) {
		var grid = new Grid<PendingJoinRequest>();
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("identity.organisation.join-requests"));
		grid.addColumn(PendingJoinRequest::name).setHeader(getTranslation("identity.member.name")).setAutoWidth(true);
		grid.addColumn(PendingJoinRequest::email).setHeader(getTranslation("identity.member.email")).setAutoWidth(true);
		grid.addColumn(PendingJoinRequest::message).setHeader(getTranslation("identity.join.message"));
		var kind = details.summary().kind();
		grid.addComponentColumn(request -> {
			var approve = new Button(getTranslation("identity.join.approve"), click -> act(
					() -> organisations.approveJoinRequest(details.summary().id(), request.id(), MembershipRole.MEMBER),
					"identity.join.approved"));
			approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			approve.setAriaLabel(getTranslation("identity.join.approve-person", request.name()));
			var decline = new Button(getTranslation("identity.join.decline"),
					click -> act(() -> organisations.declineJoinRequest(details.summary().id(), request.id()),
							"identity.join.declined"));
			decline.setAriaLabel(getTranslation("identity.join.decline-person", request.name()));
			return new HorizontalLayout(approve, decline);
		}).setHeader(getTranslation("identity.member.actions")).setAutoWidth(true);
		grid.setItems(details.joinRequests());
		grid.setId("join-requests");
		var hint = new Paragraph(
				getTranslation("identity.join.role-hint", role(MembershipRole.MEMBER), role(kind.administeringRole())));
		return new Section(new H2(getTranslation("identity.organisation.join-requests")), hint, grid);
	}

	private void confirm(String question, Runnable action, String doneKey) {
		var dialog = new ConfirmDialog();
		dialog.setHeader(question);
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("action.confirm"));
		dialog.addConfirmListener(confirmed -> act(action, doneKey));
		dialog.open();
	}

	void act(Runnable action, String doneKey) {
		try {
			action.run();
			Notifications.success(getTranslation(doneKey));
		}
		catch (InvalidInput invalid) {
			Notifications.error(invalid);
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(getTranslation("error.changed-meanwhile"));
		}
		refresh();
	}

	String role(MembershipRole role) {
		return getTranslation("identity.role." + role.name().toLowerCase(Locale.ROOT));
	}

	String date(java.time.Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.format(instant.atZone(ZoneId.of("Europe/Brussels")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.organisation.title") + " · Pilotbridge";
	}

}
