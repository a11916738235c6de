/**
 * PDF documents: what the application issues and what people upload. So far it offers
 * {@link SafeFileName}, which makes any file name safe for a download.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
@NullMarked
package org.pilotbridge.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
