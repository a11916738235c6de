package org.pilotbridge.security;

import java.util.Map;

/** The hostile corpus, for the tests of other packages. */
public final class HostileCorpus {

	private HostileCorpus() {
	}

	/** Every payload by name. */
	public static Map<String, String> values() {
		return HostileText.CORPUS;
	}

}
