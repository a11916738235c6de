/**
 * The append-only, hash-chained audit trail: every state change (through
 * {@link AuditableEvent}s) and every read of sealed content (through
 * {@link AuditTrail#record}) becomes an entry whose hash covers the previous entry, so
 * that any later change, insertion or deletion is detectable.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {})
@NullMarked
package org.pilotbridge.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
