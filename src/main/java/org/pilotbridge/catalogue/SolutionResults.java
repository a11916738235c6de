package org.pilotbridge.catalogue;

import java.util.List;

/**
 * One page of catalogue search results and how many there are in all.
 */
public record SolutionResults(List<SolutionHit> hits, long total, int offset, int limit) {
}
