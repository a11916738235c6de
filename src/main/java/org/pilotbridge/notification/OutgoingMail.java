package org.pilotbridge.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail as rendered and kept in the outbox.
 *
 * @param status {@code PENDING} until delivered; {@code SENT}; {@code CAPTURED} when no
 * SMTP server is configured (the developer mailbox shows it); {@code FAILED} after too
 * many attempts
 */
public record OutgoingMail(UUID id, String recipient, String language, String template, String subject, String textBody,
		String htmlBody, String status, int attempts, Instant createdAt, @Nullable Instant sentAt,
		@Nullable String lastError) {
}
