/**
 * What other modules provide to the proposal module: who, besides the agency's challenge managers,
 * may read the proposals of a closed challenge. Modules that implement it declare
 * {@code allowedDependencies = "proposal :: spi"}.
 */
@NamedInterface("spi")
@NullMarked
package org.pilotbridge.proposal.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
