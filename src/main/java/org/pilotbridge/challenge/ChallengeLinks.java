package org.pilotbridge.challenge;

/**
 * The addresses of this module's pages and views, for every module that links to a
 * challenge (views, e-mails, pages): the public list and pages are the public site's, in
 * English (prefix them with {@link org.pilotbridge.shared.PublicPaths#of} for another
 * language); the rest are views of the workspace. Links to downstream modules' views are
 * contributed by those modules ({@link ChallengeContribution}); {@code LinksResolveTests}
 * checks that every address here is served.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public final class ChallengeLinks {

	private ChallengeLinks() {
	}

	/** The public list, {@code /challenges}. */
	public static String list() {
		return "/challenges";
	}

	/** The public page of a challenge, such as {@code /challenges/CH-2026-0042}. */
	public static String page(String reference) {
		return list() + "/" + reference;
	}

	/** A document attached to a public challenge. */
	public static String attachment(String reference, AttachmentId attachment) {
		return page(reference) + "/attachments/" + attachment;
	}

	/** The agency's dashboard, {@code /agency}. */
	public static String dashboard() {
		return "/agency";
	}

	/** Where the managers run a challenge, drafts included. */
	public static String manage(ChallengeId id) {
		return dashboard() + "/challenges/" + id;
	}

	/** Where the managers edit a draft or amend a published challenge. */
	public static String edit(ChallengeId id) {
		return manage(id) + "/edit";
	}

}
