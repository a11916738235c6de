package org.pilotbridge.catalogue.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicSection;

/**
 * The consultations' section in the public site's navigation; still a view of the workspace, so one
 * address. The solutions' section is the public site's ({@code catalogue.web}).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueSections {

	@Bean
	PublicSection consultationsSection() {
		return new PublicSection(5, "catalogue.menu.consultations", "/consultations", false, "vaadin:comments-o");
	}

}
