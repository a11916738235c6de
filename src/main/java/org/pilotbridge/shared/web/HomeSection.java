package org.pilotbridge.shared.web;

import java.util.Optional;

/**
 * A part of the home page that a module contributes, such as the open challenges closing
 * soonest: a Thymeleaf fragment of the module's templates and what it shows. Declared as
 * a bean.
 */
public interface HomeSection {

	/** Lower values come first, after the introduction. */
	int order();

	/**
	 * What the section shows on this page, or empty to leave it out. Tell the page when
	 * what it shows changes next ({@link PublicPage#changesAt}), so that it is never
	 * cached beyond.
	 */
	Optional<Shown> show(PublicPage page);

	/**
	 * @param template the template holding the section as a fragment named
	 * {@code home-section(content)}, such as {@code challenge/home}
	 * @param content what the fragment shows
	 */
	record Shown(String template, Object content) {
	}

}
