package org.pilotbridge.identity.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.pilotbridge.identity.EnterpriseNumber;
import org.pilotbridge.identity.Organisation;
import org.pilotbridge.identity.OrganisationData;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery.OrganisationDetails;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;

/**
 * The description of an agency or a company. {@link #read()} returns the data when every
 * field is right, otherwise shows each problem next to its field and returns nothing.
 */
class OrganisationForm extends FormLayout {

	private final OrganisationKind kind;

	private final TextField name = new TextField();

	private final ComboBox<String> country = new ComboBox<>();

	private final TextField street = new TextField();

	private final TextField postalCode = new TextField();

	private final TextField city = new TextField();

	private final TextField website = new TextField();

	private final TextField enterpriseNumber = new TextField();

	private final RadioButtonGroup<SizeClass> sizeClass = new RadioButtonGroup<>();

	private final FieldErrors errors = new FieldErrors();

	OrganisationForm(OrganisationKind kind) {
		this.kind = kind;
		setId("organisation-form");
		describe(name, "identity.organisation.name", Organisation.NAME_MAX_LENGTH, "organisation-name");
		describeCountry();
		describe(street, "identity.organisation.street", Organisation.STREET_MAX_LENGTH, "organisation-street");
		describe(postalCode, "identity.organisation.postal-code", Organisation.POSTAL_CODE_MAX_LENGTH,
				"organisation-postal-code");
		describe(city, "identity.organisation.city", Organisation.CITY_MAX_LENGTH, "organisation-city");
		website.setLabel(getTranslation("identity.organisation.website"));
		website.setMaxLength(Organisation.WEBSITE_MAX_LENGTH);
		website.setPlaceholder("https://");
		website.setId("organisation-website");
		enterpriseNumber.setRequiredIndicatorVisible(kind == OrganisationKind.COMPANY);
		enterpriseNumber.setId("organisation-enterprise-number");
		describeNumberField();
		describeSizeClass();

		add(name, country, street, postalCode, city, website, enterpriseNumber);
		if (kind == OrganisationKind.COMPANY) {
			add(sizeClass);
		}
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
		setColspan(name, 2);
		setColspan(sizeClass, 2);

		errors.bind("name", name)
			.bind("country", country)
			.bind("street", street)
			.bind("postalCode", postalCode)
			.bind("city", city)
			.bind("website", website)
			.bind(EnterpriseNumber.FIELD, enterpriseNumber)
			.bind("sizeClass", sizeClass);
	}

	/** A required text field with its label and the length its column takes. */
	private void describe(TextField field, String labelKey, int maxLength, String id) {
		field.setLabel(getTranslation(labelKey));
		field.setMaxLength(maxLength);
		field.setRequiredIndicatorVisible(true);
		field.setId(id);
	}

	/** Every country by its name in the visitor's language, Belgium first chosen. */
	private void describeCountry() {
		var locale = getLocale();
		country.setLabel(getTranslation("identity.organisation.country"));
		country.setItems(Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale)))
			.toList());
		country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
		country.setValue("BE");
		country.setRequiredIndicatorVisible(true);
		country.setId("organisation-country");
		country.addValueChangeListener(change -> describeNumberField());
	}

	private void describeSizeClass() {
		sizeClass.setLabel(getTranslation("identity.organisation.size"));
		sizeClass.setItems(SizeClass.values());
		sizeClass
			.setItemLabelGenerator(size -> getTranslation("identity.size." + size.name().toLowerCase(Locale.ROOT)));
		sizeClass.setRequiredIndicatorVisible(true);
		sizeClass.setId("organisation-size");
	}

	private void describeNumberField() {
		var belgian = "BE".equals(country.getValue());
		enterpriseNumber.setLabel(getTranslation(belgian ? "identity.organisation.kbo" : "identity.organisation.vat"));
		enterpriseNumber.setHelperText(
				getTranslation(belgian ? "identity.organisation.kbo-help" : "identity.organisation.vat-help"));
	}

	void show(OrganisationDetails details) {
		var summary = details.summary();
		name.setValue(summary.name());
		country.setValue(summary.country());
		street.setValue(details.street());
		postalCode.setValue(details.postalCode());
		city.setValue(summary.city());
		website.setValue(details.website() == null ? "" : details.website());
		enterpriseNumber.setValue(summary.enterpriseNumber() == null ? "" : summary.enterpriseNumber().formatted());
		if (summary.sizeClass() != null) {
			sizeClass.setValue(summary.sizeClass());
		}
	}

	Optional<OrganisationData> read() {
		try {
			var data = OrganisationData.of(kind, name.getValue(), country.getValue(), street.getValue(),
					postalCode.getValue(), city.getValue(), website.getValue(), enterpriseNumber.getValue(),
					sizeClass.getValue());
			errors.clear();
			return Optional.of(data);
		}
		catch (InvalidInput invalid) {
			showProblems(invalid);
			return Optional.empty();
		}
	}

	/**
	 * Shows problems found by the service, such as an organisation registered already.
	 */
	void showProblems(InvalidInput invalid) {
		errors.show(invalid, this);
	}

}
