package org.pilotbridge.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications.
 *
 * @param from the sender of every e-mail
 * @param maxAttempts how often delivery of an e-mail is tried before it is marked failed
 */
@ConfigurationProperties("pilotbridge.notification")
record NotificationProperties(@DefaultValue("Pilotbridge <no-reply@pilotbridge.example>") String from,
		@DefaultValue("10") int maxAttempts) {
}
