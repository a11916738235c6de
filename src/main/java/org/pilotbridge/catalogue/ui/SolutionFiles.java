package org.pilotbridge.catalogue.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.catalogue.ManagedSolution;
import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.document.PdfLimits;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Uploads;

/**
 * The pictures and the brochure of a saved solution profile: an upload for each and the
 * files with a button to remove each. What changes is reported to the editor, which shows
 * the profile again.
 */
final class SolutionFiles {

	private static final long IMAGE_MAX_BYTES = 5 * 1024 * 1024;

	private static final long BROCHURE_MAX_BYTES = PdfLimits.DEFAULT.maxBytes();

	private final SolutionManagement management;

	private final Runnable changed;

	private final Supplier<String> name;

	SolutionFiles(SolutionManagement management, Supplier<String> name, Runnable changed) {
		this.management = management;
		this.name = name;
		this.changed = changed;
	}

	Section images(Component view, @Nullable ManagedSolution solution) {
		var section = new Section(new H2(view.getTranslation("catalogue.field.images")));
		section.addClassName("editor-section");
		if (solution == null) {
			section.add(new Paragraph(view.getTranslation("catalogue.editor.save-before-files")));
			return section;
		}
		var upload = Uploads.streaming(view, IMAGE_MAX_BYTES, "images",
				(fileName, content) -> management.addImage(solution.id(), fileName, content),
				outcomes(view, "catalogue.editor.image-added"));
		upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
		upload.setId("solution-image-upload");
		section.add(new Paragraph(view.getTranslation("catalogue.editor.images-help", Solution.MAX_IMAGES)), upload,
				imageList(view, solution));
		return section;
	}

	private Div imageList(Component view, ManagedSolution solution) {
		var list = new UnorderedList();
		list.addClassName("image-list");
		var total = solution.images().size();
		for (var i = 0; i < total; i++) {
			var image = solution.images().get(i);
			var remove = remove(view, image.fileName(), () -> management.removeImage(solution.id(), image.id()));
			var picture = new Image(CatalogueNavigation.imagePath(solution.reference(), image.id()),
					view.getTranslation("catalogue.solution.picture", name.get(), i + 1, total));
			picture.addClassName("solution-thumbnail");
			list.add(new ListItem(picture,
					new Span(image.fileName() + " (" + image.width() + " × " + image.height() + ")"), remove));
		}
		return new Div(list);
	}

	Section brochure(Component view, @Nullable ManagedSolution solution) {
		var section = new Section(new H2(view.getTranslation("catalogue.field.brochure")));
		section.addClassName("editor-section");
		if (solution == null) {
			return section;
		}
		var upload = Uploads.streaming(view, BROCHURE_MAX_BYTES, "brochure",
				(fileName, content) -> management.attachBrochure(solution.id(), fileName, content),
				outcomes(view, "catalogue.editor.brochure-added"));
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setId("solution-brochure-upload");
		var brochure = new Div();
		var file = solution.brochure();
		if (file != null) {
			var link = new Anchor(CatalogueNavigation.brochurePath(solution.reference(), file.id()),
					view.getTranslation("catalogue.solution.brochure-link", file.fileName(), file.pages()));
			link.setRouterIgnore(true);
			brochure.add(
					new Paragraph(link, remove(view, file.fileName(), () -> management.removeBrochure(solution.id()))));
		}
		section.add(new Paragraph(view.getTranslation("catalogue.editor.brochure-help")), upload, brochure);
		return section;
	}

	private Button remove(Component view, String fileName, Runnable removal) {
		var remove = new Button(view.getTranslation("catalogue.editor.remove"), click -> {
			removal.run();
			changed.run();
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		remove.setAriaLabel(view.getTranslation("catalogue.editor.remove-named", fileName));
		return remove;
	}

	private Uploads.Outcomes outcomes(Component view, String storedKey) {
		return new Uploads.Outcomes() {

			@Override
			public void stored(String fileName) {
				Notifications.success(view.getTranslation(storedKey, fileName));
				changed.run();
			}

			@Override
			public void refused(String fileName, InvalidInput reason) {
				var problem = reason.problems().get(0);
				Notifications.error(view.getTranslation(problem.messageKey(), problem.arguments().toArray()));
			}

		};
	}

}
