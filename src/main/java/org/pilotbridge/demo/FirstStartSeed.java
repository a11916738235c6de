package org.pilotbridge.demo;

/**
 * Data written on the first start of the embedded database, before the application serves
 * anyone ({@link DemoSeeding}): the demo, and when it is built in (Maven profile
 * {@code volume}), the volume data set. Seeds run in their
 * {@link org.springframework.core.annotation.Order}.
 */
interface FirstStartSeed {

	/** Writes the data unless a previous start wrote it already. */
	void seedOnFirstStart();

}
