package org.pilotbridge.catalogue.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicSection;

/**
 * The catalogue's sections in the public site's navigation; still views of the workspace, so one
 * address each.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueSections {

	@Bean
	PublicSection solutionsSection() {
		return new PublicSection(3, "catalogue.menu.solutions", "/solutions", false, "vaadin:lightbulb");
	}

	@Bean
	PublicSection consultationsSection() {
		return new PublicSection(5, "catalogue.menu.consultations", "/consultations", false, "vaadin:comments-o");
	}

}
