package org.pilotbridge.evaluation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.EvaluationViews.CriterionScores;
import org.pilotbridge.evaluation.EvaluationViews.ProposalScores;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;

/**
 * The chair's consensus on one proposal: the individual scores side by side with the
 * spread flagged, the points prefilled with the mean, and the justification the bidder
 * will read.
 */
@Route(EvaluationNavigation.CONSENSUS)
@PermitAll
class ConsensusView extends EvaluationPage<ProposalId> {

	private final EvaluationQuery query;

	private final AwardManagement awards;

	ConsensusView(EvaluationQuery query, AwardManagement awards) {
		super("proposal", ProposalId::of);
		this.query = query;
		this.awards = awards;
	}

	@Override
	void show(ProposalId proposal) {
		removeAll();
		var loaded = load("evaluation.report.consensus", () -> query.consensusForm(proposal));
		if (loaded.isEmpty()) {
			return;
		}
		var form = loaded.get();
		var title = getTranslation("evaluation.report.consensus") + ": " + form.companyName();
		titled(title);
		add(new H1(title));
		var points = new ArrayList<IntegerField>();
		var justifications = new ArrayList<TextArea>();
		var reasons = new ArrayList<TextField>();
		for (var criterion : form.criteria()) {
			var section = new Section(new H2(criterion.criterion().name()));
			if (criterion.flagged()) {
				var flag = new Span(getTranslation("evaluation.consensus.flagged", criterion.spread()));
				flag.getElement().getThemeList().add("badge error");
				section.add(new Paragraph(flag));
			}
			var list = new UnorderedList();
			criterion.scores()
				.forEach(score -> list
					.add(new ListItem(score.evaluatorName() + ": " + score.points() + " – " + score.justification())));
			section.add(list);
			var recorded = criterion.consensus();
			var field = new IntegerField(getTranslation("evaluation.consensus.points", criterion.mean()));
			field.setMin(form.scale().min());
			field.setMax(form.scale().max());
			field.setStepButtonsVisible(true);
			field.setValue(recorded == null ? criterion.mean() : recorded.points());
			var justification = new TextArea(getTranslation("evaluation.consensus.justification"));
			justification.setHelperText(getTranslation("evaluation.consensus.justification-help"));
			justification.setMaxLength(Score.JUSTIFICATION_MAX_LENGTH);
			justification.setWidthFull();
			if (recorded != null) {
				justification.setValue(recorded.justification());
			}
			var reason = new TextField(getTranslation("evaluation.consensus.reason"));
			reason.setWidthFull();
			if (recorded != null) {
				reason.setValue(recorded.changeReason());
			}
			points.add(field);
			justifications.add(justification);
			reasons.add(reason);
			section.add(new Div(field, reason, justification));
			add(section);
		}
		var save = new Button(getTranslation("evaluation.consensus.save"),
				click -> save(proposal, form, points, justifications, reasons));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-consensus");
		add(save, new Paragraph(new RouterLink(getTranslation("evaluation.consensus.back"), ProgressView.class,
				EvaluationNavigation.challenge(form.challenge()))));
	}

	private void save(ProposalId proposal, ProposalScores form, List<IntegerField> points,
			List<TextArea> justifications, List<TextField> reasons) {
		var inputs = new ArrayList<ConsensusInput>();
		for (int i = 0; i < form.criteria().size(); i++) {
			CriterionScores criterion = form.criteria().get(i);
			var value = points.get(i).getValue();
			inputs.add(new ConsensusInput(criterion.criterion().id(), value == null ? Integer.MIN_VALUE : value,
					justifications.get(i).getValue(), reasons.get(i).getValue()));
		}
		try {
			awards.recordConsensus(proposal, inputs);
			Notifications.success(getTranslation("evaluation.consensus.saved"));
			getUI().ifPresent(ui -> ui.navigate(ProgressView.class, EvaluationNavigation.challenge(form.challenge())));
		}
		catch (InvalidInput invalid) {
			for (int i = 0; i < form.criteria().size(); i++) {
				var field = "consensus." + form.criteria().get(i).criterion().id();
				var problem = invalid.problems().stream().filter(p -> p.field().equals(field)).findFirst();
				justifications.get(i).setInvalid(problem.isPresent());
				justifications.get(i)
					.setErrorMessage(
							problem.map(p -> getTranslation(p.messageKey(), p.arguments().toArray())).orElse(null));
			}
			Notifications.error(Problems.text(invalid, this));
		}
	}

}
