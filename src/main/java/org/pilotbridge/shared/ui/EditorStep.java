package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A step of an editor: a section with a heading and its fields, one under the other. */
public final class EditorStep {

	private EditorStep() {
	}

	public static Section of(Component translator, String headingKey, Component... fields) {
		var section = new Section(new H2(translator.getTranslation(headingKey)));
		section.add(fields);
		section.addClassName("editor-section");
		return section;
	}

}
