package org.pilotbridge.proposal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the proposal module.
 *
 * @param concurrentWrites how many changes of proposals (saves, uploads, submissions, withdrawals)
 * run at once on one node; each may need two pooled connections at the deadline, so keep it well
 * under half of {@code spring.datasource.hikari.maximum-pool-size}
 * @param concurrentUploads how many uploaded files are written to the database at once on one node,
 * each with one pooled connection, before they join the working copy (a change, see above); keep
 * twice the writes plus the uploads under the pool size
 */
@ConfigurationProperties("pilotbridge.proposal")
record ProposalProperties(@DefaultValue("4") int concurrentWrites, @DefaultValue("4") int concurrentUploads) {

	ProposalProperties {
		if (concurrentWrites < 1) {
			throw new IllegalArgumentException("pilotbridge.proposal.concurrent-writes must be at least 1");
		}
		if (concurrentUploads < 1) {
			throw new IllegalArgumentException("pilotbridge.proposal.concurrent-uploads must be at least 1");
		}
	}

}
