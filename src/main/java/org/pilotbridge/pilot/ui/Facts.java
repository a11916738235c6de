package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** A definition list of facts: a term and its value per line. */
final class Facts {

	private final Element list = new Element("dl");

	private final Component translator;

	Facts(Component translator) {
		this.translator = translator;
		list.getClassList().add("facts-list");
	}

	Facts add(String labelKey, String value) {
		return add(labelKey, new Element("span").setText(value));
	}

	Facts add(String labelKey, Element value) {
		var term = new Element("dt");
		term.setText(translator.getTranslation(labelKey));
		var description = new Element("dd");
		description.appendChild(value);
		list.appendChild(term, description);
		return this;
	}

	Element element() {
		return list;
	}

}
