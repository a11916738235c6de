package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.pilotbridge.shared.InvalidInput;

/**
 * The application's notifications: success messages fade, errors stay until closed and
 * are announced assertively to screen readers.
 */
public final class Notifications {

	private Notifications() {
	}

	public static Notification success(String text) {
		var notification = Notification.show(text, 5_000, Notification.Position.BOTTOM_END);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		return notification;
	}

	public static Notification error(String text) {
		var notification = new Notification();
		notification.setDuration(0);
		notification.setPosition(Notification.Position.TOP_CENTER);
		notification.setAssertive(true);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		var close = new Button(notification.getTranslation("action.close"), click -> notification.close());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		var content = new HorizontalLayout(new Span(text), close);
		content.setAlignItems(HorizontalLayout.Alignment.CENTER);
		notification.add(content);
		notification.open();
		return notification;
	}

	/**
	 * Tells why a change was refused as a whole: its first reason, in the reader's
	 * language.
	 */
	public static Notification error(InvalidInput refused) {
		var problem = refused.problems().get(0);
		return error(UI.getCurrentOrThrow().getTranslation(problem.messageKey(), problem.arguments().toArray()));
	}

}
