package org.pilotbridge.proposal.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.pilotbridge.proposal.Checklist;
import org.pilotbridge.proposal.EditableProposal;
import org.pilotbridge.proposal.ProposalState;

/**
 * Where a proposal stands, said twice: above the form (its state in words, its outcome,
 * whether the draft is saved) and beside it (its state, what is still missing, and the
 * buttons to submit and withdraw). The components stay the same, so that the focus and a
 * pending click survive a save.
 */
final class ProposalStanding {

	private final Component translator;

	final Div status = new Div();

	private final Span saveStatus = new Span();

	private final Paragraph sideState = new Paragraph();

	private final Section checklist = new Section();

	private final Div actions = new Div();

	private final Button submitButton = new Button();

	private final Paragraph resubmitHelp = new Paragraph();

	private final Button withdrawButton = new Button();

	ProposalStanding(Component translator, Runnable submit, Runnable withdraw) {
		this.translator = translator;
		status.setId("proposal-status");
		status.addClassName("proposal-status");
		saveStatus.setId("autosave-status");
		saveStatus.addClassName("meta");
		saveStatus.getElement().setAttribute("role", "status");
		checklist.setId("checklist");
		checklist.addClassName("proposal-checklist");
		actions.setId("proposal-actions");
		actions.addClassName("proposal-actions");
		submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submitButton.setId("submit-proposal");
		submitButton.addClickListener(click -> submit.run());
		resubmitHelp.setText(t("proposal.view.resubmit-help"));
		withdrawButton.setText(t("proposal.view.withdraw"));
		withdrawButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		withdrawButton.setId("withdraw-proposal");
		withdrawButton.addClickListener(click -> confirmWithdrawal(withdraw));
		actions.add(submitButton, resubmitHelp, withdrawButton);
	}

	/** The column beside the form. */
	Div side() {
		var side = new Div(sideState, checklist, actions);
		side.addClassName("proposal-side");
		return side;
	}

	void saved(String text) {
		saveStatus.setText(text);
	}

	void show(EditableProposal proposal, Checklist missing, boolean changedSinceSubmission) {
		var latest = proposal.versions().isEmpty() ? 0 : proposal.versions().getLast().number();
		showStatus(proposal, latest, changedSinceSubmission);
		showChecklist(proposal, missing);
		showActions(proposal, changedSinceSubmission);
	}

	/** The state in words, what it means, and whether the draft is saved. */
	private void showStatus(EditableProposal proposal, int latest, boolean changedSinceSubmission) {
		status.removeAll();
		var state = proposal.state();
		var explanation = switch (state) {
			case DRAFT -> t("proposal.view.state.draft");
			case SUBMITTED -> changedSinceSubmission ? t("proposal.view.state.submitted-changed", latest)
					: t("proposal.view.state.submitted", latest);
			case WITHDRAWN -> t("proposal.view.state.withdrawn");
		};
		var badge = badge(state);
		badge.setId("proposal-state");
		status.add(new Paragraph(badge, new Span(" " + explanation)));
		sideState.removeAll();
		sideState.add(new Span(t("proposal.view.state") + " "), badge(state));
		if (state == ProposalState.SUBMITTED && latest > 0) {
			sideState.add(new Span(" " + t("proposal.view.state-version", latest)));
		}
		if (proposal.outcome() != null) {
			status.add(new Paragraph(t("proposal.view.outcome", t(proposal.outcome().messageKey()))));
		}
		if (!proposal.readOnly()) {
			status.add(saveStatus);
		}
	}

	private Span badge(ProposalState state) {
		var badge = new Span(t(state.messageKey()));
		badge.addClassNames("badge", "badge-" + state.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	private void showChecklist(EditableProposal proposal, Checklist missing) {
		checklist.removeAll();
		checklist.add(new H2(t("proposal.view.checklist")));
		if (missing.complete()) {
			var ready = new Paragraph(
					t(proposal.readOnly() ? "proposal.view.checklist-read-only" : "proposal.view.checklist-complete"));
			ready.addClassName("weight-ok");
			checklist.add(ready);
			return;
		}
		var list = new UnorderedList();
		missing.missing().forEach(item -> list.add(new ListItem(t(item.messageKey(), item.arguments().toArray()))));
		checklist.add(new Paragraph(t("proposal.view.checklist-intro", missing.missing().size())), list);
	}

	private void showActions(EditableProposal proposal, boolean changedSinceSubmission) {
		actions.setVisible(!proposal.readOnly());
		var state = proposal.state();
		submitButton.setText(t(switch (state) {
			case DRAFT -> "proposal.view.submit";
			case SUBMITTED -> "proposal.view.resubmit";
			case WITHDRAWN -> "proposal.view.submit-again";
		}));
		resubmitHelp.setVisible(state == ProposalState.SUBMITTED && !changedSinceSubmission);
		withdrawButton.setVisible(state == ProposalState.SUBMITTED);
	}

	private void confirmWithdrawal(Runnable withdraw) {
		var dialog = new ConfirmDialog();
		dialog.setHeader(t("proposal.view.withdraw-title"));
		dialog.setText(t("proposal.view.withdraw-text"));
		dialog.setCancelable(true);
		dialog.setCancelText(t("action.cancel"));
		dialog.setConfirmText(t("proposal.view.withdraw-confirm"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(confirmed -> withdraw.run());
		dialog.open();
	}

	private String t(String key, Object... arguments) {
		return translator.getTranslation(key, arguments);
	}

}
