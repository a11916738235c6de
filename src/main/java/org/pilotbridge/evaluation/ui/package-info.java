/**
 * The evaluation's views: the evaluator's to-do list, the declarations, the scoring
 * screen with the proposal beside the criteria, the chair's progress, consensus and
 * decision screens, the panel's composition and the invitation. Thin over the module's
 * services, which check every right.
 */
@NullMarked
package org.pilotbridge.evaluation.ui;

import org.jspecify.annotations.NullMarked;
