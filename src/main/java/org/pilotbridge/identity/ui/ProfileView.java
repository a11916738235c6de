package org.pilotbridge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.Person;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * One's own name, the language of one's e-mails, and signing out on every device.
 */
@Route(IdentityNavigation.PROFILE)
@PermitAll
class ProfileView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final PersonManagement people;

	private final AuthenticationContext authentication;

	ProfileView(PersonManagement people, AuthenticationContext authentication) {
		this.people = people;
		this.authentication = authentication;
		setId("main-content");
		addClassNames("page", "prose");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var me = people.me();
		var name = new TextField(getTranslation("identity.profile.name"));
		name.setValue(me.displayName());
		name.setMaxLength(Person.NAME_MAX_LENGTH);
		name.setWidthFull();
		name.setId("profile-name");
		var language = new Select<Language>();
		language.setLabel(getTranslation("identity.profile.language"));
		language.setHelperText(getTranslation("identity.profile.language-help"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.setValue(me.language());
		language.setId("profile-language");
		var errors = new FieldErrors().bind("displayName", name);
		var save = new Button(getTranslation("action.save"), click -> {
			try {
				people.updateProfile(name.getValue(), language.getValue());
				errors.clear();
				Notifications.success(getTranslation("identity.profile.saved"));
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		var email = new Paragraph(getTranslation("identity.profile.email", me.email()));
		var password = new Anchor(IdentityLinks.forgotPassword(), getTranslation("identity.profile.password"));
		password.setRouterIgnore(true);
		var everywhere = new Button(getTranslation("identity.menu.sign-out-everywhere"), click -> {
			people.signOutEverywhere();
			authentication.logout();
		});
		everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
		everywhere.setId("sign-out-everywhere");
		add(new H1(getTranslation("identity.profile.title")), name, language, save,
				new Section(new H2(getTranslation("identity.profile.sign-in")), email, new Paragraph(password)),
				new Section(new H2(getTranslation("identity.profile.sessions")),
						new Paragraph(getTranslation("identity.profile.sessions-text")), everywhere));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.profile.title") + " · Pilotbridge";
	}

}
