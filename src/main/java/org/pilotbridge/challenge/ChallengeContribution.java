package org.pilotbridge.challenge;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a module that depends on this one adds to its pages and views: links to its own
 * views, which this module may not know (evaluation's panel, the pilots, the catalogue's
 * suggestions, the proposal form). Implementations are Spring beans; each decides from
 * the actions the challenge allows ({@link ChallengeAction}), never from its state, and
 * links with its own module's typed links. Texts are message keys.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public interface ChallengeContribution {

	/** Lower values come first. */
	int order();

	/** The contributions in the order pages show them. */
	static List<ChallengeContribution> inOrder(List<ChallengeContribution> contributions) {
		return contributions.stream().sorted(Comparator.comparingInt(ChallengeContribution::order)).toList();
	}

	/** Links among the actions of the page where the managers run a challenge. */
	default List<ContributedLink> manageActions(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		return List.of();
	}

	/** Sections of their own on that page, below the actions. */
	default List<ContributedSection> manageSections(ManagedChallenge challenge, Set<ChallengeAction> allowed) {
		return List.of();
	}

	/** Links on the agency's dashboard, for the challenge managers. */
	default List<ContributedLink> dashboardLinks() {
		return List.of();
	}

	/** Next steps offered to a company's member on a challenge's public page. */
	default List<ContributedLink> nextSteps(PublicChallenge challenge, Set<ChallengeAction> allowed) {
		return List.of();
	}

	/**
	 * A link to a view or page of the contributing module.
	 *
	 * @param id the element's id
	 * @param textKey the message key of its text
	 * @param href its address, from the contributing module's typed links
	 * @param download whether it is a file to download rather than a page, which the
	 * workspace's router must then leave to the browser
	 */
	record ContributedLink(String id, String textKey, String href, boolean download) {

		public ContributedLink(String id, String textKey, String href) {
			this(id, textKey, href, false);
		}

		/** A link to a file to download. */
		public static ContributedLink download(String id, String textKey, String href) {
			return new ContributedLink(id, textKey, href, true);
		}

	}

	/** A section with a heading, a help text and a link. */
	record ContributedSection(String headingKey, String helpKey, ContributedLink link) {
	}

}
