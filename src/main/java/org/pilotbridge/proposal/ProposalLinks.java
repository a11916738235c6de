package org.pilotbridge.proposal;

/**
 * The paths at which {@code ProposalDownloads} serves files, for views and e-mails. Whoever follows
 * one gets the file only if the services let them read it.
 */
public final class ProposalLinks {

	private ProposalLinks() {
	}

	public static String attachment(ProposalId proposal, ProposalAttachmentId attachment) {
		return "/proposals/" + proposal + "/attachments/" + attachment;
	}

	public static String receipt(ProposalId proposal, int version) {
		return "/proposals/" + proposal + "/versions/" + version + "/receipt";
	}

}
