package org.pilotbridge.proposal;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a PDF was taken out of the working copy of a proposal; versions
 * submitted with it keep it.
 */
public record ProposalAttachmentRemoved(ProposalId proposal, ProposalAttachmentId attachment,
		AuditRecord auditRecord) implements AuditableEvent {
}
