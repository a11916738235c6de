package org.pilotbridge.opendata;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How a node keeps the JSON of the public challenge API it rendered: the records of
 * challenges and the pages of searches, each as bytes with their entity tag, rendered
 * again at once after a change made on this node or when a deadline passes.
 *
 * @param timeToLive how long an answer is kept at most: how long a change made on another
 * node may go unseen here (clients and proxies may already reuse an answer for
 * {@code pilotbridge.opendata.cache-max-age})
 * @param maximumSize the most bytes kept, records and searches each
 */
@ConfigurationProperties("pilotbridge.opendata.api-cache")
record ApiCacheProperties(@DefaultValue("PT30S") Duration timeToLive, @DefaultValue("32MB") DataSize maximumSize) {
}
