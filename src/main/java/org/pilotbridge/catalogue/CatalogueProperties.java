package org.pilotbridge.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the catalogue module.
 *
 * @param imageMaxSize the largest image file accepted
 * @param imageMaxPixels the most pixels (width × height) an image may have, checked
 * before it is decoded
 * @param imageMaxSide the longest side of a stored image: larger images are scaled down
 * @param matchMinSharedWords how many distinct words (stemmed, without stop words) the
 * title and summary of a new challenge must share with a published solution for the
 * solution to match it by its text; a shared CPV division is a match on its own
 */
@ConfigurationProperties("pilotbridge.catalogue")
record CatalogueProperties(@DefaultValue("5MB") DataSize imageMaxSize, @DefaultValue("40000000") long imageMaxPixels,
		@DefaultValue("1600") int imageMaxSide, @DefaultValue("2") int matchMinSharedWords) {
}
