package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.shared.SiteProperties;

/**
 * The accessibility statement required of public-sector websites (Directive (EU) 2016/2102): the
 * standard aimed at, how it is checked, what is known not to work yet and whom to tell.
 */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends Main implements HasDynamicTitle {

	AccessibilityStatementView(SiteProperties site) {
		var contact = site.contactEmail();
		setId("main-content");
		addClassName("page");
		addClassName("prose");
		var mail = new Anchor("mailto:" + contact, contact);
		add(new H1(getTranslation("accessibility.title")), new Paragraph(getTranslation("accessibility.intro")),
				new H2(getTranslation("accessibility.status.heading")),
				new Paragraph(getTranslation("accessibility.status.text")),
				new H2(getTranslation("accessibility.checks.heading")),
				new UnorderedList(new ListItem(getTranslation("accessibility.checks.automated")),
						new ListItem(getTranslation("accessibility.checks.keyboard")),
						new ListItem(getTranslation("accessibility.checks.languages"))),
				new H2(getTranslation("accessibility.limits.heading")),
				new Paragraph(getTranslation("accessibility.limits.text")),
				new H2(getTranslation("accessibility.feedback.heading")),
				new Paragraph(getTranslation("accessibility.feedback.text")), new Paragraph(mail),
				new H2(getTranslation("accessibility.enforcement.heading")),
				new Paragraph(getTranslation("accessibility.enforcement.text")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accessibility.title") + " · Pilotbridge";
	}

}
