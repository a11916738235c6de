package org.pilotbridge.shared.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.SiteProperties;
import org.pilotbridge.shared.web.PublicSection;

/**
 * The shell around every view of the workspace: a header with the brand and the language
 * switcher, a navigation with the public site's sections (in the visitor's language, see
 * {@link PublicSection}) and the {@code @Menu} routes the visitor may open, and a skip
 * link to the main content.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final SideNav navigation = new SideNav();

	private final Div viewSlot = new Div();

	private final SiteProperties site;

	private final List<HeaderContribution> contributions;

	private final List<PublicSection> sections;

	public MainLayout(SiteProperties site, List<HeaderContribution> contributions, List<PublicSection> sections) {
		this.site = site;
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(HeaderContribution::order)).toList();
		this.sections = List.copyOf(sections);
		setPrimarySection(Section.NAVBAR);
		addToNavbar(header());
		addToDrawer(new Scroller(new Nav(navigation)));
		viewSlot.addClassName("view-slot");
		var page = new Div(viewSlot, footer());
		page.addClassName("page-frame");
		setContent(page);
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		viewSlot.getElement().removeAllChildren();
		if (content != null) {
			viewSlot.getElement().appendChild(content.getElement());
		}
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		viewSlot.getElement().removeAllChildren();
	}

	private Header header() {
		var skipLink = new Anchor("#main-content", getTranslation("layout.skip-to-content"));
		skipLink.addClassName("skip-link");

		var toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("layout.menu"));

		var logo = new Image("images/logo.svg", "");
		logo.addClassName("brand-logo");
		var brand = publicLink("/", "");
		brand.removeAll();
		brand.add(logo, new Span("Pilotbridge"));
		brand.addClassName("brand");

		var tools = new Div();
		contributions.stream().map(MainLayout::create).filter(Objects::nonNull).forEach(tools::add);
		tools.add(new LanguageSwitcher());
		tools.addClassName("header-tools");

		var header = new Header(skipLink, toggle, brand, tools);
		header.addClassName("app-header");
		return header;
	}

	/**
	 * A part of the header, or none when the database cannot be reached, so that the page
	 * can still say that the service is briefly unavailable.
	 */
	private static @Nullable Component create(HeaderContribution contribution) {
		try {
			return contribution.create();
		}
		catch (RuntimeException failure) {
			if (DatabaseOutage.isCauseOf(failure)) {
				return null;
			}
			throw failure;
		}
	}

	/** The site footer under every page, also the keyboard's way through a long page. */
	private Footer footer() {
		var links = new UnorderedList(new ListItem(publicLink("/accessibility", getTranslation("accessibility.title"))),
				new ListItem(new Anchor("mailto:" + contactAddress(), getTranslation("layout.contact"))));
		var footer = new Footer(links, new Paragraph(getTranslation("layout.footer.tagline")));
		footer.addClassName("site-footer");
		return footer;
	}

	private String contactAddress() {
		return site.contactEmail();
	}

	/**
	 * A link to a page of the public site in the visitor's language, which the browser
	 * loads: the public site is not a view of the workspace.
	 */
	public static Anchor publicLink(String englishPath, String text) {
		var ui = UI.getCurrent();
		var language = ui == null ? PublicPaths.DEFAULT_LANGUAGE : Language.of(ui.getLocale());
		var link = new Anchor(PublicPaths.of(language, englishPath), text);
		link.setRouterIgnore(true);
		return link;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		// Entries depend on who is signed in, so the navigation is rebuilt after each
		// navigation.
		navigation.removeAll();
		var language = Language.of(getLocale());
		var items = new ArrayList<Item>();
		sections.forEach(section -> items.add(new Item(section.order(), section(section, language))));
		var publicPaths = sections.stream().map(section -> trimmed(section.path())).toList();
		MenuConfiguration.getMenuEntries()
			.stream()
			.filter(entry -> !publicPaths.contains(trimmed(entry.path())))
			.forEach(entry -> items.add(new Item(entry.order() == null ? Double.MAX_VALUE : entry.order(),
					item(getTranslation(entry.title()), entry.path(), entry.icon()))));
		items.stream().sorted(Comparator.comparingDouble(Item::order)).forEach(item -> navigation.addItem(item.item()));
	}

	private SideNavItem section(PublicSection section, Language language) {
		var item = item(getTranslation(section.titleKey()),
				section.inEveryLanguage() ? PublicPaths.of(language, section.path()) : section.path(), section.icon());
		// A page of the public site is loaded by the browser; a section still served by
		// the workspace is a view.
		item.setRouterIgnore(section.inEveryLanguage());
		return item;
	}

	private static SideNavItem item(String title, String path, @Nullable String icon) {
		var item = new SideNavItem(title, path);
		if (icon != null) {
			var names = icon.split(":");
			item.setPrefixComponent(new Icon(names[0], names[1]));
		}
		return item;
	}

	private static String trimmed(String path) {
		var trimmed = path.startsWith("/") ? path.substring(1) : path;
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private record Item(double order, SideNavItem item) {
	}

}
