package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.OrganisationQuery.MyOrganisation;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.shared.ui.HeaderContribution;

/**
 * The header's account area: sign-in and registration for visitors; for signed-in people
 * the organisation they act for and a menu with their pages and signing out.
 */
@Component
class AccountMenu implements HeaderContribution {

	private final CurrentPerson current;

	private final OrganisationQuery organisations;

	private final OrganisationManagement organisationManagement;

	private final PersonManagement people;

	private final AuthenticationContext authentication;

	AccountMenu(CurrentPerson current, OrganisationQuery organisations, OrganisationManagement organisationManagement,
			PersonManagement people, AuthenticationContext authentication) {
		this.current = current;
		this.organisations = organisations;
		this.organisationManagement = organisationManagement;
		this.people = people;
		this.authentication = authentication;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public com.vaadin.flow.component.@Nullable Component create() {
		var area = new Div();
		area.addClassName("account-menu");
		if (current.id().isEmpty()) {
			var signIn = new Anchor("/sign-in", area.getTranslation("identity.menu.sign-in"));
			signIn.setRouterIgnore(true);
			signIn.addClassName("button-primary");
			signIn.setId("sign-in");
			var register = new Anchor(IdentityLinks.register(), area.getTranslation("identity.menu.register"));
			register.setRouterIgnore(true);
			register.setId("register");
			area.add(register, signIn);
			return area;
		}
		var mine = organisations.mine();
		if (!mine.isEmpty()) {
			area.add(organisationSwitcher(area, mine));
		}
		area.add(personalMenu(area));
		return area;
	}

	private Select<MyOrganisation> organisationSwitcher(Div area, java.util.List<MyOrganisation> mine) {
		var switcher = new Select<MyOrganisation>();
		switcher.setId("organisation-switcher");
		switcher.setItems(mine);
		switcher.setItemLabelGenerator(MyOrganisation::name);
		switcher.setAriaLabel(area.getTranslation("identity.menu.acting-for"));
		organisations.active().ifPresent(switcher::setValue);
		switcher.addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				organisationManagement.switchTo(change.getValue().id());
				UI.getCurrent().getPage().reload();
			}
		});
		return switcher;
	}

	private MenuBar personalMenu(Div area) {
		var me = people.me();
		var menu = new MenuBar();
		menu.setId("account-menu");
		menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		var top = menu.addItem(me.displayName());
		top.setAriaLabel(area.getTranslation("identity.menu.account", me.displayName()));
		SubMenu items = top.getSubMenu();
		items.addItem(area.getTranslation("identity.menu.start"), click -> navigate(IdentityNavigation.START));
		items.addItem(area.getTranslation("identity.menu.organisation"),
				click -> navigate(IdentityNavigation.ORGANISATION));
		items.addItem(area.getTranslation("identity.menu.profile"), click -> navigate(IdentityNavigation.PROFILE));
		if (current.isPlatformAdmin()) {
			items.addSeparator();
			items.addItem(area.getTranslation("identity.admin.organisations.title"),
					click -> navigate(IdentityNavigation.ADMIN_ORGANISATIONS));
			items.addItem(area.getTranslation("identity.admin.people.title"),
					click -> navigate(IdentityNavigation.ADMIN_PEOPLE));
			items.addItem(area.getTranslation("audit.view.title"), click -> navigate("admin/audit"));
		}
		items.addSeparator();
		items.addItem(area.getTranslation("identity.menu.sign-out"), click -> authentication.logout());
		items.addItem(area.getTranslation("identity.menu.sign-out-everywhere"), click -> {
			people.signOutEverywhere();
			authentication.logout();
		});
		return menu;
	}

	private static void navigate(String route) {
		UI.getCurrent().navigate(route);
	}

}
