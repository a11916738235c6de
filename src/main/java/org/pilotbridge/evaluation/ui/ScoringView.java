package org.pilotbridge.evaluation.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.EvaluationViews.ScoringForm;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.Notifications;

/**
 * The scoring screen: the proposal as submitted on one side, the criteria with the
 * evaluator's points and justifications on the other. Drafts are saved at will;
 * submitting, confirmed once, locks the scores.
 */
@Route(EvaluationNavigation.SCORING)
@PermitAll
class ScoringView extends EvaluationPage<ProposalId> {

	private final EvaluationManagement evaluations;

	private final EvaluationQuery query;

	private final Clock clock;

	ScoringView(EvaluationManagement evaluations, EvaluationQuery query, Clock clock) {
		super("proposal", ProposalId::of, "scoring-page");
		this.evaluations = evaluations;
		this.query = query;
		this.clock = clock;
	}

	@Override
	void show(ProposalId proposal) {
		removeAll();
		var loaded = load("evaluation.scoring.title", () -> query.scoring(proposal));
		if (loaded.isEmpty()) {
			return;
		}
		var form = loaded.get();
		var title = form.companyName() + " – " + form.content().content().title();
		titled(title);
		add(new H1(title));
		if (form.content().version().unverifiedCompany()) {
			add(UnverifiedFlag.warning(form.companyName(), this));
		}
		if (!form.submitted()) {
			add(ScoringDueNote.of(form.scoringDue(), clock.instant(), this));
		}
		var right = new Section(new H2(getTranslation("evaluation.scoring.criteria")));
		right.addClassName("scoring-criteria");
		var points = new ArrayList<RadioButtonGroup<Integer>>();
		var justifications = new ArrayList<TextArea>();
		for (var criterion : form.criteria()) {
			var given = form.scores().stream().filter(s -> s.criterion().equals(criterion.id())).findFirst();
			var group = new RadioButtonGroup<Integer>(criterion.name() + " (" + criterion.weight() + " %)");
			var scale = new ArrayList<Integer>();
			for (int p = form.scale().min(); p <= form.scale().max(); p++) {
				scale.add(p);
			}
			group.setItems(scale);
			given.map(Score::points).ifPresent(group::setValue);
			group.setHelperText(criterion.description());
			var justification = new TextArea(getTranslation("evaluation.scoring.justification"));
			justification
				.setHelperText(getTranslation("evaluation.scoring.justification-help", form.justificationMinLength()));
			justification.setMaxLength(Score.JUSTIFICATION_MAX_LENGTH);
			justification.setWidthFull();
			given.map(Score::justification).ifPresent(justification::setValue);
			group.setReadOnly(form.submitted());
			justification.setReadOnly(form.submitted());
			points.add(group);
			justifications.add(justification);
			right.add(new Div(group, justification));
		}
		if (form.submitted()) {
			right.add(new Paragraph(getTranslation("evaluation.scores.submitted")));
		}
		else {
			var save = new Button(getTranslation("evaluation.scoring.save"),
					click -> act(proposal, form, points, justifications, false));
			save.setId("save-scores");
			var submit = new Button(getTranslation("evaluation.scoring.submit"), click -> Confirmation.ask(this,
					getTranslation("evaluation.confirm.scores.title"), getTranslation("evaluation.confirm.scores.what"),
					getTranslation("evaluation.confirm.scores.who"), getTranslation("evaluation.scoring.submit"),
					() -> act(proposal, form, points, justifications, true)));
			submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			submit.setId("submit-scores");
			right.add(new Div(save, submit));
		}
		var columns = new Div(proposalColumn(proposal, form), right);
		columns.addClassName("side-by-side");
		add(columns);
	}

	/** What the company proposes, with its files, beside the scores. */
	private Section proposalColumn(ProposalId proposal, ScoringForm form) {
		var content = form.content().content();
		var left = new Section(new H2(getTranslation("evaluation.scoring.proposal")), new H3(content.title()),
				new Paragraph(content.summary()), new H3(getTranslation("evaluation.scoring.approach")),
				new Paragraph(content.approach()));
		for (var criterion : form.criteria()) {
			var answer = content.answers().get(criterion.id());
			if (answer != null) {
				left.add(new H3(criterion.name()), new Paragraph(answer));
			}
		}
		left.add(new H3(getTranslation("evaluation.scoring.team")), new Paragraph(content.team()),
				new H3(getTranslation("evaluation.scoring.timeline")), new Paragraph(content.timeline()));
		if (content.price() != null) {
			left.add(new H3(getTranslation("evaluation.report.price")),
					new Paragraph(content.price().format(getLocale())));
		}
		form.content().attachments().forEach(file -> {
			var link = new com.vaadin.flow.component.html.Anchor(ProposalLinks.attachment(proposal, file.id()),
					file.fileName() + " (" + file.pages() + " p.)");
			link.setTarget("_blank");
			left.add(new Paragraph(link));
		});
		left.addClassName("scoring-proposal");
		return left;
	}

	private void act(ProposalId proposal, ScoringForm form, List<RadioButtonGroup<Integer>> points,
			List<TextArea> justifications, boolean submit) {
		var scores = new ArrayList<Score>();
		for (int i = 0; i < form.criteria().size(); i++) {
			scores.add(
					new Score(form.criteria().get(i).id(), points.get(i).getValue(), justifications.get(i).getValue()));
		}
		try {
			if (submit) {
				evaluations.submit(proposal, scores);
				Notifications.success(getTranslation("evaluation.scoring.submitted"));
				show(proposal);
			}
			else {
				evaluations.saveDraft(proposal, scores);
				Notifications.success(getTranslation("evaluation.scoring.saved"));
			}
		}
		catch (InvalidInput invalid) {
			for (int i = 0; i < form.criteria().size(); i++) {
				var field = "scores." + form.criteria().get(i).id();
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
