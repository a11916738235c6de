package org.pilotbridge.security;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.pilotbridge.test.Spellings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Anyone on the internet read the metrics (the size of every table, the traffic, the
 * audit chain's state) at {@code /actuator/prometheus}. Now only the scraper does, with
 * the password of the {@code metrics} user; the probes of health, liveness and readiness
 * stay public.
 */
@SecuritySuiteTest
class MetricsAccessTests {

	@Autowired
	WebApplicationContext context;

	@Test
	void showsTheMetricsToTheScraperAloneWhateverTheSpelling() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

		assertThat(status(mvc, "/actuator/prometheus", null)).as("anonymous").isEqualTo(401);
		assertThat(status(mvc, "/actuator/prometheus", "a guess")).as("a wrong password").isEqualTo(401);
		var scraped = mvc
			.perform(get("/actuator/prometheus").with(httpBasic("metrics", SecuritySuiteTest.METRICS_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(scraped.getStatus()).isEqualTo(200);
		assertThat(scraped.getContentAsString()).contains("pilotbridge_audit_chain_intact");
		assertThat(scraped.getCookie("JSESSIONID")).as("no session for the scraper").isNull();

		for (var spelling : Spellings.of("/actuator/prometheus")) {
			assertThat(status(mvc, spelling, null)).as(spelling).isNotEqualTo(200);
		}
		for (var probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			assertThat(status(mvc, probe, null)).as(probe).isEqualTo(200);
		}
	}

	private static int status(MockMvc mvc, String path, String password) throws Exception {
		var request = get(URI.create("http://localhost" + path));
		if (password != null) {
			request.with(httpBasic("metrics", password));
		}
		try {
			return mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (jakarta.servlet.ServletException forwardedToVaadin) {
			// Not the metrics: the dispatcher hands the address to Vaadin's not-found
			// page (no servlet here).
			return 404;
		}
	}

}
