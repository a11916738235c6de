package org.pilotbridge.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.notification.Inbox;
import org.pilotbridge.shared.ui.HeaderContribution;

/**
 * The bell in the header with the number of unread notifications.
 */
@Component
class NotificationBell implements HeaderContribution {

	private final CurrentPerson current;

	private final Inbox inbox;

	NotificationBell(CurrentPerson current, Inbox inbox) {
		this.current = current;
		this.inbox = inbox;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public com.vaadin.flow.component.@Nullable Component create() {
		if (current.id().isEmpty()) {
			return null;
		}
		var unread = inbox.unreadCount();
		var bell = new Button(VaadinIcon.BELL.create(), click -> UI.getCurrent().navigate(NotificationsView.class));
		bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		bell.setId("notification-bell");
		bell.setAriaLabel(bell.getTranslation("notification.bell", unread));
		if (unread > 0) {
			var count = new Span(String.valueOf(unread));
			count.addClassName("unread-count");
			count.getElement().setAttribute("aria-hidden", "true");
			bell.setSuffixComponent(count);
		}
		return bell;
	}

}
