package org.pilotbridge.shared.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person fills in an editor built with {@link DraftForm}, {@link CpvCodesField} and
 * {@link LanguagesField}, and the service judges what they typed.
 */
class DraftFormTests {

	public record Offer(String title, @Nullable Money budget, List<String> cpvCodes, List<Language> languages) {
	}

	/**
	 * Translates a key into a text that names it, so that tests see which message is
	 * shown.
	 */
	static final class Page extends Div {

		@Override
		public String getTranslation(String key, Object... params) {
			return "«" + key + (params.length == 0 ? "" : " " + List.of(params)) + "»";
		}

	}

	final Page page = new Page();

	final TextField title = new TextField();

	final BigDecimalField budget = new BigDecimalField();

	final CpvCodesField cpvCodes = new CpvCodesField("offer", (text, limit) -> List.of("72000000-5", "48000000-8"),
			code -> code + " label");

	final LanguagesField languages = new LanguagesField("offer", "Language of the text", "Other languages");

	final DraftForm<Offer> form = new DraftForm<>(Offer.class, page);

	DraftFormTests() {
		form.field(title).bind("title");
		form.field(budget)
			.withConverter(form.converter(amount -> amount == null ? null : Money.positive("budget", amount, Money.EUR),
					(Money money) -> money == null ? null : money.amount()))
			.bind("budget");
		form.field(cpvCodes).bind("cpvCodes");
		form.field(languages).bind("languages");
	}

	@Test
	void showsWhatTheServiceRefusedTranslatedAtTheFieldNamedByTheProblemsKey() {
		form.read(new Offer("", null, List.of(), List.of(Language.FRENCH)));

		var saved = form.attempt(() -> {
			throw new InvalidInput(List.of(new InvalidInput.FieldProblem("title", "validation.required", List.of()),
					new InvalidInput.FieldProblem("cpvCodes", "validation.cpv.unknown", List.of("99"))));
		});

		assertThat(saved).isEmpty();
		assertThat(title.isInvalid()).isTrue();
		assertThat(title.getErrorMessage()).isEqualTo("«validation.required»");
		var search = (ComboBox<?>) cpvCodes.getContent().getComponentAt(0);
		assertThat(search.isInvalid()).isTrue();
		assertThat(search.getErrorMessage()).isEqualTo("«validation.cpv.unknown [99]»");
		assertThat(budget.isInvalid()).isFalse();
	}

	@Test
	void listsEveryProblemInTheSummaryAtTheTopEachLinkingToItsFieldAndThoseOfNoFieldAsText() {
		title.setLabel("Title");
		title.setId("offer-title");
		var ui = new UI();
		ui.add(form.summary(), page);
		form.read(new Offer("", null, List.of(), List.of(Language.FRENCH)));

		form.attempt(() -> {
			throw new InvalidInput(List.of(new InvalidInput.FieldProblem("title", "validation.required", List.of()),
					new InvalidInput.FieldProblem("agency", "challenge.publish.agency-not-verified", List.of())));
		});

		var summary = form.summary();
		assertThat(summary.isVisible()).isTrue();
		assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
		var lines = summary.getElement()
			.getChildren()
			.filter(child -> child.getTag().equals("ul"))
			.findFirst()
			.orElseThrow()
			.getChildren()
			.map(item -> item.getChild(0))
			.toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).getTag()).isEqualTo("a");
		assertThat(lines.get(0).getAttribute("href")).isEqualTo("#offer-title");
		assertThat(lines.get(0).getText()).isEqualTo("«error-summary.item [Title, «validation.required»]»");
		assertThat(lines.get(1).getTag()).as("a problem of no field, listed as text").isEqualTo("span");
		assertThat(lines.get(1).getText()).isEqualTo("«challenge.publish.agency-not-verified»");
		assertThat(title.isInvalid()).as("the error also at its field").isTrue();

		form.attempt(() -> "accepted");
		assertThat(summary.isVisible()).isFalse();
	}

	@Test
	void clearsTheProblemsOfTheLastAttemptWhenTheServiceAccepts() {
		form.read(new Offer("", null, List.of(), List.of(Language.FRENCH)));
		form.attempt(() -> {
			throw InvalidInput.of("title", "validation.required");
		});

		title.setValue("Quieter bin lorries");
		var saved = form.attempt(() -> form.value().title());

		assertThat(saved).contains("Quieter bin lorries");
		assertThat(title.isInvalid()).isFalse();
		assertThat(title.getErrorMessage()).isNullOrEmpty();
	}

	@Test
	void refusesToBindAFieldToANameTheRecordDoesNotHave() {
		assertThatThrownBy(() -> form.field(new TextField()).bind("titel"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givesBackTheRecordAsTheFieldsShowIt() {
		form.read(new Offer("Smart bins", Money.euros(20_000), List.of("72000000-5"), List.of(Language.DUTCH)));
		title.setValue("Smarter bins");
		budget.setValue(new BigDecimal("25000"));

		assertThat(form.value())
			.isEqualTo(new Offer("Smarter bins", Money.euros(25_000), List.of("72000000-5"), List.of(Language.DUTCH)));
	}

	@Test
	void refusesAnAmountTheValueObjectRefusesAtItsFieldAsTheServiceWould() {
		form.read(new Offer("Smart bins", null, List.of(), List.of(Language.DUTCH)));
		budget.setValue(new BigDecimal("-5"));

		assertThatThrownBy(form::value).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field)
					.containsExactly("budget"));
		assertThat(form.attempt(form::value)).isEmpty();
		assertThat(budget.isInvalid()).isTrue();
		assertThat(budget.getErrorMessage()).isEqualTo("«validation.money.positive»");
	}

	@Test
	void addsEachChosenCodeOnceInTheOrderChosenAndRemovesItByItsButton() {
		form.read(new Offer("", null, List.of(), List.of(Language.DUTCH)));
		@SuppressWarnings("unchecked")
		var search = (ComboBox<String>) cpvCodes.getContent().getComponentAt(0);

		search.setValue("72000000-5");
		search.setValue("48000000-8");
		search.setValue("72000000-5");

		assertThat(form.value().cpvCodes()).containsExactly("72000000-5", "48000000-8");
		assertThat(search.getValue()).isNull();
		var chips = cpvCodes.getContent().getComponentAt(1);
		assertThat(chips.getId()).contains("offer-cpv-chosen");
		var firstChip = chips.getChildren().findFirst().orElseThrow();
		assertThat(firstChip.getElement().getTextRecursively()).startsWith("72000000-5 label");
		var remove = (Button) firstChip.getChildren().skip(1).findFirst().orElseThrow();
		remove.click();

		assertThat(form.value().cpvCodes()).containsExactly("48000000-8");
		assertThat(chips.getChildren().count()).isEqualTo(1);
	}

	@Test
	void listsTheLanguageOfTheTextFirstAndNeverTwice() {
		form.read(new Offer("", null, List.of(), List.of(Language.GERMAN, Language.ENGLISH)));
		@SuppressWarnings("unchecked")
		var textLanguage = (Select<Language>) languages.getContent().getComponentAt(0);
		@SuppressWarnings("unchecked")
		var others = (CheckboxGroup<Language>) languages.getContent().getComponentAt(1);
		assertThat(textLanguage.getId()).contains("offer-languages");
		assertThat(textLanguage.getValue()).isEqualTo(Language.GERMAN);
		assertThat(others.getValue()).containsExactly(Language.ENGLISH);

		textLanguage.setValue(Language.ENGLISH);
		others.setValue(Set.of(Language.GERMAN, Language.FRENCH, Language.ENGLISH));

		assertThat(form.value().languages()).containsExactly(Language.ENGLISH, Language.FRENCH, Language.GERMAN);
	}

}
