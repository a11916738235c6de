package org.pilotbridge.catalogue.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.catalogue.ManagedSolution;
import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionNotFound;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionState;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.document.PdfLimits;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Uploads;

/**
 * Where the members of a company write a solution profile: its texts, CPV codes, maturity,
 * languages and website, then (once saved) up to three pictures and a brochure. A draft can be saved
 * at any time; submitting it checks that it is complete and sends it to a platform administrator.
 */
@Route(CatalogueNavigation.EDIT_SOLUTION)
@RouteAlias(CatalogueNavigation.NEW_SOLUTION)
@PermitAll
class SolutionEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private static final long IMAGE_MAX_BYTES = 5 * 1024 * 1024;

	private static final long BROCHURE_MAX_BYTES = PdfLimits.DEFAULT.maxBytes();

	private final SolutionManagement management;

	private final SolutionQuery query;

	private final CpvCatalogue cpv;

	private final TextField name = new TextField();

	private final TextArea pitch = new TextArea();

	private final TextArea description = new TextArea();

	private final TextArea problemsSolved = new TextArea();

	private final ComboBox<CpvCatalogue.Entry> cpvSearch = new ComboBox<>();

	private final UnorderedList cpvChosen = new UnorderedList();

	private final LinkedHashSet<String> cpvCodes = new LinkedHashSet<>();

	private final Select<Integer> trl = new Select<>();

	private final TextArea customerReferences = new TextArea();

	private final Select<Language> textLanguage = new Select<>();

	private final CheckboxGroup<Language> otherLanguages = new CheckboxGroup<>();

	private final TextField website = new TextField();

	private final Div images = new Div();

	private final Div brochure = new Div();

	private final FieldErrors errors = new FieldErrors();

	private @Nullable SolutionId id;

	private @Nullable ManagedSolution solution;

	SolutionEditorView(SolutionManagement management, SolutionQuery query, CpvCatalogue cpv) {
		this.management = management;
		this.query = query;
		this.cpv = cpv;
		setId("main-content");
		addClassNames("page", "solution-editor");
		configureFields();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			id = event.getRouteParameters().get("id").map(value -> new SolutionId(UUID.fromString(value))).orElse(null);
			solution = id == null ? null : query.managed(id);
		}
		catch (IllegalArgumentException | SolutionNotFound | AccessDeniedException unknown) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		layout();
		show(solution == null ? SolutionProfile.empty() : solution.profile());
	}

	private void configureFields() {
		text(name, "name", Solution.NAME_MAX_LENGTH);
		text(pitch, "pitch", Solution.PITCH_MAX_LENGTH);
		pitch.setHelperText(getTranslation("catalogue.editor.pitch-help"));
		text(description, "description", Solution.DESCRIPTION_MAX_LENGTH);
		description.setMinHeight("10em");
		description.setHelperText(getTranslation("catalogue.editor.markdown-help"));
		text(problemsSolved, "problemsSolved", Solution.PROBLEMS_MAX_LENGTH);
		problemsSolved.setHelperText(getTranslation("catalogue.editor.problems-help"));
		text(customerReferences, "customerReferences", Solution.REFERENCES_MAX_LENGTH);
		customerReferences.setHelperText(getTranslation("catalogue.editor.references-help"));
		text(website, "website", Solution.WEBSITE_MAX_LENGTH);
		website.setHelperText(getTranslation("catalogue.editor.website-help"));

		label(cpvSearch, "cpvCodes");
		cpvSearch.setHelperText(getTranslation("catalogue.editor.cpv-help"));
		cpvSearch.setItems(q -> cpv.search(q.getFilter().orElse(""), q.getLimit()).stream().skip(q.getOffset()));
		cpvSearch.setItemLabelGenerator(entry -> entry.code() + " " + entry.label());
		cpvSearch.setWidthFull();
		cpvSearch.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				cpvCodes.add(change.getValue().code());
				cpvSearch.clear();
				showCpvCodes();
			}
		});
		cpvChosen.addClassName("chips");
		cpvChosen.setId("solution-cpv-chosen");

		label(trl, "trl");
		trl.setItems(IntStream.rangeClosed(Solution.MIN_TRL, Solution.MAX_TRL).boxed().toList());
		trl.setItemLabelGenerator(level -> level == null ? "" : CatalogueBadges.readiness(level, this));
		trl.setHelperText(getTranslation("catalogue.editor.trl-help"));
		trl.setWidthFull();

		textLanguage.setLabel(getTranslation("catalogue.editor.text-language"));
		textLanguage.setId("solution-languages");
		textLanguage.setItems(Language.values());
		textLanguage.setItemLabelGenerator(Language::nativeName);
		otherLanguages.setLabel(getTranslation("catalogue.editor.other-languages"));
		otherLanguages.setItems(Language.values());
		otherLanguages.setItemLabelGenerator(Language::nativeName);
		// The language of the description is supported anyway: offer only the others.
		otherLanguages.setItemEnabledProvider(language -> language != textLanguage.getValue());
		textLanguage.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				otherLanguages.deselect(change.getValue());
			}
			otherLanguages.getDataProvider().refreshAll();
		});

		errors.bind("name", name)
			.bind("pitch", pitch)
			.bind("description", description)
			.bind("problemsSolved", problemsSolved)
			.bind("cpvCodes", cpvSearch)
			.bind("trl", trl)
			.bind("customerReferences", customerReferences)
			.bind("languages", textLanguage)
			.bind("website", website);
	}

	private void text(Component field, String fieldName, int maxLength) {
		label(field, fieldName);
		if (field instanceof TextField textField) {
			textField.setMaxLength(maxLength);
			textField.setWidthFull();
		}
		if (field instanceof TextArea textArea) {
			textArea.setMaxLength(maxLength);
			textArea.setWidthFull();
		}
	}

	private void label(Component field, String fieldName) {
		field.getElement().setProperty("label", getTranslation("catalogue.field." + fieldName));
		field.setId("solution-" + fieldName);
	}

	private void layout() {
		removeAll();
		add(new H1(getTranslation(solution == null ? "catalogue.editor.new" : "catalogue.editor.edit-heading")));
		if (solution != null) {
			add(status(solution));
		}
		var form = new Div(
				section("catalogue.editor.step.what", name, pitch, description, problemsSolved, customerReferences),
				section("catalogue.editor.step.classification", cpvSearch, cpvChosen, trl, textLanguage, otherLanguages,
						website),
				imagesSection(), brochureSection(), buttons());
		form.addClassName("editor-form");
		add(form);
	}

	private Div status(ManagedSolution current) {
		var status = new Div(new Span(getTranslation("catalogue.editor.state")), new Span(" "),
				CatalogueBadges.state(current.state(), this));
		status.setId("solution-status");
		status.addClassName("status-line");
		if (current.isPublic()) {
			var online = CatalogueNavigation.solutionPage(current.reference(),
					getTranslation("catalogue.mine.public-page"));
			status.add(new Paragraph(online));
			if (current.state() != SolutionState.PUBLISHED) {
				status.add(new Paragraph(getTranslation("catalogue.mine.older-version-online")));
			}
		}
		var explanation = switch (current.state()) {
			case DRAFT -> getTranslation("catalogue.editor.state-draft");
			case PENDING -> getTranslation("catalogue.editor.state-pending");
			case REJECTED -> getTranslation("catalogue.editor.state-rejected");
			case PUBLISHED -> getTranslation("catalogue.editor.state-published");
		};
		status.add(new Paragraph(explanation));
		if (current.rejectionReason() != null) {
			var reason = new Div(getTranslation("catalogue.mine.refused-because", current.rejectionReason()));
			reason.addClassName("alert-error");
			reason.setId("rejection-reason");
			status.add(reason);
		}
		return status;
	}

	private Section section(String headingKey, Component... fields) {
		var section = new Section(new H2(getTranslation(headingKey)));
		section.add(fields);
		section.addClassName("editor-section");
		return section;
	}

	private Section imagesSection() {
		var section = new Section(new H2(getTranslation("catalogue.field.images")));
		section.addClassName("editor-section");
		if (id == null) {
			section.add(new Paragraph(getTranslation("catalogue.editor.save-before-files")));
			return section;
		}
		var solutionId = id;
		var upload = Uploads.streaming(this, IMAGE_MAX_BYTES, "images",
				(fileName, content) -> management.addImage(solutionId, fileName, content), new Uploads.Outcomes() {

					@Override
					public void stored(String fileName) {
						Notifications.success(getTranslation("catalogue.editor.image-added", fileName));
						refresh();
					}

					@Override
					public void refused(String fileName, InvalidInput reason) {
						showFirstProblem(reason);
					}

				});
		upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
		upload.setId("solution-image-upload");
		section.add(new Paragraph(getTranslation("catalogue.editor.images-help", Solution.MAX_IMAGES)), upload, images);
		showImages();
		return section;
	}

	private void showImages() {
		images.removeAll();
		if (solution == null || id == null) {
			return;
		}
		var list = new UnorderedList();
		list.addClassName("image-list");
		var total = solution.images().size();
		for (var i = 0; i < total; i++) {
			var image = solution.images().get(i);
			var number = i + 1;
			var remove = new Button(getTranslation("catalogue.editor.remove"), click -> {
				management.removeImage(id, image.id());
				refresh();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			remove.setAriaLabel(getTranslation("catalogue.editor.remove-named", image.fileName()));
			var picture = new Image(CatalogueNavigation.imagePath(solution.reference(), image.id()),
					getTranslation("catalogue.solution.picture", name.getValue(), number, total));
			picture.addClassName("solution-thumbnail");
			list.add(new ListItem(picture, new Span(image.fileName() + " (" + image.width() + " × " + image.height() + ")"),
					remove));
		}
		images.add(list);
	}

	private Section brochureSection() {
		var section = new Section(new H2(getTranslation("catalogue.field.brochure")));
		section.addClassName("editor-section");
		if (id == null) {
			return section;
		}
		var solutionId = id;
		var upload = Uploads.streaming(this, BROCHURE_MAX_BYTES, "brochure",
				(fileName, content) -> management.attachBrochure(solutionId, fileName, content),
				new Uploads.Outcomes() {

					@Override
					public void stored(String fileName) {
						Notifications.success(getTranslation("catalogue.editor.brochure-added", fileName));
						refresh();
					}

					@Override
					public void refused(String fileName, InvalidInput reason) {
						showFirstProblem(reason);
					}

				});
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setId("solution-brochure-upload");
		section.add(new Paragraph(getTranslation("catalogue.editor.brochure-help")), upload, brochure);
		showBrochure();
		return section;
	}

	private void showBrochure() {
		brochure.removeAll();
		if (solution == null || solution.brochure() == null || id == null) {
			return;
		}
		var file = solution.brochure();
		var link = new Anchor(CatalogueNavigation.brochurePath(solution.reference(), file.id()),
				getTranslation("catalogue.solution.brochure-link", file.fileName(), file.pages()));
		link.setRouterIgnore(true);
		var remove = new Button(getTranslation("catalogue.editor.remove"), click -> {
			management.removeBrochure(id);
			refresh();
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		remove.setAriaLabel(getTranslation("catalogue.editor.remove-named", file.fileName()));
		brochure.add(new Paragraph(link, remove));
	}

	private HorizontalLayout buttons() {
		var save = new Button(getTranslation("catalogue.editor.save-draft"), click -> save().ifPresent(saved -> {
			Notifications.success(getTranslation("catalogue.editor.saved"));
			refresh();
		}));
		save.setId("save-solution");
		var submit = new Button(getTranslation("catalogue.editor.submit"), click -> save().ifPresent(saved -> {
			try {
				if (solution == null || solution.state() != SolutionState.PENDING) {
					management.submit(saved);
				}
				Notifications.success(getTranslation("catalogue.editor.submitted"));
				getUI().ifPresent(ui -> ui.navigate(MySolutionsView.class));
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
				refresh();
			}
		}));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.setId("submit-solution");
		var buttons = new HorizontalLayout(save, submit);
		buttons.setWrap(true);
		if (solution != null && solution.isPublic()) {
			var withdraw = new Button(getTranslation("catalogue.editor.withdraw"), click -> {
				management.withdraw(id);
				Notifications.success(getTranslation("catalogue.editor.withdrawn"));
				refresh();
			});
			withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			withdraw.setId("withdraw-solution");
			buttons.add(withdraw);
		}
		return buttons;
	}

	/** Saves the working version; its id, or nothing when something could not be saved. */
	private Optional<SolutionId> save() {
		errors.clear();
		try {
			var profile = profile();
			if (id == null) {
				var company = query.mine().company();
				if (company == null) {
					throw new AccessDeniedException("Not acting for a company");
				}
				id = management.create(company, profile);
				solution = query.managed(id);
				getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "company/solutions/" + id + "/edit"));
				layout();
				show(solution.profile());
			}
			else {
				management.update(id, solution.version(), profile);
				solution = query.managed(id);
			}
			return Optional.of(id);
		}
		catch (InvalidInput invalid) {
			errors.show(invalid, this);
			return Optional.empty();
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(getTranslation("error.changed-meanwhile"));
			return Optional.empty();
		}
	}

	private void refresh() {
		if (id != null) {
			solution = query.managed(id);
			var typed = profile();
			layout();
			show(typed);
		}
	}

	private void showFirstProblem(InvalidInput invalid) {
		var problem = invalid.problems().get(0);
		Notifications.error(getTranslation(problem.messageKey(), problem.arguments().toArray()));
	}

	private void show(SolutionProfile profile) {
		name.setValue(profile.name());
		pitch.setValue(profile.pitch());
		description.setValue(profile.description());
		problemsSolved.setValue(profile.problemsSolved());
		cpvCodes.clear();
		cpvCodes.addAll(profile.cpvCodes());
		showCpvCodes();
		trl.setValue(profile.trl());
		customerReferences.setValue(profile.customerReferences());
		var languages = profile.languages().isEmpty() ? List.of(Language.of(getLocale())) : profile.languages();
		textLanguage.setValue(languages.get(0));
		otherLanguages.setValue(new LinkedHashSet<>(languages.subList(1, languages.size())));
		website.setValue(profile.website() == null ? "" : profile.website());
		showImages();
		showBrochure();
	}

	private SolutionProfile profile() {
		var languages = new ArrayList<Language>();
		if (textLanguage.getValue() != null) {
			languages.add(textLanguage.getValue());
		}
		otherLanguages.getValue().stream().filter(l -> !languages.contains(l)).sorted().forEach(languages::add);
		return SolutionProfile.builder()
			.name(name.getValue())
			.pitch(pitch.getValue())
			.description(description.getValue())
			.problemsSolved(problemsSolved.getValue())
			.cpvCodes(List.copyOf(cpvCodes))
			.trl(trl.getValue())
			.customerReferences(customerReferences.getValue())
			.languages(languages)
			.website(website.getValue())
			.build();
	}

	private void showCpvCodes() {
		cpvChosen.removeAll();
		cpvCodes.forEach(code -> {
			var label = cpv.find(code).map(entry -> entry.code() + " " + entry.label()).orElse(code);
			var remove = new Button(getTranslation("catalogue.editor.remove"), click -> {
				cpvCodes.remove(code);
				showCpvCodes();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(getTranslation("catalogue.editor.remove-named", label));
			cpvChosen.add(new ListItem(new Span(label), remove));
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation(solution == null ? "catalogue.editor.new" : "catalogue.editor.edit-heading")
				+ " · Pilotbridge";
	}

}
