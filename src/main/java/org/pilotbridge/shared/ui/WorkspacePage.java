package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.html.Main;

/**
 * The main element of a workspace view: the target of the layout's skip link
 * ({@code #main-content}), styled as a page.
 */
public abstract class WorkspacePage extends Main {

	protected WorkspacePage(String... classNames) {
		setId("main-content");
		addClassName("page");
		addClassNames(classNames);
	}

}
