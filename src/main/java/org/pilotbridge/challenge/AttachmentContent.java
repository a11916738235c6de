package org.pilotbridge.challenge;

import org.pilotbridge.document.SafeFileName;

/**
 * A PDF to download, with a file name safe for a {@code Content-Disposition} header.
 * Serve it as an attachment of type {@code application/pdf} with
 * {@code X-Content-Type-Options: nosniff}.
 */
record AttachmentContent(SafeFileName fileName, byte[] content, String sha256) {
}
