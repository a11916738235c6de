package org.pilotbridge.evaluation.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.evaluation.Declaration;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.evaluation.DeclarationInput.Choice;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Confirmation;
import org.pilotbridge.shared.ui.Notifications;

/**
 * The conflict-of-interest declaration: for every bidding company, no conflict or a
 * conflict with a short description, before any proposal is shown. Nothing is chosen
 * beforehand: the member decides for each company, confirms once that the declarations
 * are final, and a company left undecided is pointed out at its field.
 */
@Route(EvaluationNavigation.DECLARATIONS)
@PermitAll
class DeclarationView extends EvaluationPage<ChallengeId> {

	private final EvaluationManagement evaluations;

	private final EvaluationQuery query;

	DeclarationView(EvaluationManagement evaluations, EvaluationQuery query) {
		super("challenge", ChallengeId::of);
		this.evaluations = evaluations;
		this.query = query;
	}

	@Override
	void show(ChallengeId challenge) {
		removeAll();
		add(new H1(getTranslation("evaluation.declarations.title")));
		try {
			var bidders = evaluations.bidders(challenge);
			var form = query.declarationForm(challenge);
			if (form.isDeclared()) {
				add(new Paragraph(getTranslation("evaluation.declarations.done")));
				for (var declaration : form.declarations()) {
					add(new Paragraph(company(form.bidders(), declaration) + ": " + (declaration.conflict()
							? declaration.description() : getTranslation("evaluation.report.no-conflict"))));
				}
				return;
			}
			add(new Paragraph(getTranslation("evaluation.declarations.intro", form.reference(), form.title())));
			var choices = new HashMap<OrganisationId, RadioButtonGroup<Choice>>();
			var descriptions = new HashMap<OrganisationId, TextField>();
			for (var bidder : bidders) {
				var choice = new RadioButtonGroup<Choice>(getTranslation("evaluation.declarations.choice"));
				choice.setItems(Choice.NO_CONFLICT, Choice.CONFLICT);
				choice.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
				choice.setRequiredIndicatorVisible(true);
				var description = new TextField(getTranslation("evaluation.declarations.description"));
				description.setMaxLength(Declaration.DESCRIPTION_MAX_LENGTH);
				description.setWidthFull();
				description.setVisible(false);
				choice.addValueChangeListener(change -> {
					description.setVisible(change.getValue() == Choice.CONFLICT);
					choice.setInvalid(false);
				});
				choices.put(bidder.company(), choice);
				descriptions.put(bidder.company(), description);
				var block = new Div(new H2(bidder.companyName()), choice, description);
				block.addClassName("declaration");
				add(block);
			}
			var submit = new Button(getTranslation("evaluation.declarations.submit"),
					click -> Confirmation.ask(this, getTranslation("evaluation.confirm.declarations.title"),
							getTranslation("evaluation.confirm.declarations.what"),
							getTranslation("evaluation.confirm.declarations.who"),
							getTranslation("evaluation.declarations.submit"),
							() -> declare(challenge, choices, descriptions)));
			submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			submit.setId("submit-declarations");
			add(submit);
		}
		catch (AccessDeniedException refused) {
			add(new Paragraph(getTranslation("evaluation.not-on-panel")));
		}
		catch (InvalidInput refused) {
			add(new Paragraph(Problems.text(refused, this)));
		}
	}

	private @Nullable String message(java.util.Optional<InvalidInput.FieldProblem> problem) {
		return problem.map(p -> getTranslation(p.messageKey(), p.arguments().toArray())).orElse(null);
	}

	private static String company(java.util.List<org.pilotbridge.evaluation.Bidder> bidders, Declaration declaration) {
		return bidders.stream()
			.filter(b -> b.proposal().equals(declaration.proposal()))
			.map(b -> b.companyName())
			.findFirst()
			.orElse("");
	}

	private void declare(ChallengeId challenge, Map<OrganisationId, RadioButtonGroup<Choice>> choices,
			Map<OrganisationId, TextField> descriptions) {
		Map<OrganisationId, DeclarationInput> inputs = new HashMap<>();
		choices.forEach((company, choice) -> inputs.put(company,
				new DeclarationInput(choice.getValue(), Objects.requireNonNull(descriptions.get(company)).getValue())));
		try {
			evaluations.declare(challenge, inputs);
			Notifications.success(getTranslation("evaluation.declarations.saved"));
			getUI()
				.ifPresent(ui -> ui.navigate(EvaluationChallengeView.class, EvaluationNavigation.challenge(challenge)));
		}
		catch (InvalidInput invalid) {
			choices.forEach((company, choice) -> {
				var problem = invalid.problems()
					.stream()
					.filter(p -> p.field().equals("declarations." + company))
					.findFirst();
				var undecided = choice.getValue() == null;
				var field = Objects.requireNonNull(descriptions.get(company));
				choice.setInvalid(problem.isPresent() && undecided);
				choice.setErrorMessage(undecided ? message(problem) : null);
				field.setInvalid(problem.isPresent() && !undecided);
				field.setErrorMessage(undecided ? null : message(problem));
			});
			Notifications.error(Problems.text(invalid, this));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("evaluation.declarations.title") + " · Pilotbridge";
	}

}
