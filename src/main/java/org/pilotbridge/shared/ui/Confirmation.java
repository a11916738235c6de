package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.InvalidInput;

/**
 * Asks once before an action that cannot be undone (publishing, starting an evaluation,
 * submitting scores, proposing or approving an award…): a title that names the action, a
 * sentence saying what will happen and one saying who will be told, a button that cancels
 * (focused first, so Enter does not confirm by accident) and one that confirms
 * ({@code confirm-action}). The action runs after the dialog closed, so what it shows (a
 * notification, errors at their fields, a new view) is not hidden behind it.
 */
public final class Confirmation extends Dialog {

	public static final String CONFIRM_ID = "confirm-action";

	private Confirmation(String title, String whatHappens, String whoIsTold, String confirmLabel, Runnable action,
			Component translator) {
		this(title, whatHappens, whoIsTold, confirmLabel, null, null, action, translator);
	}

	private Confirmation(String title, String whatHappens, String whoIsTold, String confirmLabel,
			@Nullable Component field, @Nullable FieldErrors errors, Runnable action, Component translator) {
		setHeaderTitle(title);
		var happens = new Paragraph(whatHappens);
		happens.setId("confirm-what-happens");
		add(happens);
		if (!whoIsTold.isEmpty()) {
			var told = new Paragraph(whoIsTold);
			told.setId("confirm-who-is-told");
			add(told);
		}
		if (field != null) {
			add(field);
		}
		var cancel = new Button(translator.getTranslation("action.cancel"), click -> close());
		cancel.setId("confirm-cancel");
		var confirm = new Button(confirmLabel, click -> {
			if (errors == null) {
				close();
				action.run();
				return;
			}
			// What was entered may be refused: the question stays, the error at its
			// field.
			try {
				errors.clear();
				action.run();
				close();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, translator);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.setId(CONFIRM_ID);
		getFooter().add(cancel, confirm);
		addOpenedChangeListener(opened -> {
			if (opened.isOpened()) {
				cancel.focus();
			}
		});
	}

	/**
	 * Opens the question; runs {@code action} only if the person confirms.
	 * @param whoIsTold may be empty when nobody is told
	 */
	public static Confirmation ask(Component translator, String title, String whatHappens, String whoIsTold,
			String confirmLabel, Runnable action) {
		var confirmation = new Confirmation(title, whatHappens, whoIsTold, confirmLabel, action, translator);
		confirmation.open();
		return confirmation;
	}

	/**
	 * Opens the question with a field the action reads (such as a due date); runs
	 * {@code action} only if the person confirms, and stays open with the error at the
	 * field when the action refuses what was entered.
	 * @param errors binds the action's refusals to the field
	 */
	public static Confirmation ask(Component translator, String title, String whatHappens, String whoIsTold,
			String confirmLabel, Component field, FieldErrors errors, Runnable action) {
		var confirmation = new Confirmation(title, whatHappens, whoIsTold, confirmLabel, field, errors, action,
				translator);
		confirmation.open();
		return confirmation;
	}

}
