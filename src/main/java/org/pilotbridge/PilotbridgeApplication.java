package org.pilotbridge;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Pilotbridge: agencies publish problems, companies propose pilots, panels award them in
 * public.
 *
 * @see "docs/architecture.md"
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/pilotbridge.css")
@StyleSheet("styles/results.css")
public class PilotbridgeApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(PilotbridgeApplication.class, args);
	}

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addFavIcon("icon", "images/favicon.svg", "any");
		settings.addMetaTag("theme-color", "#1a4d8f");
	}

}
