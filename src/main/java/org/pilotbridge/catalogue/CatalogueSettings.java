package org.pilotbridge.catalogue;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.OrganisationId;

/**
 * A company's catalogue settings: whether it hears of new challenges that match its
 * solutions. On until a member turns it off.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CatalogueSettings {

	private final JdbcClient jdbc;

	private final CatalogueAccess access;

	private final Clock clock;

	CatalogueSettings(JdbcClient jdbc, CatalogueAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean matchNotifications(OrganisationId company) {
		if (!access.isCompanyMember(company)) {
			throw new org.springframework.security.access.AccessDeniedException("Only the company's members see this");
		}
		return enabled(jdbc, company);
	}

	public void setMatchNotifications(OrganisationId company, boolean enabled) {
		var member = access.requireCompanyMember(company);
		jdbc.sql(
				"""
						INSERT INTO catalogue_company_setting (company_id, match_notifications, updated_at, updated_by)
						VALUES (:company, :enabled, :now, :by)
						ON CONFLICT (company_id) DO UPDATE SET match_notifications = :enabled, updated_at = :now, updated_by = :by
						""")
			.param("company", company.id())
			.param("enabled", enabled)
			.param("now", Timestamp.from(clock.instant()))
			.param("by", member.id())
			.update();
	}

	static boolean enabled(JdbcClient jdbc, OrganisationId company) {
		return jdbc.sql("SELECT match_notifications FROM catalogue_company_setting WHERE company_id = ?")
			.param(company.id())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

}
