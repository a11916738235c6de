package org.pilotbridge.proposal;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a PDF was attached to the working copy of a proposal. Its name is not in
 * the event: like the file, it stays sealed.
 */
public record ProposalAttachmentAdded(ProposalId proposal, ProposalAttachmentId attachment, String sha256,
		AuditRecord auditRecord) implements AuditableEvent {
}
