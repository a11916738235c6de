package org.pilotbridge.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.pilotbridge.identity.Organisation;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.PlatformSettings;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.ReasonDialog;

/**
 * For platform administrators: the organisations to verify, and whether companies still
 * waiting for verification may submit proposals.
 */
@Route(IdentityNavigation.ADMIN_ORGANISATIONS)
@RolesAllowed("PLATFORM_ADMIN")
class OrganisationsAdminView extends Main implements HasDynamicTitle {

	private final OrganisationQuery query;

	private final OrganisationManagement organisations;

	private final Grid<OrganisationSummary> grid = new Grid<>();

	private final Select<VerificationState> state = new Select<>();

	private final TextField text = new TextField();

	OrganisationsAdminView(OrganisationQuery query, OrganisationManagement organisations, PlatformSettings settings) {
		this.query = query;
		this.organisations = organisations;
		setId("main-content");
		addClassName("page");

		state.setLabel(getTranslation("identity.admin.organisations.state"));
		state.setItems(VerificationState.values());
		state.setItemLabelGenerator(s -> s == null ? getTranslation("identity.admin.all")
				: getTranslation("identity.verification." + s.name().toLowerCase(Locale.ROOT)));
		state.setEmptySelectionAllowed(true);
		state.setEmptySelectionCaption(getTranslation("identity.admin.all"));
		state.setValue(VerificationState.PENDING);
		state.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		text.setLabel(getTranslation("identity.admin.search"));
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

		var unverified = new Checkbox(getTranslation("identity.admin.allow-unverified"),
				settings.allowUnverifiedCompanies());
		unverified.setHelperText(getTranslation("identity.admin.allow-unverified-help"));
		unverified.addValueChangeListener(change -> {
			settings.allowUnverifiedCompanies(change.getValue());
			Notifications.success(getTranslation("identity.admin.setting-saved"));
		});

		grid.setAriaLabel(getTranslation("identity.admin.organisations.title"));
		grid.addColumn(OrganisationSummary::name)
			.setHeader(getTranslation("identity.organisation.name"))
			.setAutoWidth(true);
		grid.addColumn(o -> getTranslation("identity.kind." + o.kind().name().toLowerCase(Locale.ROOT)))
			.setHeader(getTranslation("identity.admin.kind"));
		grid.addColumn(o -> o.enterpriseNumber() == null ? "" : o.enterpriseNumber().formatted())
			.setHeader(getTranslation("identity.admin.number"))
			.setAutoWidth(true);
		grid.addColumn(o -> o.city() + " (" + o.country() + ")")
			.setHeader(getTranslation("identity.organisation.city"));
		grid.addComponentColumn(o -> Badges.verification(o.verificationState(), this))
			.setHeader(getTranslation("identity.admin.organisations.state"));
		grid.addComponentColumn(this::actions).setHeader(getTranslation("identity.member.actions")).setAutoWidth(true);
		grid.setItems(q -> query.list(state.getValue(), text.getValue(), q.getOffset(), q.getLimit()).stream(),
				q -> (int) query.count(state.getValue(), text.getValue()));
		grid.setId("organisations");

		var filters = new HorizontalLayout(state, text);
		filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		add(new H1(getTranslation("identity.admin.organisations.title")), unverified, filters, grid);
	}

	private HorizontalLayout actions(OrganisationSummary organisation) {
		var verify = new Button(getTranslation("identity.admin.verify"), click -> {
			organisations.verify(organisation.id());
			Notifications.success(getTranslation("identity.admin.verified", organisation.name()));
			grid.getDataProvider().refreshAll();
		});
		verify.setAriaLabel(getTranslation("identity.admin.verify-named", organisation.name()));
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
		verify.setEnabled(organisation.verificationState() != VerificationState.VERIFIED);
		var reject = new Button(getTranslation("identity.admin.reject"), click -> reject(organisation));
		reject.setAriaLabel(getTranslation("identity.admin.reject-named", organisation.name()));
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		reject.setEnabled(organisation.verificationState() != VerificationState.REJECTED);
		return new HorizontalLayout(verify, reject);
	}

	private void reject(OrganisationSummary organisation) {
		new ReasonDialog(getTranslation("identity.admin.reject-named", organisation.name()),
				getTranslation("identity.admin.reason"), getTranslation("identity.admin.reason-help"),
				Organisation.REASON_MAX_LENGTH, getTranslation("identity.admin.reject"), reason -> {
					organisations.reject(organisation.id(), reason);
					Notifications.success(getTranslation("identity.admin.rejected", organisation.name()));
					grid.getDataProvider().refreshAll();
				})
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.admin.organisations.title") + " · Pilotbridge";
	}

}
