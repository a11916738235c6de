package org.pilotbridge.evaluation.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.Bidder;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.shared.InvalidInput;

/**
 * The proposals of one challenge for a panel member: to declare about first, then to
 * score.
 */
@Route(EvaluationNavigation.CHALLENGE)
@PermitAll
class EvaluationChallengeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final EvaluationManagement evaluations;

	private final EvaluationQuery query;

	private String title = "";

	EvaluationChallengeView(EvaluationManagement evaluations, EvaluationQuery query) {
		this.evaluations = evaluations;
		this.query = query;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		var challenge = event.getRouteParameters()
			.get("challenge")
			.map(ChallengeId::of)
			.orElseThrow(NotFoundException::new);
		try {
			var bidders = evaluations.bidders(challenge);
			var form = query.declarationForm(challenge);
			title = form.reference() + " – " + form.title();
			add(new H1(title));
			if (!form.isDeclared()) {
				add(new Paragraph(new RouterLink(getTranslation("evaluation.todo.declare"), DeclarationView.class,
						EvaluationNavigation.challenge(challenge))));
				return;
			}
			var recused = form.recused();
			var grid = new Grid<Bidder>();
			grid.setAllRowsVisible(true);
			grid.setAriaLabel(getTranslation("evaluation.challenge.proposals"));
			grid.addComponentColumn(bidder -> recused.contains(bidder.proposal())
					? new Paragraph(bidder.companyName() + " – " + getTranslation("evaluation.sheet-state.RECUSED"))
					: scoringLink(bidder))
				.setHeader(getTranslation("evaluation.report.company"));
			grid.setItems(bidders);
			grid.setId("evaluation-proposals");
			add(grid);
		}
		catch (AccessDeniedException refused) {
			add(new H1(getTranslation("evaluation.todo.title")),
					new Paragraph(getTranslation("evaluation.not-on-panel")));
		}
		catch (InvalidInput refused) {
			add(new H1(getTranslation("evaluation.todo.title")), new Paragraph(Problems.text(refused, this)));
		}
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

	private Span scoringLink(Bidder bidder) {
		var link = new Span(new RouterLink(bidder.companyName(), ScoringView.class,
				EvaluationNavigation.proposal(bidder.proposal())));
		if (bidder.unverifiedCompany()) {
			link.add(new Text(" "), UnverifiedFlag.badge(this));
		}
		return link;
	}

}
