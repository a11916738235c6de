package org.pilotbridge.proposal.ui;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.challenge.SubmissionTimedOut;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Before a company has a proposal for a challenge: what the challenge is, and a button to
 * start the proposal while the challenge is open.
 */
final class ProposalStart extends Div {

	/**
	 * @param started called with the proposal started, or the one a colleague started
	 * meanwhile
	 * @param refused called when the deadline passed before the click arrived
	 */
	ProposalStart(ChallengeSummary challenge, Clock clock, ProposalManagement management, ProposalQuery query,
			Consumer<ProposalId> started, Runnable refused) {
		add(new H1(getTranslation("proposal.view.heading")), ProposalHeader.challengeLink(challenge, this),
				ProposalHeader.deadline(challenge, clock, this));
		if (!challenge.isOpenAt(clock.instant())) {
			add(ProposalHeader.notice(getTranslation("proposal.view.closed-without-proposal"), "alert-info"));
			return;
		}
		var start = new Button(getTranslation("proposal.view.start"), click -> {
			try {
				started.accept(management.start(challenge.id()));
			}
			catch (ProposalDeadlinePassed | SubmissionTimedOut late) {
				refused.run();
				Notifications.error(late);
			}
			catch (InvalidInput alreadyStarted) {
				query.mine(challenge.id()).ifPresent(started);
			}
		});
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		start.setId("start-proposal");
		add(new Paragraph(getTranslation("proposal.view.start-intro")), start);
	}

}
