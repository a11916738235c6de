package org.pilotbridge.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;

/**
 * For platform administrators: the audit trail, newest first, and a check of its hash
 * chain.
 */
@Route("admin/audit")
@RolesAllowed("PLATFORM_ADMIN")
class AuditTrailView extends Main implements HasDynamicTitle {

	AuditTrailView(AuditTrail auditTrail) {
		setId("main-content");
		addClassName("page");
		var result = new Div();
		result.getElement().setAttribute("aria-live", "polite");
		result.setId("verification-result");
		var verify = new Button(getTranslation("audit.view.verify"), click -> {
			var verification = auditTrail.verify();
			result.removeAll();
			result.add(new Paragraph(
					verification.intact() ? getTranslation("audit.view.intact", verification.entriesChecked())
							: getTranslation("audit.view.broken", verification.firstBrokenEntry(),
									getTranslation(verification.problem()))));
		});
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		verify.setId("verify-chain");
		var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
		var grid = new Grid<AuditEntry>();
		grid.setAriaLabel(getTranslation("audit.view.title"));
		grid.addColumn(AuditEntry::number).setHeader("#").setAutoWidth(true);
		grid.addColumn(e -> time.format(e.occurredAt().atZone(ZoneId.of("Europe/Brussels"))))
			.setHeader(getTranslation("audit.view.when"))
			.setAutoWidth(true);
		grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.view.action")).setAutoWidth(true);
		grid.addColumn(e -> e.objectType() + " " + e.objectId()).setHeader(getTranslation("audit.view.object"));
		grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.view.actor"));
		grid.addColumn(e -> e.ipAddress() == null ? "" : e.ipAddress()).setHeader(getTranslation("audit.view.ip"));
		grid.addColumn(e -> e.details()
			.entrySet()
			.stream()
			.map(d -> d.getKey() + "=" + d.getValue())
			.collect(Collectors.joining(", "))).setHeader(getTranslation("audit.view.details"));
		grid.setItems(query -> auditTrail.latest(query.getOffset(), query.getLimit()).stream());
		add(new H1(getTranslation("audit.view.title")), new Paragraph(getTranslation("audit.view.intro")), verify,
				result, grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.view.title") + " · Pilotbridge";
	}

}
