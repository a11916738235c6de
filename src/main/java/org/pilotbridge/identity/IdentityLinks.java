package org.pilotbridge.identity;

/**
 * The addresses of the identity module's pages and views that other modules link to
 * (e-mails, menus). {@code LinksResolveTests} checks that each is served.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public final class IdentityLinks {

	private IdentityLinks() {
	}

	/** The page that sends a link to choose a new password. */
	public static String forgotPassword() {
		return "/account/forgot-password";
	}

	/** The page to open an account. */
	public static String register() {
		return "/account/register";
	}

	/** The person's active organisation: its members, invitations and join requests. */
	public static String organisation() {
		return "/organisation";
	}

}
