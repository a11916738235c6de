package org.pilotbridge.proposal.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;

import org.pilotbridge.challenge.ProposalDeadlinePassed;
import org.pilotbridge.proposal.Proposal;
import org.pilotbridge.proposal.ProposalAttachment;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.Uploads;

/**
 * The PDFs of the working copy: Vaadin's upload with its progress bar, and the files
 * attached so far, each with a download link and a button to take it out. The upload
 * streams straight into {@link ProposalManagement#attach}, which checks the file while it
 * reads it ({@link Uploads#streaming}); what it or the server refuses is said next to the
 * upload, in the person's language.
 */
final class AttachmentsSection extends Section {

	private final ProposalManagement management;

	private final Runnable changed;

	private final Upload upload;

	private final Paragraph error = new Paragraph();

	private final UnorderedList files = new UnorderedList();

	private ProposalId proposal;

	AttachmentsSection(ProposalManagement management, Runnable changed) {
		this.management = management;
		this.changed = changed;
		setId("proposal-attachments");
		addClassName("editor-section");
		upload = Uploads.streaming(this, Proposal.ATTACHMENT_MAX_BYTES, "attachments",
				(fileName, content) -> management.attach(proposal, fileName, content), new Uploads.Outcomes() {

					@Override
					public void stored(String fileName) {
						error.setVisible(false);
						uploaded();
					}

					@Override
					public void refused(String fileName, InvalidInput reason) {
						showError(reason);
						uploaded();
					}

				});
		upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setId("proposal-upload");
		error.addClassName("alert-error");
		error.setId("proposal-attachments-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);
		files.setId("proposal-files");
		add(new H2(getTranslation("proposal.form.section.attachments")),
				new Paragraph(getTranslation("proposal.form.attachments-help", Proposal.MAX_ATTACHMENTS,
						Proposal.ATTACHMENT_MAX_BYTES / (1024 * 1024),
						Proposal.ATTACHMENTS_MAX_TOTAL_BYTES / (1024 * 1024), Proposal.ATTACHMENT_MAX_PAGES)),
				upload, error, files);
	}

	void show(ProposalId proposal, List<ProposalAttachment> attachments, boolean readOnly) {
		this.proposal = proposal;
		upload.setVisible(!readOnly && attachments.size() < Proposal.MAX_ATTACHMENTS);
		upload.setMaxFiles(Math.max(1, Proposal.MAX_ATTACHMENTS - attachments.size()));
		files.removeAll();
		if (attachments.isEmpty()) {
			files.add(new ListItem(getTranslation("proposal.form.no-attachments")));
		}
		for (var attachment : attachments) {
			var link = new Anchor(ProposalLinks.attachment(proposal, attachment.id()), attachment.fileName());
			link.setRouterIgnore(true);
			var item = new ListItem(link, new Span(" " + getTranslation("proposal.form.attachment-facts",
					megabytes(attachment.size()), attachment.pages())));
			if (!readOnly) {
				var remove = new Button(getTranslation("proposal.form.remove-attachment"), click -> {
					try {
						management.detach(proposal, attachment.id());
					}
					catch (ProposalDeadlinePassed passed) {
						// The view reloads read-only below.
					}
					catch (InvalidInput gone) {
						showError(gone);
					}
					changed.run();
				});
				remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
				remove.setAriaLabel(getTranslation("proposal.form.remove-attachment-named", attachment.fileName()));
				item.add(remove);
			}
			files.add(item);
		}
	}

	private void uploaded() {
		upload.clearFileList();
		changed.run();
	}

	private void showError(InvalidInput invalid) {
		var problem = invalid.problems().get(0);
		error.setText(getTranslation(problem.messageKey(), problem.arguments().toArray()));
		error.setVisible(true);
	}

	/** Shows a problem of the files found when submitting. */
	/** Where a problem of the files is fixed: the upload. */
	com.vaadin.flow.component.Component uploadField() {
		return upload;
	}

	void showProblem(String text) {
		error.setText(text);
		error.setVisible(true);
	}

	void clearProblem() {
		error.setVisible(false);
	}

	private String megabytes(long bytes) {
		return String.format(getLocale() == null ? Locale.ENGLISH : getLocale(), "%.1f", bytes / (1024.0 * 1024.0));
	}

}
