package org.pilotbridge.challenge.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeFollowing;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.ClarificationQuery;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.RichText;
import org.pilotbridge.shared.ui.Times;

/**
 * The public page of a challenge, at a stable address by its reference: the problem, the budget,
 * the deadline in the visitor's and the official zone, the criteria, the questions and answers, the
 * change log, the documents, and what to do next (follow, ask, propose).
 */
@Route(ChallengeNavigation.PAGE)
@AnonymousAllowed
class ChallengeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final int QUESTION_MAX_LENGTH = 1_000;

	private final ChallengeQuery challenges;

	private final ChallengeDirectory directory;

	private final ChallengeFollowing following;

	private final ClarificationManagement clarifications;

	private final ClarificationQuery clarificationQuery;

	private final CurrentPerson current;

	private final OrganisationQuery organisations;

	private final Clock clock;

	private String title = "";

	ChallengeView(ChallengeQuery challenges, ChallengeDirectory directory, ChallengeFollowing following,
			ClarificationManagement clarifications, ClarificationQuery clarificationQuery, CurrentPerson current,
			OrganisationQuery organisations, Clock clock) {
		this.challenges = challenges;
		this.directory = directory;
		this.following = following;
		this.clarifications = clarifications;
		this.clarificationQuery = clarificationQuery;
		this.current = current;
		this.organisations = organisations;
		this.clock = clock;
		setId("main-content");
		addClassNames("page", "challenge-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var reference = event.getRouteParameters().get("reference").orElse("");
		var challenge = challenges.byReference(reference);
		if (challenge.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(challenge.get());
	}

	private void show(PublicChallenge challenge) {
		removeAll();
		title = challenge.title();
		var locale = getLocale();
		var header = new Div(ChallengeBadges.state(challenge.state(), this), new H1(challenge.title()),
				new Paragraph(getTranslation("challenge.view.by", challenge.agencyName())));
		header.addClassName("challenge-header");
		var lead = new Paragraph(challenge.summary());
		lead.addClassName("lead");
		add(header, lead);

		if (challenge.state() == ChallengeState.WITHDRAWN) {
			add(notice(getTranslation("challenge.view.withdrawn", challenge.withdrawalReason())));
		}
		challenges.awardNotice(challenge.id()).ifPresent(award -> add(notice(awardText(award, challenge.timeZone(), locale, this))));
		add(facts(challenge, locale), nextSteps(challenge));
		add(textSection("challenge.field.problemStatement", challenge.problemStatementHtml()),
				textSection("challenge.field.context", challenge.contextHtml()),
				textSection("challenge.field.expectedOutcome", challenge.expectedOutcomeHtml()),
				textSection("challenge.field.constraints", challenge.constraintsHtml()));
		add(criteria(challenge), questionsAndAnswers(challenge));
		if (!challenge.changeLog().isEmpty()) {
			add(changeLog(challenge));
		}
		if (!challenge.attachments().isEmpty()) {
			add(attachments(challenge));
		}
	}

	private Section facts(PublicChallenge challenge, Locale locale) {
		var list = new Element("dl");
		list.getClassList().add("facts-list");
		fact(list, "challenge.view.budget", challenge.budgetCap().format(locale) + " "
				+ getTranslation("challenge.view.excl-vat"));
		fact(list, "challenge.view.deadline", Times.deadline(challenge.proposalsDeadline(), challenge.timeZone(), this)
				+ (challenge.state() == ChallengeState.PUBLISHED
						? " — " + Times.timeLeft(challenge.proposalsDeadline(), clock, this) : ""));
		fact(list, "challenge.view.questions-deadline",
				Times.deadline(challenge.questionsDeadline(), challenge.timeZone(), this));
		fact(list, "challenge.view.duration", getTranslation("challenge.view.weeks", challenge.pilotDurationWeeks()));
		fact(list, "challenge.view.pilots", String.valueOf(challenge.pilotsToAward()));
		fact(list, "challenge.view.languages",
				challenge.languages().stream().map(l -> l.nativeName()).collect(Collectors.joining(", ")));
		fact(list, "challenge.view.cpv", challenge.cpvCodes()
			.stream()
			.map(entry -> entry.code() + " " + entry.label())
			.collect(Collectors.joining("; ")));
		if (!challenge.tags().isEmpty()) {
			fact(list, "challenge.view.tags", String.join(", ", challenge.tags()));
		}
		fact(list, "challenge.view.reference", challenge.reference());
		var section = new Section(new H2(getTranslation("challenge.view.key-facts")));
		section.getElement().appendChild(list);
		return section;
	}

	private void fact(Element list, String labelKey, String value) {
		var term = new Element("dt");
		term.setText(getTranslation(labelKey));
		var description = new Element("dd");
		description.setText(value);
		list.appendChild(term, description);
	}

	private Section nextSteps(PublicChallenge challenge) {
		var section = new Section(new H2(getTranslation("challenge.view.next")));
		section.addClassName("next-steps");
		var open = challenge.state() == ChallengeState.PUBLISHED && clock.instant().isBefore(challenge.proposalsDeadline());
		var person = current.id();
		if (person.isEmpty()) {
			var signIn = new Anchor("/sign-in", getTranslation("challenge.view.sign-in-to-take-part"));
			signIn.setRouterIgnore(true);
			section.add(new Paragraph(open ? getTranslation("challenge.view.visitor-open") : getTranslation("challenge.view.visitor-closed")),
					new Paragraph(signIn));
			return section;
		}
		if (directory.isManager(person.get(), challenge.id())) {
			var manage = new RouterLink(getTranslation("challenge.view.manage"), ChallengeManageView.class,
					ChallengeNavigation.challenge(challenge.id()));
			manage.setId("manage-challenge");
			section.add(new Paragraph(manage));
			return section;
		}
		var company = organisations.active().filter(o -> o.kind() == OrganisationKind.COMPANY);
		if (company.isEmpty()) {
			section.add(new Paragraph(getTranslation("challenge.view.companies-only")));
			return section;
		}
		var follow = new Button();
		follow.setId("follow");
		renderFollow(follow, challenge);
		follow.addClickListener(click -> {
			if (following.isFollowing(challenge.id())) {
				following.unfollow(challenge.id());
				Notifications.success(getTranslation("challenge.view.unfollowed"));
			}
			else {
				following.follow(challenge.id());
				Notifications.success(getTranslation("challenge.view.followed"));
			}
			renderFollow(follow, challenge);
		});
		section.add(follow);
		if (open) {
			var propose = new Anchor("/challenges/" + challenge.reference() + "/proposal",
					getTranslation("challenge.view.propose"));
			propose.addClassName("button-primary");
			propose.setId("propose");
			section.add(new Paragraph(propose));
		}
		var myQuestions = new Div();
		myQuestions.setId("my-questions");
		if (challenge.state() == ChallengeState.PUBLISHED && clock.instant().isBefore(challenge.questionsDeadline())) {
			section.add(askQuestion(challenge, () -> showMyQuestions(myQuestions, challenge)));
		}
		showMyQuestions(myQuestions, challenge);
		section.add(myQuestions);
		return section;
	}

	/** The questions the member's company asked, with where each stands. */
	private void showMyQuestions(Div container, PublicChallenge challenge) {
		container.removeAll();
		var mine = clarificationQuery.mine(challenge.id());
		if (!mine.isEmpty()) {
			var list = new UnorderedList();
			mine.forEach(question -> list.add(new ListItem(new Paragraph(question.text()),
					new Span(getTranslation("challenge.question.state." + question.state().name())
							+ (question.rejectionReason() == null ? "" : ": " + question.rejectionReason())))));
			container.add(new H3(getTranslation("challenge.view.my-questions")), list);
		}
	}

	private void renderFollow(Button follow, PublicChallenge challenge) {
		var followed = following.isFollowing(challenge.id());
		follow.setText(getTranslation(followed ? "challenge.view.unfollow" : "challenge.view.follow"));
		follow.getElement().setAttribute("aria-pressed", String.valueOf(followed));
	}

	private Div askQuestion(PublicChallenge challenge, Runnable asked) {
		var question = new TextArea(getTranslation("challenge.view.question"));
		question.setMaxLength(QUESTION_MAX_LENGTH);
		question.setHelperText(getTranslation("challenge.view.question-help", QUESTION_MAX_LENGTH));
		question.setWidthFull();
		question.setId("question");
		var errors = new FieldErrors().bind("text", question).bind("question", question);
		var ask = new Button(getTranslation("challenge.view.ask"), click -> {
			try {
				clarifications.ask(challenge.id(), question.getValue());
				question.clear();
				errors.clear();
				asked.run();
				Notifications.success(getTranslation("challenge.view.question-sent"));
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		ask.setId("ask");
		return new Div(new H3(getTranslation("challenge.view.ask-heading")), question, ask);
	}

	private Section textSection(String headingKey, String html) {
		return new Section(new H2(getTranslation(headingKey)), RichText.ofSanitizedHtml(html));
	}

	private Section criteria(PublicChallenge challenge) {
		var list = new OrderedList();
		list.addClassName("criteria");
		challenge.criteria().forEach(criterion -> list.add(new ListItem(new H3(criterion.name() + " — " + criterion.weight() + " %"),
				new Paragraph(criterion.description()),
				new Span(getTranslation(criterion.type() == CriterionType.PRICE ? "challenge.view.price-criterion"
						: "challenge.view.qualitative-criterion")))));
		var scale = new UnorderedList();
		var descriptions = challenge.scale().descriptions();
		for (var point = challenge.scale().min(); point <= challenge.scale().max(); point++) {
			var index = point - challenge.scale().min();
			var text = index < descriptions.size() && !descriptions.get(index).isBlank() ? descriptions.get(index)
					: getTranslation("challenge.scale.default." + point);
			scale.add(new ListItem(point + " — " + text));
		}
		var section = new Section(new H2(getTranslation("challenge.view.criteria")), list,
				new H3(getTranslation("challenge.view.scale")), scale);
		if (challenge.minimumTotal() != null) {
			section.add(new Paragraph(getTranslation("challenge.view.minimum-total", challenge.minimumTotal())));
		}
		return section;
	}

	private Section questionsAndAnswers(PublicChallenge challenge) {
		var section = new Section(new H2(getTranslation("challenge.view.qa")));
		section.setId("questions-and-answers");
		if (challenge.answers().isEmpty()) {
			section.add(new Paragraph(getTranslation("challenge.view.no-qa")));
			return section;
		}
		var list = new UnorderedList();
		challenge.answers().forEach(answer -> {
			var item = new ListItem(new H3(answer.question()), RichText.ofSanitizedHtml(answer.answerHtml()));
			item.addClassName("qa");
			list.add(item);
		});
		section.add(list);
		return section;
	}

	private Section changeLog(PublicChallenge challenge) {
		var list = new UnorderedList();
		challenge.changeLog().forEach(entry -> {
			var text = Times.dateTime(entry.amendedAt(), challenge.timeZone(), getLocale()) + " — " + entry.reason();
			if (entry.newDeadline() != null) {
				text += " " + getTranslation("challenge.view.deadline-moved",
						Times.dateTime(entry.newDeadline(), challenge.timeZone(), getLocale()));
			}
			list.add(new ListItem(text));
		});
		return new Section(new H2(getTranslation("challenge.view.change-log")), list);
	}

	private Section attachments(PublicChallenge challenge) {
		var list = new UnorderedList();
		challenge.attachments().forEach(attachment -> {
			var link = new Anchor("/challenges/" + challenge.reference() + "/attachments/" + attachment.id(),
					attachment.fileName() + " (PDF, " + getTranslation("challenge.view.pages", attachment.pages()) + ")");
			link.setRouterIgnore(true);
			list.add(new ListItem(link));
		});
		return new Section(new H2(getTranslation("challenge.view.documents")), list);
	}

	/**
	 * The public award notice: the winner (or the winners of several pilots), the amount excluding VAT
	 * and the date, or why no award was made.
	 */
	static String awardText(AwardNotice notice, ZoneId zone, Locale locale,
			Component component) {
		var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(notice.decidedAt().atZone(zone));
		if (!notice.awarded()) {
			return component.getTranslation("challenge.view.not-awarded", date, notice.reason());
		}
		if (notice.winners().size() == 1) {
			var winner = notice.winners().getFirst();
			return component.getTranslation("challenge.view.awarded", winner.name(), winner.amount().format(locale), date);
		}
		var winners = notice.winners()
			.stream()
			.map(winner -> component.getTranslation("challenge.view.award-winner", winner.name(),
					winner.amount().format(locale)))
			.collect(Collectors.joining("; "));
		return component.getTranslation("challenge.view.awarded-several", notice.winners().size(), winners, date);
	}

	private Div notice(String text) {
		var notice = new Div(text);
		notice.addClassName("alert-info");
		notice.getElement().setAttribute("role", "note");
		return notice;
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
