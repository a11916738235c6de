package org.pilotbridge.identity.internal;

/**
 * The Content Security Policies of Pilotbridge's pages.
 * <p>
 * Vaadin's client (production bundle) injects inline styles, bootstraps from inline
 * scripts and runs the server's {@code executeJs} calls through {@code new Function}, so
 * the application's pages allow {@code 'unsafe-inline'} scripts and styles and
 * {@code 'unsafe-eval'}; what the policy still gives is that nothing is loaded from, sent
 * to or framed by another origin, no plugin runs, the base address and form targets
 * cannot be changed, and no other site frames the pages. User text never reaches the page
 * as HTML (see docs/security.md, V5), which is the defence against script injection that
 * the policy cannot be here. The provider's account pages have no script and no inline
 * style at all, and say so.
 */
public final class SecurityHeaders {

	/** The policy of the application's pages, its downloads and its public data. */
	public static final String APPLICATION_POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "media-src 'self'",
			"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/**
	 * The policy of the public site's pages: plain HTML, its styles and one optional
	 * script served as files of the site, no inline script or style, no plugin, framed by
	 * nobody.
	 */
	public static final String PUBLIC_SITE_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

	/** The policy of the built-in provider's pages: plain forms, no script at all. */
	public static final String ACCOUNT_PAGES_POLICY = String.join("; ", "default-src 'self'", "script-src 'none'",
			"style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
			"frame-ancestors 'none'");

	/**
	 * Features no page of Pilotbridge uses, turned off for them and anything they might
	 * embed.
	 */
	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

}
