package org.pilotbridge.pilot;

/**
 * The addresses of the pilots' views, for the modules that link to them (e-mails, the
 * challenge's pages through a contribution). The public results pages are
 * {@link PublicResults#pathOf}. {@code LinksResolveTests} checks that each is served.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public final class PilotLinks {

	private PilotLinks() {
	}

	/** The pilots the person takes part in, {@code /pilots}. */
	public static String myPilots() {
		return "/pilots";
	}

	/** The pilots of one challenge, by its reference. */
	public static String ofChallenge(String challengeReference) {
		return myPilots() + "?challenge=" + challengeReference;
	}

	/** Where the challenge's managers run a pilot, by the pilot's reference. */
	public static String manage(String reference) {
		return "/agency/pilots/" + reference;
	}

	/** Where the winning company follows its pilot and writes its account. */
	public static String company(String reference) {
		return "/company/pilots/" + reference;
	}

}
