package org.pilotbridge.challenge.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ManagedChallenge;
import org.pilotbridge.document.PdfLimits;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Notifications;
import org.pilotbridge.shared.ui.Uploads;

/**
 * The PDF files of a challenge, once it is saved: an upload and the files with a button
 * to remove each; on a published challenge each change goes into its public change log.
 */
class ChallengeAttachments extends Section {

	private final ChallengeManagement management;

	private final ChallengeQuery query;

	private final Consumer<ManagedChallenge> changed;

	private final Div files = new Div();

	ChallengeAttachments(ChallengeManagement management, ChallengeQuery query, @Nullable ManagedChallenge challenge,
			Consumer<ManagedChallenge> changed) {
		this.management = management;
		this.query = query;
		this.changed = changed;
		add(new H2(getTranslation("challenge.field.attachments")));
		if (challenge == null) {
			add(new Paragraph(getTranslation("challenge.editor.save-before-attaching")));
			return;
		}
		var challengeId = challenge.id();
		var reason = challenge.state() == ChallengeState.PUBLISHED
				? getTranslation("challenge.editor.attachment-added-reason") : null;
		var upload = Uploads.streaming(this, PdfLimits.DEFAULT.maxBytes(), "attachments",
				(fileName, content) -> management.attach(challengeId, fileName, content, reason),
				new Uploads.Outcomes() {

					@Override
					public void stored(String fileName) {
						Notifications.success(getTranslation("challenge.editor.attached", fileName));
						show(query.managed(challengeId));
					}

					@Override
					public void refused(String fileName, InvalidInput invalid) {
						Notifications.error(invalid);
					}

				});
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setId("challenge-attachment-upload");
		add(new Paragraph(getTranslation("challenge.editor.attachments-help")), upload, files);
		list(challenge);
	}

	private void show(ManagedChallenge challenge) {
		changed.accept(challenge);
		list(challenge);
	}

	private void list(ManagedChallenge challenge) {
		files.removeAll();
		var list = new UnorderedList();
		challenge.attachments().forEach(attachment -> {
			var remove = new Button(getTranslation("challenge.editor.remove-attachment"), click -> {
				management.detach(challenge.id(), attachment.id(), challenge.state() == ChallengeState.PUBLISHED
						? getTranslation("challenge.editor.attachment-removed-reason") : null);
				show(query.managed(challenge.id()));
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			remove.setAriaLabel(getTranslation("challenge.editor.remove-attachment-named", attachment.fileName()));
			list.add(new ListItem(new Span(attachment.fileName()), remove));
		});
		files.add(list);
	}

}
