package org.pilotbridge.shared.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the header of a public page shows it: implemented by the identity
 * module. Called only for a request that carries a session already; it must never create
 * one.
 */
public interface AccountArea {

	/** The signed-in person's account menu, or empty for a visitor. */
	Optional<Account> signedIn();

	/**
	 * @param name the person's name, unknown while the database cannot be reached
	 * @param organisation the organisation they act for, if any
	 * @param links their pages in the workspace, in menu order
	 */
	record Account(@Nullable String name, @Nullable String organisation, List<Link> links) {

		public Account {
			links = List.copyOf(links);
		}

	}

	/** A page of the workspace: its name's message key and its address. */
	record Link(String titleKey, String href) {
	}

}
