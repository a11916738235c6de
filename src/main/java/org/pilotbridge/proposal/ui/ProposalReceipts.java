package org.pilotbridge.proposal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.proposal.CompanyData;
import org.pilotbridge.proposal.EditableProposal;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.proposal.ProposalState;
import org.pilotbridge.proposal.SubmittedVersion;
import org.pilotbridge.shared.Language;

/**
 * What the proposal page shows besides the form: the company as its organisation
 * describes it, the receipt of the version that counts, and every submitted version with
 * its receipt.
 */
final class ProposalReceipts {

	private ProposalReceipts() {
	}

	/**
	 * The time of receipt to the second, in the challenge's official zone, which the
	 * receipt states.
	 */
	static String receivedAt(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
			.withLocale(locale)
			.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	static Section company(CompanyData company, Component translator) {
		var list = new Element("dl");
		list.getClassList().add("facts-list");
		fact(list, translator.getTranslation("proposal.company.name"), company.name());
		if (company.enterpriseNumber() != null) {
			fact(list, translator.getTranslation("proposal.company.enterprise-number"), company.enterpriseNumber());
		}
		fact(list, translator.getTranslation("proposal.company.address"),
				Stream.of(company.street(), (company.postalCode() + " " + company.city()).strip(), company.country())
					.filter(part -> !part.isBlank())
					.collect(Collectors.joining(", ")));
		fact(list, translator.getTranslation("proposal.company.verification"), translator
			.getTranslation("identity.verification." + company.verificationState().name().toLowerCase(Locale.ROOT)));
		var section = new Section(new H2(translator.getTranslation("proposal.company.heading")));
		section.getElement().appendChild(list);
		section.add(new Paragraph(translator.getTranslation("proposal.company.help")));
		section.setId("proposal-company");
		section.addClassName("editor-section");
		return section;
	}

	/** The receipt of the latest version while it counts; {@code null} otherwise. */
	static @Nullable Section latest(EditableProposal proposal, Component translator) {
		if (proposal.state() != ProposalState.SUBMITTED || proposal.versions().isEmpty()) {
			return null;
		}
		var version = proposal.versions().getLast();
		var zone = proposal.challenge().timeZone();
		var list = new Element("dl");
		list.getClassList().add("facts-list");
		fact(list, translator.getTranslation("proposal.receipt.version"), String.valueOf(version.number()));
		fact(list, translator.getTranslation("proposal.receipt.received-at", zone.getId()),
				receivedAt(version.receivedAt(), zone, locale()));
		var digest = new Element("dd");
		digest.appendChild(new Code(version.digest()).getElement());
		var digestTerm = new Element("dt");
		digestTerm.setText(translator.getTranslation("proposal.receipt.digest"));
		list.appendChild(digestTerm, digest);
		var section = new Section(new H2(translator.getTranslation("proposal.view.receipt-heading", version.number())));
		section.getElement().appendChild(list);
		var download = receiptLink(proposal, version, translator);
		download.setId("receipt-download");
		section.add(new Paragraph(download), new Paragraph(translator.getTranslation("proposal.view.receipt-mailed")));
		section.setId("receipt");
		section.addClassName("proposal-receipt");
		section.getElement().setAttribute("aria-live", "polite");
		return section;
	}

	/** Every submitted version, newest first, each with its receipt. */
	static Section versions(EditableProposal proposal, Component translator) {
		var section = new Section(new H2(translator.getTranslation("proposal.view.versions")));
		section.setId("versions");
		if (proposal.versions().isEmpty()) {
			section.add(new Paragraph(translator.getTranslation("proposal.view.no-versions")));
			return section;
		}
		var zone = proposal.challenge().timeZone();
		var list = new OrderedList();
		list.getElement().setAttribute("reversed", true);
		proposal.versions().reversed().forEach(version -> {
			var item = new ListItem(
					new Span(translator.getTranslation("proposal.view.version", version.number(),
							receivedAt(version.receivedAt(), zone, locale()))),
					new Span(" " + translator.getTranslation("proposal.receipt.digest") + ": "),
					new Code(version.digest()), new Span(" "), receiptLink(proposal, version, translator));
			item.addClassName("proposal-version");
			list.add(item);
		});
		section.add(list);
		return section;
	}

	private static Anchor receiptLink(EditableProposal proposal, SubmittedVersion version, Component translator) {
		var link = new Anchor(ProposalLinks.receipt(proposal.id(), version.number()),
				translator.getTranslation("proposal.view.download-receipt", version.number()));
		link.setRouterIgnore(true);
		link.getElement().setAttribute("download", "");
		return link;
	}

	private static Locale locale() {
		var ui = UI.getCurrent();
		return ui == null ? Language.ENGLISH.locale() : ui.getLocale();
	}

	private static void fact(Element list, String label, String value) {
		var term = new Element("dt");
		term.setText(label);
		var description = new Element("dd");
		description.setText(value);
		list.appendChild(term, description);
	}

}
