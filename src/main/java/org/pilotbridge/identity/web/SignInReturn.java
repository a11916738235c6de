package org.pilotbridge.identity.web;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The way from a public page into the workspace and back: a visitor who follows "Sign in"
 * from a public page comes here, is sent to sign in (the workspace's chain keeps this
 * address as the request to return to), and once signed in is sent back to the page, now
 * with their account menu. Only an address of this site is followed ({@code /…}, never
 * {@code //host} or {@code https:}); anything else leads to the start page. The browser
 * is told to drop the pages it kept while signed out, so that it does not show a
 * visitor's copy of the page to the person now signed in.
 */
@Controller
class SignInReturn {

	static final String PATH = "/sign-in/continue";

	/**
	 * A path of this site: a slash, then no second slash or backslash, no control
	 * character.
	 */
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\p{Cntrl}]*");

	@GetMapping(PATH)
	@PreAuthorize("isAuthenticated()")
	RedirectView continueTo(@RequestParam(defaultValue = "/welcome") String to, HttpServletResponse response) {
		response.setHeader("Clear-Site-Data", "\"cache\"");
		response.setHeader("Cache-Control", "no-store");
		var back = new RedirectView(isLocal(to) ? to : "/welcome", true);
		back.setExpandUriTemplateVariables(false);
		back.setExposeModelAttributes(false);
		return back;
	}

	static boolean isLocal(String target) {
		if (!LOCAL_PATH.matcher(target).matches()) {
			return false;
		}
		try {
			var uri = URI.create(target);
			return uri.getScheme() == null && uri.getRawAuthority() == null;
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

}
