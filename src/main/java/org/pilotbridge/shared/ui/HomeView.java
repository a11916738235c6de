package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The front page: what the marketplace is, for whom, and how a challenge becomes a pilot, in plain
 * words.
 */
@Route("")
@Menu(order = 0, title = "home.menu", icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends Main implements HasDynamicTitle {

	HomeView() {
		setId("main-content");
		addClassName("page");

		var intro = new Section(new H1(getTranslation("home.heading")), lead(getTranslation("home.lead")),
				new Paragraph(getTranslation("home.intro")));
		intro.addClassName("hero");

		var steps = new OrderedList(step("home.step.publish"), step("home.step.propose"), step("home.step.award"),
				step("home.step.learn"));
		steps.addClassName("steps");
		var howItWorks = new Section(new H2(getTranslation("home.how.heading")), steps);

		var promises = new UnorderedList(new ListItem(getTranslation("home.promise.small")),
				new ListItem(getTranslation("home.promise.problem")),
				new ListItem(getTranslation("home.promise.paperwork")),
				new ListItem(getTranslation("home.promise.feedback")),
				new ListItem(getTranslation("home.promise.open")));
		var why = new Section(new H2(getTranslation("home.promise.heading")), promises);

		var audiences = new Div(audience("home.for.agencies"), audience("home.for.companies"),
				audience("home.for.evaluators"), audience("home.for.public"));
		audiences.addClassName("cards");
		var forWhom = new Section(new H2(getTranslation("home.for.heading")), audiences);

		add(intro, howItWorks, why, forWhom);
	}

	private Paragraph lead(String text) {
		var lead = new Paragraph(text);
		lead.addClassName("lead");
		return lead;
	}

	private ListItem step(String key) {
		return new ListItem(new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
	}

	private Div audience(String key) {
		var card = new Div(new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
		card.addClassName("card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("home.title");
	}

}
