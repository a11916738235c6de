package org.pilotbridge.challenge;

/**
 * How often someone hears of new challenges that match a saved search.
 */
public enum SavedSearchFrequency {

	IMMEDIATE, DAILY;

	public String messageKey() {
		return "challenge.frequency." + name();
	}

}
