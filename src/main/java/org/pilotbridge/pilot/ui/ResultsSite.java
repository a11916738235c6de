package org.pilotbridge.pilot.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicSection;

/**
 * The Results section in the public site's navigation; still a view of the workspace, so one address.
 */
@Configuration(proxyBeanMethods = false)
class ResultsSite {

	@Bean
	PublicSection resultsSection() {
		return new PublicSection(6, "pilot.menu.results", "/results", false, "vaadin:chart");
	}

}
