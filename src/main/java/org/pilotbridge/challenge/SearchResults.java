package org.pilotbridge.challenge;

import java.util.List;

/**
 * One page of search results and how many there are in all.
 */
public record SearchResults(List<SearchHit> hits, long total, int offset, int limit) {
}
