package org.pilotbridge.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the volume data set (profile {@code volume}, see docs/benchmarks.md).
 *
 * @param enabled whether to generate it on the first start of the embedded database
 * @param scale the share of the full size to generate: 1 means 200 agencies, 5,000 companies,
 * 10,000 challenges and 50,000 proposals; every count is rounded up, and there are at least four
 * agencies (one per language) and one challenge in each state when there are seven challenges or more
 * @param workers how many threads call the services at once
 * @param exitWhenDone whether to stop the application once the data set is complete, for scripts
 * @param seed the seed of every random choice, so that two runs generate the same data set
 */
@ConfigurationProperties("pilotbridge.volume")
record VolumeProperties(@DefaultValue("false") boolean enabled, @DefaultValue("1.0") double scale,
		@DefaultValue("2") int workers, @DefaultValue("false") boolean exitWhenDone, @DefaultValue("42") long seed) {

	VolumeProperties {
		if (!(scale > 0 && scale <= 10)) {
			throw new IllegalArgumentException("pilotbridge.volume.scale must be above 0 and at most 10");
		}
		if (workers < 1) {
			throw new IllegalArgumentException("pilotbridge.volume.workers must be at least 1");
		}
	}

}
