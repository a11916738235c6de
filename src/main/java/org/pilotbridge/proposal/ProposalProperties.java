package org.pilotbridge.proposal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the proposal module.
 *
 * @param concurrentWrites how many changes of proposals (saves, uploads, submissions,
 * withdrawals) run at once on one node; each may need two pooled connections at the
 * deadline, so keep it well under half of
 * {@code spring.datasource.hikari.maximum-pool-size}. Uploaded files are written before
 * their change with an upload permit each
 * ({@code pilotbridge.request-body.concurrent-uploads}, one pooled connection each); keep
 * twice the writes plus the uploads under the pool size.
 */
@ConfigurationProperties("pilotbridge.proposal")
record ProposalProperties(@DefaultValue("4") int concurrentWrites) {

	ProposalProperties {
		if (concurrentWrites < 1) {
			throw new IllegalArgumentException("pilotbridge.proposal.concurrent-writes must be at least 1");
		}
	}

}
