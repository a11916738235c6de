/**
 * What the open-data module needs from other modules and cannot learn from events: the
 * {@code evaluation} module implements {@link org.pilotbridge.opendata.spi.AwardDetails} so that award
 * releases carry the winners, the amounts and the standstill period.
 */
@NamedInterface("spi")
@NullMarked
package org.pilotbridge.opendata.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
