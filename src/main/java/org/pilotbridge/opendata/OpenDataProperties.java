package org.pilotbridge.opendata;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open-data module.
 *
 * @param ocidPrefix the OCDS prefix registered with the Open Contracting Partnership;
 * every {@code ocid} is this prefix, a dash and the challenge reference. Changing it
 * later leaves the releases already published as they are.
 * @param publishBidderNames whether award releases name every organisation that submitted
 * a proposal (as tenderers), not only the winners
 * @param publisherName the publisher named in every release and record package
 * @param license the licence of the data, named in every package
 * @param publicationPolicy where the publication policy is described, if anywhere
 * @param cacheMaxAge how long clients and proxies may reuse a response without asking
 * again
 * @param feedSize the most entries a feed holds
 * @param standstillCheckInterval how often pending awards are checked for the end of
 * their standstill
 * @param rateLimit the fair share of each client
 */
@ConfigurationProperties("pilotbridge.opendata")
record OpenDataProperties(@DefaultValue("ocds-pilotbridge") String ocidPrefix,
		@DefaultValue("false") boolean publishBidderNames, @DefaultValue("Pilotbridge") String publisherName,
		@DefaultValue("https://creativecommons.org/publicdomain/zero/1.0/") URI license,
		@Nullable URI publicationPolicy, @DefaultValue("PT60S") Duration cacheMaxAge, @DefaultValue("50") int feedSize,
		@DefaultValue("PT1M") Duration standstillCheckInterval, @DefaultValue RateLimit rateLimit) {

	/** The identifier of the contracting process of a challenge. */
	String ocid(String reference) {
		return ocidPrefix + "-" + reference;
	}

	/**
	 * A token bucket per client address: {@code requests} per {@code period}, refilled
	 * gradually, on each node separately.
	 */
	record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("120") int requests,
			@DefaultValue("PT1M") Duration period) {
	}

}
