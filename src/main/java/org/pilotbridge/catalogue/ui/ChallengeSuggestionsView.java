package org.pilotbridge.catalogue.ui;

import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.catalogue.ChallengeSuggestions;
import org.pilotbridge.catalogue.SolutionMatching;
import org.pilotbridge.catalogue.SuggestedSolution;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Times;

/**
 * For the managers of a challenge: the catalogue solutions that match it, and an
 * invitation by e-mail to their companies while the challenge is open. The challenge's
 * manage page links here, at {@code /agency/challenges/<id>/suggestions}.
 */
@Route(CatalogueNavigation.SUGGESTIONS)
@PermitAll
class ChallengeSuggestionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SolutionMatching matching;

	private ChallengeId id = new ChallengeId(new UUID(0, 0));

	private String title = "";

	ChallengeSuggestionsView(SolutionMatching matching) {
		this.matching = matching;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			id = ChallengeId.of(event.getRouteParameters().get("id").orElse(""));
			refresh();
		}
		catch (IllegalArgumentException | ChallengeNotFound | AccessDeniedException unknown) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void refresh() {
		var suggestions = matching.suggestionsFor(id);
		removeAll();
		title = suggestions.title();
		var back = new Anchor(CatalogueNavigation.challengeManagePath(id),
				getTranslation("catalogue.suggestions.back"));
		add(new Paragraph(back), new H1(getTranslation("catalogue.suggestions.heading", suggestions.title())),
				new Paragraph(getTranslation("catalogue.suggestions.intro")));
		if (!suggestions.canInvite()) {
			var note = new Div(getTranslation("catalogue.suggestions.invite-when-open"));
			note.addClassName("alert-info");
			note.getElement().setAttribute("role", "note");
			add(note);
		}
		if (suggestions.solutions().isEmpty()) {
			add(new Paragraph(getTranslation("catalogue.suggestions.none")));
			return;
		}
		var list = new Div();
		list.addClassName("solution-results");
		list.setId("suggested-solutions");
		suggestions.solutions().forEach(solution -> list.add(card(suggestions, solution)));
		add(list);
	}

	private Article card(ChallengeSuggestions suggestions, SuggestedSolution solution) {
		var name = CatalogueNavigation.solutionPage(solution.reference(), solution.name());
		var card = new Article(new H2(name),
				new Paragraph(getTranslation("catalogue.solution.by", solution.companyName())),
				new Paragraph(solution.pitch()), new Paragraph(getTranslation("catalogue.solution.maturity") + ": "
						+ CatalogueBadges.readiness(solution.trl(), this)),
				new Paragraph(why(solution)));
		card.addClassNames("card", "suggestion");
		if (solution.invitedAt() != null) {
			card.add(new Paragraph(getTranslation("catalogue.suggestions.invited-on",
					Times.date(solution.invitedAt(), ZoneId.of("Europe/Brussels"), getLocale()))));
		}
		else if (suggestions.canInvite()) {
			var invite = new Button(getTranslation("catalogue.suggestions.invite"), click -> invite(solution));
			invite.setAriaLabel(getTranslation("catalogue.suggestions.invite-named", solution.companyName()));
			invite.addClassName("invite-company");
			card.add(invite);
		}
		return card;
	}

	private String why(SuggestedSolution solution) {
		if (solution.sameDivision() && solution.sharedWords() > 0) {
			return getTranslation("catalogue.suggestions.why-both", solution.sharedWords());
		}
		return solution.sameDivision() ? getTranslation("catalogue.suggestions.why-division")
				: getTranslation("catalogue.suggestions.why-words", solution.sharedWords());
	}

	private void invite(SuggestedSolution solution) {
		var dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("catalogue.suggestions.invite-named", solution.companyName()));
		var message = new TextArea(getTranslation("catalogue.suggestions.message"));
		message.setHelperText(getTranslation("catalogue.suggestions.message-help"));
		message.setMaxLength(SolutionMatching.MESSAGE_MAX_LENGTH);
		message.setWidthFull();
		message.setId("invitation-message");
		var errors = new FieldErrors().bind("message", message);
		var confirm = new Button(getTranslation("catalogue.suggestions.send"), click -> {
			try {
				matching.invite(id, solution.id(), message.getValue());
				dialog.close();
				Notifications.success(getTranslation("catalogue.suggestions.sent", solution.companyName()));
				refresh();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.setId("send-invitation");
		dialog.add(message);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.suggestions.title", title) + " · Pilotbridge";
	}

}
