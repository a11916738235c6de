package org.pilotbridge.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.regex.Pattern;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.notification.DeveloperMailbox;
import org.pilotbridge.notification.OutgoingMail;
import org.pilotbridge.shared.LocalRequests;

/**
 * What the application would have e-mailed, for a developer without an SMTP server.
 * Registered as a route only in that situation (see {@link DeveloperMailboxRoute}), and
 * shown only to the person at the machine: anyone else, and anyone behind a proxy, gets
 * the not-found page (the mailbox service refuses them too).
 */
@AnonymousAllowed
class DeveloperMailboxView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	DeveloperMailboxView(DeveloperMailbox mailbox) {
		setId("main-content");
		addClassName("page");
		var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
		var grid = new Grid<OutgoingMail>();
		grid.setAriaLabel(getTranslation("notification.mailbox.title"));
		grid.addColumn(mail -> time.format(mail.createdAt().atZone(ZoneId.of("Europe/Brussels"))))
			.setHeader(getTranslation("notification.mailbox.when"))
			.setAutoWidth(true);
		grid.addColumn(OutgoingMail::recipient).setHeader(getTranslation("notification.mailbox.to")).setAutoWidth(true);
		grid.addColumn(OutgoingMail::subject).setHeader(getTranslation("notification.mailbox.subject"));
		grid.setItems(query -> mailbox.latest(query.getOffset(), query.getLimit()).stream());
		grid.setHeight("20rem");
		var message = new Div();
		message.getElement().setAttribute("aria-live", "polite");
		grid.asSingleSelect().addValueChangeListener(selection -> {
			message.removeAll();
			var mail = selection.getValue();
			if (mail == null) {
				return;
			}
			message.add(new H2(mail.subject()));
			var links = LINK.matcher(mail.textBody());
			while (links.find()) {
				var link = new Anchor(links.group(), links.group());
				link.setRouterIgnore(true);
				message.add(new Paragraph(link));
			}
			message.add(new Pre(mail.textBody()));
		});
		add(new H1(getTranslation("notification.mailbox.title")),
				new Paragraph(getTranslation("notification.mailbox.intro")), grid, message);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!LocalRequests.currentIsDirectFromThisMachine()) {
			throw new NotFoundException();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notification.mailbox.title") + " · Pilotbridge";
	}

}
