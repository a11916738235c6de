package org.pilotbridge.identity;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules of the platform that administrators change while it runs.
 */
@Service
@Transactional
public class PlatformSettings {

	static final String ALLOW_UNVERIFIED_COMPANIES = "allow-unverified-companies";

	private final JdbcClient jdbc;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlatformSettings(JdbcClient jdbc, CurrentPerson current, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether a company still waiting for verification may submit proposals (they are
	 * flagged to evaluators). Allowed unless an administrator turned it off.
	 */
	@Transactional(readOnly = true)
	public boolean allowUnverifiedCompanies() {
		return jdbc.sql("SELECT value FROM platform_setting WHERE name = ?")
			.param(ALLOW_UNVERIFIED_COMPANIES)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(true);
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public void allowUnverifiedCompanies(boolean allowed) {
		jdbc.sql("""
				INSERT INTO platform_setting (name, value, changed_at) VALUES (:name, :value, :at)
				ON CONFLICT (name) DO UPDATE SET value = :value, changed_at = :at
				""")
			.param("name", ALLOW_UNVERIFIED_COMPANIES)
			.param("value", Boolean.toString(allowed))
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new PlatformSettingChanged(ALLOW_UNVERIFIED_COMPANIES, Boolean.toString(allowed),
				current.auditRecord("platform.setting-changed", "setting", ALLOW_UNVERIFIED_COMPANIES,
						Map.of("value", Boolean.toString(allowed)))));
	}

}
