package org.pilotbridge.pilot.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.pilot.Milestone;
import org.pilotbridge.pilot.ParticipantPilot;
import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotAction;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotNotFound;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.shared.ui.DatePickers;
import org.pilotbridge.shared.ui.FieldErrors;

/**
 * The managers' screen of a pilot: its dates and milestones, starting it, completing it
 * with its results or stopping it, and publishing the results. Every change goes through
 * {@link PilotManagement}, which checks who may make it.
 */
@Route(PilotNavigation.MANAGE)
@PermitAll
class PilotManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final PilotQuery query;

	private final PilotManagement management;

	private String reference = "";

	private String title = "";

	PilotManageView(PilotQuery query, PilotManagement management) {
		this.query = query;
		this.management = management;
		setId("main-content");
		addClassNames("page", "pilot-manage-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		reference = event.getRouteParameters().get("reference").orElse("");
		try {
			var participant = query.byReference(reference);
			if (!participant.manager()) {
				event.forwardTo(CompanyPilotView.class, PilotNavigation.reference(reference));
				return;
			}
			show(participant);
		}
		catch (PilotNotFound unknown) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void refresh() {
		show(query.byReference(reference));
	}

	private void show(ParticipantPilot participant) {
		removeAll();
		var pilot = participant.pilot();
		title = pilot.challengeTitle();
		PilotPages.heading(this, participant, this);
		var facts = new Facts(this).add("pilot.field.reference", pilot.reference())
			.add("pilot.field.company", pilot.companyName());
		pilot.amount().ifPresent(amount -> facts.add("pilot.field.amount", amount.format(getLocale())));
		var factsSection = new Section();
		factsSection.getElement().appendChild(facts.element());
		add(factsSection);
		if (pilot.isPublished()) {
			add(new Paragraph(
					PilotNavigation.resultsPage(pilot.reference(), getTranslation("pilot.manage.public-page"))));
		}
		add(dates(pilot), milestones(pilot), new PilotLifecycle(pilot, management, this::act));
		if (pilot.actions().contains(PilotAction.RECORD_RESULTS)) {
			add(results(pilot));
		}
		add(PilotPages.companyAccount(pilot, this));
	}

	private Section dates(Pilot pilot) {
		var section = new Section(new H2(getTranslation("pilot.manage.dates")));
		section.setId("dates");
		var start = DatePickers.translated(new DatePicker(getTranslation("pilot.field.start-date"), pilot.startDate()),
				this);
		start.setId("pilot-start");
		var end = DatePickers.translated(new DatePicker(getTranslation("pilot.field.end-date"), pilot.endDate()), this);
		end.setId("pilot-end");
		if (!pilot.actions().contains(PilotAction.SCHEDULE)) {
			start.setReadOnly(true);
			end.setReadOnly(true);
			section.add(new HorizontalLayout(start, end));
			return section;
		}
		start.setReadOnly(!pilot.actions().contains(PilotAction.MOVE_START));
		var errors = new FieldErrors().bind("startDate", start).bind("endDate", end);
		var save = new Button(getTranslation("pilot.manage.save-dates"),
				click -> act(errors,
						() -> management.schedule(pilot.id(), pilot.version(), start.getValue(), end.getValue()),
						"pilot.manage.dates-saved"));
		save.setId("save-dates");
		var row = new HorizontalLayout(start, end, save);
		row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		row.setWrap(true);
		section.add(row);
		return section;
	}

	private Section milestones(Pilot pilot) {
		var section = new Section(new H2(getTranslation("pilot.field.milestones")));
		section.setId("milestones");
		section.add(new Paragraph(getTranslation("pilot.manage.milestones-help")));
		var list = new UnorderedList();
		list.addClassName("milestone-list");
		for (var milestone : pilot.milestones()) {
			list.add(milestone(pilot, milestone));
		}
		if (pilot.milestones().isEmpty()) {
			section.add(new Paragraph(getTranslation("pilot.milestones.none")));
		}
		section.add(list);
		if (!pilot.actions().contains(PilotAction.PLAN_MILESTONES)) {
			return section;
		}
		var title = new TextField(getTranslation("pilot.field.milestone-title"));
		title.setMaxLength(Pilot.MILESTONE_TITLE_MAX_LENGTH);
		title.setId("milestone-title");
		var due = DatePickers.translated(new DatePicker(getTranslation("pilot.field.milestone-due")), this);
		due.setId("milestone-due");
		var errors = new FieldErrors().bind("title", title).bind("dueDate", due);
		var add = new Button(getTranslation("pilot.manage.add-milestone"),
				click -> act(errors,
						() -> management.addMilestone(pilot.id(), pilot.version(), title.getValue(), due.getValue()),
						"pilot.manage.milestone-added"));
		add.setId("add-milestone");
		var row = new HorizontalLayout(title, due, add);
		row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		row.setWrap(true);
		section.add(row);
		return section;
	}

	private ListItem milestone(Pilot pilot, Milestone milestone) {
		var label = getTranslation("pilot.milestone.label", milestone.title(),
				Formats.date(milestone.dueDate(), getLocale()));
		var item = new ListItem();
		item.addClassName("milestone");
		if (pilot.actions().contains(PilotAction.MARK_MILESTONES)) {
			var done = new Checkbox(label, milestone.isDone());
			done.addClassName("milestone-done");
			done.addValueChangeListener(change -> {
				if (change.isFromClient()) {
					act(new FieldErrors(),
							() -> management.markMilestone(pilot.id(), pilot.version(), milestone.number(),
									change.getValue()),
							change.getValue() ? "pilot.manage.milestone-met" : "pilot.manage.milestone-reopened");
				}
			});
			item.add(done);
		}
		else {
			item.add(new Span(getTranslation(milestone.isDone() ? "pilot.milestone.met" : "pilot.milestone.open",
					milestone.title(), Formats.date(milestone.dueDate(), getLocale()))));
		}
		if (pilot.actions().contains(PilotAction.PLAN_MILESTONES)) {
			var remove = new Button(getTranslation("pilot.manage.remove-milestone"),
					click -> act(new FieldErrors(),
							() -> management.removeMilestone(pilot.id(), pilot.version(), milestone.number()),
							"pilot.manage.milestone-removed"));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(getTranslation("pilot.manage.remove-milestone-named", milestone.title()));
			remove.addClassName("remove-milestone");
			item.add(remove);
		}
		return item;
	}

	private Section results(Pilot pilot) {
		var section = new Section(new H2(getTranslation("pilot.manage.results")));
		section.setId("results");
		var form = new ResultsForm("results", pilot.results(), this);
		var errors = new FieldErrors();
		form.bind(errors);
		var save = new Button(getTranslation("pilot.manage.save-results"),
				click -> act(errors, () -> management.recordResults(pilot.id(), pilot.version(), form.value()),
						"pilot.manage.results-saved"));
		save.setId("save-results");
		var actions = new HorizontalLayout(save);
		actions.setWrap(true);
		if (pilot.actions().contains(PilotAction.WITHDRAW_RESULTS)) {
			section.add(new Paragraph(getTranslation("pilot.manage.published")));
			var withdraw = new Button(getTranslation("pilot.manage.withdraw-results"), click -> act(errors,
					() -> management.withdrawResults(pilot.id(), pilot.version()), "pilot.manage.results-withdrawn"));
			withdraw.setId("withdraw-results");
			actions.add(withdraw);
		}
		if (pilot.actions().contains(PilotAction.PUBLISH_RESULTS)) {
			section.add(new Paragraph(getTranslation("pilot.manage.publish-help")));
			var publish = new Button(getTranslation("pilot.manage.publish-results"), click -> act(errors,
					() -> management.publishResults(pilot.id(), pilot.version()), "pilot.manage.results-published"));
			publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			publish.setId("publish-results");
			actions.add(publish);
		}
		section.add(form, actions);
		return section;
	}

	/**
	 * Runs a change; shows its refusal next to the fields (or in a notification) and
	 * leaves the screen as it was, or confirms it and shows the pilot as it is now.
	 */
	void act(FieldErrors errors, Runnable change, String successKey) {
		PilotPages.act(this, errors, change, successKey, this::refresh);
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
