package org.pilotbridge.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.PublicPaths;

/**
 * One page of the public site as it is being served: its language (from its address),
 * what it says of itself to search engines and link previews, the site's navigation and
 * language links, the visitor's account menu, and until when it may be cached. A
 * controller of the public site takes it as an argument, describes the page
 * ({@link #title}, {@link #description}, …) and says when what it shows changes next
 * ({@link #changesAt}); the layout ({@code templates/public/layout.html}) reads it as
 * {@code page}.
 */
public final class PublicPage {

	/**
	 * Where a link preview's picture is drawn to, in pixels (the Open Graph
	 * recommendation).
	 */
	public static final int IMAGE_WIDTH = 1200;

	public static final int IMAGE_HEIGHT = 630;

	/**
	 * The request attribute holding the page's {@link Language}, which the locale
	 * resolver reads first.
	 */
	public static final String LANGUAGE_ATTRIBUTE = PublicPage.class.getName() + ".language";

	private static final String SITE_NAME = "Pilotbridge";

	private final Language language;

	private final String path;

	private final @Nullable String query;

	private final PublicLinks links;

	private final List<PublicSection> sections;

	private final Supplier<Optional<AccountArea.Account>> accounts;

	private final String contactEmail;

	private final MessageSource messages;

	private @Nullable Optional<AccountArea.Account> account;

	private String title = SITE_NAME;

	private String documentTitle = SITE_NAME;

	private String description = "";

	private String type = "website";

	private @Nullable String image;

	private @Nullable String canonicalQuery;

	private boolean indexable = true;

	private @Nullable Instant nextChange;

	PublicPage(Language language, String path, @Nullable String query, PublicLinks links, List<PublicSection> sections,
			Supplier<Optional<AccountArea.Account>> accounts, String contactEmail, MessageSource messages) {
		this.language = language;
		this.path = path;
		this.query = query == null || query.isBlank() ? null : query;
		this.links = links;
		this.sections = sections.stream().sorted(Comparator.comparingInt(PublicSection::order)).toList();
		this.accounts = accounts;
		this.contactEmail = contactEmail;
		this.messages = messages;
	}

	/** The page's language, as its address says. */
	public Language language() {
		return language;
	}

	public Locale locale() {
		return language.locale();
	}

	/**
	 * The page's address without its language prefix, such as
	 * {@code /challenges/CH-2026-0042}.
	 */
	public String path() {
		return path;
	}

	/** The address of this very page as requested, language prefix and query included. */
	public String here() {
		return PublicPaths.of(language, path) + (query == null ? "" : "?" + query);
	}

	/** The address of another public page in this page's language. */
	public String to(String englishPath) {
		return PublicPaths.of(language, englishPath);
	}

	/** A text of the bundles in the page's language. */
	public String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, language.locale());
	}

	/**
	 * Names the page: in the browser's tab as "title · Pilotbridge", and in link
	 * previews.
	 */
	public PublicPage title(String title) {
		this.title = title;
		this.documentTitle = title + " · " + SITE_NAME;
		return this;
	}

	/**
	 * Names the page with a title that already names the site, such as the home page's.
	 */
	public PublicPage siteTitle(String documentTitle) {
		this.title = documentTitle;
		this.documentTitle = documentTitle;
		return this;
	}

	/** What search engines and link previews show under the title: plain text. */
	public PublicPage description(String description) {
		this.description = description;
		return this;
	}

	/**
	 * The kind of page for link previews: {@code website} by default, {@code article} for
	 * a challenge.
	 */
	public PublicPage type(String type) {
		this.type = type;
		return this;
	}

	/**
	 * The picture a link preview shows, {@value #IMAGE_WIDTH} by {@value #IMAGE_HEIGHT}
	 * pixels, at an address of the site in this page's language, such as
	 * {@code /cards/challenges/CH-2026-0042.png}.
	 */
	public PublicPage image(String englishPath) {
		this.image = links.to(language, englishPath);
		return this;
	}

	/**
	 * The query that belongs to the page's canonical address (a search, a page of
	 * results); without it, the canonical address has none.
	 */
	public PublicPage canonicalQuery(@Nullable String query) {
		this.canonicalQuery = query == null || query.isBlank() ? null : query;
		return this;
	}

	/** Keeps the page out of search engines (error pages). */
	public PublicPage notIndexed() {
		this.indexable = false;
		return this;
	}

	/**
	 * Tells the page when what it shows changes next (a deadline passes): it is not
	 * cached beyond. The earliest of several moments counts.
	 */
	public PublicPage changesAt(@Nullable Instant moment) {
		if (moment != null && (nextChange == null || moment.isBefore(nextChange))) {
			nextChange = moment;
		}
		return this;
	}

	public String title() {
		return title;
	}

	public String documentTitle() {
		return documentTitle;
	}

	public String description() {
		return description;
	}

	public String type() {
		return type;
	}

	public @Nullable String image() {
		return image;
	}

	public int imageWidth() {
		return IMAGE_WIDTH;
	}

	public int imageHeight() {
		return IMAGE_HEIGHT;
	}

	public boolean indexable() {
		return indexable;
	}

	public @Nullable Instant nextChange() {
		return nextChange;
	}

	/** The page's own address, absolute, in its language, with its canonical query. */
	public String canonical() {
		return address(language);
	}

	/**
	 * The page in each language, and {@code x-default} for a visitor whose language is
	 * none of them.
	 */
	public List<Alternate> alternates() {
		var alternates = new java.util.ArrayList<Alternate>();
		Arrays.stream(Language.values()).forEach(other -> alternates.add(new Alternate(other.code(), address(other))));
		alternates.add(new Alternate("x-default", address(PublicPaths.DEFAULT_LANGUAGE)));
		return alternates;
	}

	private String address(Language in) {
		return links.to(in, path) + (canonicalQuery == null ? "" : "?" + canonicalQuery);
	}

	/** This page in each language, for the language links of the header. */
	public List<LanguageLink> languageLinks() {
		return Arrays.stream(Language.values())
			.map(other -> new LanguageLink(other.code(), other.nativeName(),
					PublicPaths.of(other, path) + (query == null ? "" : "?" + query), other == language))
			.toList();
	}

	/** The sections of the site, the current one marked. */
	public List<NavigationItem> navigation() {
		return sections.stream().map(section -> {
			var href = section.inEveryLanguage() ? PublicPaths.of(language, section.path()) : section.path();
			var current = "/".equals(section.path()) ? "/".equals(path)
					: path.equals(section.path()) || path.startsWith(section.path() + "/");
			return new NavigationItem(section.titleKey(), href, current);
		}).toList();
	}

	/**
	 * The signed-in person's account menu; empty for a visitor. Read once, from an
	 * existing session only.
	 */
	public Optional<AccountArea.Account> account() {
		if (account == null) {
			account = accounts.get();
		}
		return account;
	}

	public boolean signedIn() {
		return account().isPresent();
	}

	public String contactEmail() {
		return contactEmail;
	}

	/**
	 * What caches may do with the page: nothing with a signed-in person's page
	 * ({@code private,
	 * no-store}); keep a visitor's for {@code maxAge} and serve it stale while
	 * revalidating for {@code staleWhileRevalidate}, but never beyond the moment what it
	 * shows changes.
	 */
	String cacheControl(Instant now, Duration maxAge, Duration staleWhileRevalidate) {
		if (signedIn()) {
			return "private, no-store";
		}
		var fresh = maxAge.toSeconds();
		var stale = staleWhileRevalidate.toSeconds();
		if (nextChange != null) {
			var until = Duration.between(now, nextChange).toSeconds();
			if (until < 1) {
				return "no-cache";
			}
			fresh = Math.min(fresh, until);
			stale = Math.min(stale, until - fresh);
		}
		return "public, max-age=" + fresh + (stale > 0 ? ", stale-while-revalidate=" + stale : "");
	}

	/** An alternate address of the page: {@code hreflang} and absolute {@code href}. */
	public record Alternate(String hreflang, String href) {
	}

	public record LanguageLink(String code, String name, String href, boolean current) {
	}

	public record NavigationItem(String titleKey, String href, boolean current) {
	}

}
