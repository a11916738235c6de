/**
 * The public site: server-rendered pages (Spring MVC and Thymeleaf) for everyone, signed
 * in or not, in the language of their address, without a session for anonymous visitors
 * and cacheable by browsers and shared caches. A controller annotated
 * {@link org.pilotbridge.shared.web.PublicController} gets the layout, the address's
 * language, the caching rules and the stateless security chain; modules add their
 * sections to the navigation ({@link org.pilotbridge.shared.web.PublicSection}) and to
 * the home page ({@link org.pilotbridge.shared.web.HomeSection}).
 *
 * @see "docs/decisions/DD021-20261207-public-site.md"
 */
@NamedInterface("web")
@NullMarked
package org.pilotbridge.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
