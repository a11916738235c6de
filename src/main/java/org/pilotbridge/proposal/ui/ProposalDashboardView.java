package org.pilotbridge.proposal.ui;

import java.time.Clock;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ui.ChallengeNavigation;
import org.pilotbridge.proposal.ProposalDashboard;
import org.pilotbridge.proposal.ProposalDashboard.Entry;
import org.pilotbridge.proposal.ProposalState;
import org.pilotbridge.shared.ui.Times;

/**
 * The company's proposals by state: for each, the challenge and its deadline, the version
 * that counts, the receipts to download, and the outcome once the decision is final, with
 * when and the letter to download.
 */
@Route(ProposalNavigation.DASHBOARD)
@Menu(order = 3, title = "proposal.menu.dashboard", icon = "vaadin:file-text-o")
@PermitAll
class ProposalDashboardView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final ProposalDashboard dashboards;

	private final Clock clock;

	ProposalDashboardView(ProposalDashboard dashboards, Clock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		ProposalDashboard.CompanyProposals mine;
		try {
			mine = dashboards.mine();
		}
		catch (AccessDeniedException notACompany) {
			add(new H1(getTranslation("proposal.dashboard.title")),
					new Paragraph(getTranslation("proposal.dashboard.companies-only")));
			return;
		}
		add(new H1(getTranslation("proposal.dashboard.heading", mine.companyName())));
		if (mine.proposals().isEmpty()) {
			add(new Paragraph(getTranslation("proposal.dashboard.none")),
					new Paragraph(ChallengeNavigation.listLink(getTranslation("proposal.dashboard.find"))));
			return;
		}
		mine.byState().forEach((state, entries) -> {
			var section = new Section(new H2(getTranslation("proposal.dashboard.state-heading",
					getTranslation(state.messageKey()), entries.size())));
			section.setId("proposals-" + state.name().toLowerCase(Locale.ROOT));
			if (entries.isEmpty()) {
				section.add(new Paragraph(getTranslation("proposal.dashboard.none-in-state")));
			}
			var cards = new Div();
			cards.addClassName("challenge-results");
			entries.forEach(entry -> cards.add(card(entry)));
			section.add(cards);
			add(section);
		});
	}

	private Div card(Entry entry) {
		var title = new RouterLink(entry.challengeTitle(), ProposalView.class,
				ProposalNavigation.form(entry.challengeReference()));
		var heading = new H3(title);
		var facts = new Div();
		facts.addClassName("facts");
		var state = new Span(getTranslation(entry.state().messageKey()));
		state.addClassNames("badge", "badge-" + entry.state().name().toLowerCase(Locale.ROOT));
		facts.add(state, new Span(entry.challengeReference()));
		if (entry.deadline() != null) {
			facts.add(new Span(
					getTranslation("proposal.view.deadline", Times.deadline(entry.deadline(), entry.timeZone(), this))
							+ (entry.readOnly() ? "" : " — " + Times.timeLeft(entry.deadline(), clock, this))));
		}
		var card = new Div(heading, facts);
		card.addClassName("challenge-card");
		if (entry.readOnly()) {
			card.add(new Paragraph(getTranslation(entry.state() == ProposalState.SUBMITTED
					? "proposal.dashboard.closed-submitted" : "proposal.dashboard.closed")));
		}
		if (entry.latest() != null) {
			card.add(new Paragraph(getTranslation("proposal.dashboard.latest", entry.latest().number(),
					ProposalReceipts.receivedAt(entry.latest().receivedAt(), entry.timeZone(), getLocale()))));
		}
		if (!entry.receipts().isEmpty()) {
			var receipts = new UnorderedList();
			receipts.addClassName("chips");
			entry.receipts().forEach(receipt -> {
				var link = new Anchor(receipt.path(),
						getTranslation("proposal.view.download-receipt", receipt.version()));
				link.setRouterIgnore(true);
				link.getElement().setAttribute("download", "");
				receipts.add(new ListItem(link));
			});
			card.add(receipts);
		}
		if (entry.outcome() != null) {
			// The outcome is recorded only once the decision is final; say when, in the
			// challenge's zone.
			var outcome = new Paragraph(entry.outcomeAt() == null
					? getTranslation("proposal.view.outcome", getTranslation(entry.outcome().messageKey()))
					: getTranslation("proposal.dashboard.outcome." + entry.outcome().name(),
							Times.date(entry.outcomeAt(), entry.timeZone(), getLocale())));
			outcome.addClassName("proposal-outcome");
			card.add(outcome);
			if (entry.letter() != null) {
				var letter = new Anchor(entry.letter(), getTranslation("proposal.dashboard.letter"));
				letter.setRouterIgnore(true);
				letter.getElement().setAttribute("download", "");
				letter.addClassName("proposal-outcome-letter");
				card.add(new Paragraph(letter));
			}
		}
		if (entry.decisionPage() != null) {
			var decision = new Anchor(entry.decisionPage(), getTranslation("proposal.dashboard.decision"));
			decision.addClassName("proposal-decision");
			card.add(new Paragraph(decision));
		}
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("proposal.dashboard.title") + " · Pilotbridge";
	}

}
