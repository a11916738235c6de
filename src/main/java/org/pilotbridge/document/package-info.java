/**
 * PDF documents: {@link Documents} lays out receipts, letters, reports and challenge
 * sheets as PDF/A-3b in the reader's language, {@link PdfInspector} checks PDF files that
 * people upload before anything stores them, and {@link SafeFileName} makes any file name
 * safe for a download.
 *
 * @see "Design decision: docs/decisions/DD003-20261125-pdf-documents.md"
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
@NullMarked
package org.pilotbridge.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
