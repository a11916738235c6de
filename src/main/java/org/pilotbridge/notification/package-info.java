/**
 * E-mail and in-app notifications. The module listens to the events of the other modules and tells
 * the people concerned, in their language. E-mails go through an outbox table, so that none is lost
 * when the application stops and none is sent twice by two nodes.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package org.pilotbridge.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
