package org.pilotbridge.shared.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.SiteProperties;

/**
 * The shell around every view: a header with the brand and the language switcher, a navigation built
 * from the {@code @Menu} routes the visitor may open, and a skip link to the main content.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final SideNav navigation = new SideNav();

	private final Div viewSlot = new Div();

	private final SiteProperties site;

	private final List<HeaderContribution> contributions;

	public MainLayout(SiteProperties site, List<HeaderContribution> contributions) {
		this.site = site;
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(HeaderContribution::order)).toList();
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
		var brand = new RouterLink();
		brand.add(logo, new Span("Pilotbridge"));
		brand.setRoute(HomeView.class);
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
	 * A part of the header, or none when the database cannot be reached, so that the page can still
	 * say that the service is briefly unavailable.
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
		var links = new UnorderedList(
				new ListItem(new RouterLink(getTranslation("accessibility.title"), AccessibilityStatementView.class)),
				new ListItem(new Anchor("mailto:" + contactAddress(), getTranslation("layout.contact"))));
		var footer = new Footer(links, new Paragraph(getTranslation("layout.footer.tagline")));
		footer.addClassName("site-footer");
		return footer;
	}

	private String contactAddress() {
		return site.contactEmail();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		// Entries depend on who is signed in, so the navigation is rebuilt after each navigation.
		navigation.removeAll();
		MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
	}

	private SideNavItem item(MenuEntry entry) {
		var item = new SideNavItem(getTranslation(entry.title()), entry.path());
		if (entry.icon() != null) {
			var names = entry.icon().split(":");
			item.setPrefixComponent(new Icon(names[0], names[1]));
		}
		return item;
	}

}
