package org.pilotbridge.shared.web;

import java.util.Comparator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.pilotbridge.shared.PublicPaths;

/**
 * The site's own pages: the home page (what the platform is, the sections modules add,
 * how it works, for whom) and the accessibility statement required of public-sector
 * websites (Directive (EU) 2016/2102).
 */
@PublicController
class SitePages {

	private final ObjectProvider<HomeSection> sections;

	SitePages(ObjectProvider<HomeSection> sections) {
		this.sections = sections;
	}

	@GetMapping({ "/", PublicPaths.IN_LANGUAGE, PublicPaths.IN_LANGUAGE + "/" })
	String home(PublicPage page, Model model) {
		page.siteTitle(page.message("home.title")).description(page.message("home.lead"));
		model.addAttribute("sections",
				sections.stream()
					.sorted(Comparator.comparingInt(HomeSection::order))
					.flatMap(section -> section.show(page).stream())
					.toList());
		return "public/home";
	}

	@GetMapping({ "/accessibility", PublicPaths.IN_LANGUAGE + "/accessibility" })
	String accessibility(PublicPage page) {
		page.title(page.message("accessibility.title")).description(page.message("accessibility.intro"));
		return "public/accessibility";
	}

}
