package org.pilotbridge.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of the public site. Its pages are served by the stateless security chain
 * (no session is created, a signed-in person's existing one is only read), speak the
 * language of their address (map each page also under
 * {@link org.pilotbridge.shared.PublicPaths#IN_LANGUAGE}), get the site's layout through
 * a {@link PublicPage} argument, and are cacheable for anonymous visitors
 * ({@code Cache-Control: public}, {@code ETag}) and never stored for signed-in people.
 * Its handler methods answer {@code GET} only: actions belong to the workspace.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PublicController {

	@AliasFor(annotation = Controller.class)
	String value() default "";

}
