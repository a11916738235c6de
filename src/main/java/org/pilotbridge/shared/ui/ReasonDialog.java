package org.pilotbridge.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.shared.InvalidInput;

/**
 * A dialog that asks why before it acts (refusing a solution or an organisation): a
 * reason ({@code rejection-reason}), a button that confirms ({@code confirm-rejection})
 * and one that cancels. What the service refuses about the reason shows at it,
 * translated; once the service accepts, or when somebody changed the object meanwhile,
 * the dialog closes.
 */
public final class ReasonDialog extends Dialog {

	private final TextArea reason = new TextArea();

	private final FieldErrors errors = new FieldErrors().bind("reason", reason);

	private Runnable afterConflict = () -> {
	};

	public ReasonDialog(String title, String reasonLabel, String reasonHelp, int maxLength, String confirmLabel,
			Consumer<String> action) {
		setHeaderTitle(title);
		reason.setLabel(reasonLabel);
		reason.setHelperText(reasonHelp);
		reason.setMaxLength(maxLength);
		reason.setWidthFull();
		reason.setId("rejection-reason");
		var confirm = new Button(confirmLabel, click -> confirm(action));
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
		confirm.setId("confirm-rejection");
		add(reason);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
	}

	/** What to do, besides telling so, when somebody changed the object meanwhile. */
	public ReasonDialog afterConflict(Runnable action) {
		this.afterConflict = action;
		return this;
	}

	private void confirm(Consumer<String> action) {
		try {
			action.accept(reason.getValue());
			close();
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
		}
		catch (OptimisticLockingFailureException conflict) {
			close();
			Notifications.error(getTranslation("error.changed-meanwhile"));
			afterConflict.run();
		}
	}

}
