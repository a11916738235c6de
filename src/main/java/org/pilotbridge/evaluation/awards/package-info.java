/**
 * The published facts of an award decision, which the {@code evaluation} module offers to
 * the modules downstream of it that publish awards (the {@code opendata} module declares
 * {@code allowedDependencies = "evaluation :: awards"}): when the decision was taken,
 * when the standstill period ends, the winners with their amounts and every bidder.
 * Nothing else of the evaluation is visible through it.
 *
 * @see "Design decision: docs/decisions/DD028-20261207-module-contracts.md"
 */
@NamedInterface("awards")
@NullMarked
package org.pilotbridge.evaluation.awards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
