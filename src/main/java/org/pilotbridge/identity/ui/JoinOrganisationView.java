package org.pilotbridge.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Finds an organisation already registered by name or enterprise number and asks its
 * administrators to be let in.
 */
@Route(IdentityNavigation.JOIN_ORGANISATION)
@PermitAll
class JoinOrganisationView extends Main implements HasDynamicTitle {

	private final OrganisationQuery query;

	private final OrganisationManagement organisations;

	private final UnorderedList results = new UnorderedList();

	JoinOrganisationView(OrganisationQuery query, OrganisationManagement organisations) {
		this.query = query;
		this.organisations = organisations;
		setId("main-content");
		addClassNames("page", "prose");
		var search = new TextField(getTranslation("identity.join.search"));
		search.setHelperText(getTranslation("identity.join.search-help"));
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setWidthFull();
		search.setId("join-search");
		search.addValueChangeListener(change -> show(change.getValue()));
		results.addClassName("organisation-list");
		results.getElement().setAttribute("aria-live", "polite");
		add(new H1(getTranslation("identity.join.title")), new Paragraph(getTranslation("identity.join.intro")), search,
				results);
	}

	private void show(String text) {
		results.removeAll();
		var found = query.findToJoin(text);
		if (found.isEmpty() && text.strip().length() >= 2) {
			results.add(new ListItem(getTranslation("identity.join.none")));
		}
		found.forEach(organisation -> {
			var ask = new Button(getTranslation("identity.join.ask"), click -> ask(organisation));
			ask.setAriaLabel(getTranslation("identity.join.ask-to", organisation.name()));
			var item = new ListItem(new H2(organisation.name()),
					new Span(getTranslation("identity.kind." + organisation.kind().name().toLowerCase(Locale.ROOT))
							+ " · " + organisation.city() + " · "
							+ Locale.of("", organisation.country()).getDisplayCountry(getLocale())),
					ask);
			results.add(item);
		});
	}

	private void ask(OrganisationSummary organisation) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("identity.join.ask-to", organisation.name()));
		var message = new TextArea(getTranslation("identity.join.message"));
		message.setMaxLength(OrganisationManagement.JOIN_MESSAGE_MAX_LENGTH);
		message.setHelperText(getTranslation("identity.join.message-help"));
		message.setWidthFull();
		var errors = new FieldErrors().bind("message", message);
		var send = new Button(getTranslation("identity.join.send"), click -> {
			try {
				organisations.requestToJoin(organisation.id(), message.getValue());
				dialog.close();
				Notifications.success(getTranslation("identity.join.sent", organisation.name()));
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new Div(message));
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.join.title") + " · Pilotbridge";
	}

}
