package org.pilotbridge.challenge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicSection;

/**
 * The challenges' place on the public site: their section of the navigation (still views of the
 * workspace, so one address).
 */
@Configuration(proxyBeanMethods = false)
class ChallengeSite {

	@Bean
	PublicSection challengesSection() {
		return new PublicSection(1, "challenge.menu.list", "/challenges", false, "vaadin:search");
	}

}
