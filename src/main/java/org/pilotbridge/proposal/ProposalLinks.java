package org.pilotbridge.proposal;

/**
 * The paths at which {@code ProposalDownloads} serves files, for views and e-mails, and
 * the proposal form. Whoever follows one gets the file only if the services let them read
 * it. {@code LinksResolveTests} checks that each is served.
 */
public final class ProposalLinks {

	private ProposalLinks() {
	}

	/** The proposal form of a company for a challenge, by the challenge's reference. */
	public static String form(String challengeReference) {
		return "/challenges/" + challengeReference + "/proposal";
	}

	public static String attachment(ProposalId proposal, ProposalAttachmentId attachment) {
		return "/proposals/" + proposal + "/attachments/" + attachment;
	}

	public static String receipt(ProposalId proposal, int version) {
		return "/proposals/" + proposal + "/versions/" + version + "/receipt";
	}

	/** The letter telling the company the outcome of its proposal, once final. */
	public static String outcomeLetter(ProposalId proposal) {
		return "/proposals/" + proposal + "/outcome-letter";
	}

	/** "My proposals", the company's dashboard. */
	public static String dashboard() {
		return "/proposals";
	}

}
