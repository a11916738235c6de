package org.pilotbridge.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consultation module.
 *
 * @param minPeriod the least time between publishing a consultation and its close
 * @param referencePrefix the start of every consultation reference, as in
 * {@code MC-2026-0007}
 */
@ConfigurationProperties("pilotbridge.consultation")
record ConsultationProperties(@DefaultValue("P1D") Duration minPeriod, @DefaultValue("MC") String referencePrefix) {
}
