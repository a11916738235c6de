package org.pilotbridge.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param spreadGap the difference in points between two evaluators' scores on one
 * criterion from which the chair's attention is drawn to it
 * @param justificationMinLength the fewest characters a justification may have
 */
@ConfigurationProperties("pilotbridge.evaluation")
record EvaluationProperties(@DefaultValue("2") int spreadGap, @DefaultValue("30") int justificationMinLength) {
}
