package org.pilotbridge.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.notification.Inbox;

/**
 * The signed-in person's notifications, newest first.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final Inbox inbox;

	NotificationsView(Inbox inbox) {
		this.inbox = inbox;
		setId("main-content");
		addClassNames("page", "prose");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		refresh();
	}

	private void refresh() {
		removeAll();
		add(new H1(getTranslation("notification.title")));
		var notices = inbox.latest(100);
		if (notices.isEmpty()) {
			add(new Paragraph(getTranslation("notification.none")));
			return;
		}
		var markAll = new Button(getTranslation("notification.mark-all-read"), click -> {
			inbox.markAllRead();
			refresh();
		});
		markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
		var list = new UnorderedList();
		list.addClassName("notice-list");
		for (var notice : notices) {
			var item = new ListItem();
			if (notice.unread()) {
				item.addClassName("unread");
				var marker = new Span(getTranslation("notification.unread"));
				marker.addClassName("badge");
				item.add(marker);
			}
			item.add(new Paragraph(notice.text()));
			var when = new Span(time.format(notice.createdAt().atZone(ZoneId.of("Europe/Brussels"))));
			when.addClassName("meta");
			item.add(when);
			if (notice.link() != null) {
				var open = new Anchor(notice.link(), getTranslation("notification.open"));
				// The browser loads it: a public page is not a view of the workspace.
				open.setRouterIgnore(true);
				item.add(open);
			}
			if (notice.unread()) {
				var read = new Button(getTranslation("notification.mark-read"), click -> {
					inbox.markRead(notice.id());
					refresh();
				});
				read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
				item.add(read);
			}
			list.add(item);
		}
		add(markAll, list);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notification.title") + " · Pilotbridge";
	}

}
