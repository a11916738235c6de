/**
 * Open data: everything public about challenges and awards, for anyone to reuse. The
 * module listens to the events of the {@code challenge} module and publishes an immutable
 * OCDS 1.1 release for each public step of a challenge; it serves the releases, compiled
 * records, a public JSON API with its OpenAPI document, Atom feeds, CSV exports and the
 * sitemap. Nothing is published that is not already public: no drafts, no proposals, no
 * people, no bidder before the award. The sitemap also lists the solutions of the
 * catalogue and the market consultations
 * ({@link org.pilotbridge.catalogue.SolutionDirectory},
 * {@link org.pilotbridge.consultation.ConsultationDirectory}). It reads the winners,
 * amounts, standstill and bidders of an award from the {@code evaluation} module's named
 * interface {@code awards} ({@link org.pilotbridge.evaluation.awards.AwardDetails}) and
 * nothing else of that module; the {@code pilot} module's events and
 * {@link org.pilotbridge.pilot.PilotDirectory} make pilots OCDS contracts. No module
 * depends on it.
 *
 * @see "Design decision: docs/decisions/DD007-20261125-open-data.md"
 * @see "Design decision: docs/decisions/DD028-20261207-module-contracts.md"
 */
@ApplicationModule(displayName = "Open data",
		allowedDependencies = { "challenge", "catalogue", "consultation", "pilot", "identity", "audit",
				"evaluation :: awards" })
@NullMarked
package org.pilotbridge.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
