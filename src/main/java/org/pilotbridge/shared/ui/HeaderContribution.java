package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module adds to the header of every page, such as the sign-in button, the
 * organisation switcher or the notification bell. Implementations are Spring beans;
 * {@link #create()} is called for every new layout and returns a new component, or
 * {@code null} when there is nothing to show (for example to a visitor who is not signed
 * in).
 */
public interface HeaderContribution {

	/** Lower values come first, from the left. */
	int order();

	@org.jspecify.annotations.Nullable
	Component create();

}
