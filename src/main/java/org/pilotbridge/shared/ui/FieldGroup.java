package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

/**
 * A field made of several components (a search and a list, a select and checkboxes, one
 * text field per question) that a {@code Binder} binds as one value. Its error shows at
 * the component that {@link #errorField()} names, as it would on a single field, so the
 * page's markup and labels stay those of its components.
 *
 * @param <F> the field itself
 * @param <V> its value
 */
public abstract class FieldGroup<F extends FieldGroup<F, V>, V> extends AbstractCompositeField<Div, F, V>
		implements HasValidation {

	protected FieldGroup(V defaultValue) {
		super(defaultValue);
		getContent().addClassName("field-group");
	}

	/** The component that shows the error of the whole group. */
	protected abstract HasValidation errorField();

	@Override
	public void setErrorMessage(String errorMessage) {
		errorField().setErrorMessage(errorMessage);
	}

	@Override
	public String getErrorMessage() {
		return errorField().getErrorMessage();
	}

	@Override
	public void setInvalid(boolean invalid) {
		errorField().setInvalid(invalid);
	}

	@Override
	public boolean isInvalid() {
		return errorField().isInvalid();
	}

}
