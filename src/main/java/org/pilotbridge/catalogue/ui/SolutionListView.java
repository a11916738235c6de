package org.pilotbridge.catalogue.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionCriteria;
import org.pilotbridge.catalogue.SolutionSearch;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.Language;

/**
 * The public solutions catalogue: full-text search in the solutions' languages, filters on CPV
 * division, readiness and language, sorting and pages. The search is in the address, so that it can
 * be shared or bookmarked.
 */
@Route(CatalogueNavigation.SOLUTIONS)
@Menu(order = 3, title = "catalogue.menu.solutions", icon = "vaadin:lightbulb")
@AnonymousAllowed
class SolutionListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final int PAGE_SIZE = 20;

	private final SolutionSearch search;

	private final TextField text = new TextField();

	private final ComboBox<CpvCatalogue.Entry> division = new ComboBox<>();

	private final Select<Integer> minTrl = new Select<>();

	private final Select<Language> language = new Select<>();

	private final Select<SolutionCriteria.SortOrder> sort = new Select<>();

	private final Paragraph count = new Paragraph();

	private final Div results = new Div();

	private final HorizontalLayout pages = new HorizontalLayout();

	private int page;

	private boolean applying;

	SolutionListView(SolutionSearch search, CpvCatalogue cpv) {
		this.search = search;
		setId("main-content");
		addClassName("page");

		text.setLabel(getTranslation("catalogue.list.search"));
		text.setHelperText(getTranslation("catalogue.list.search-help"));
		text.setMaxLength(SolutionCriteria.TEXT_MAX_LENGTH);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setClearButtonVisible(true);
		text.setWidthFull();
		text.setId("solution-search");

		division.setLabel(getTranslation("catalogue.list.division"));
		division.setItems(cpv.divisions());
		division.setItemLabelGenerator(entry -> entry.division() + " · " + entry.label());
		division.setClearButtonVisible(true);
		division.setId("filter-division");

		minTrl.setLabel(getTranslation("catalogue.list.min-trl"));
		minTrl.setItems(IntStream.rangeClosed(Solution.MIN_TRL, Solution.MAX_TRL).boxed().toList());
		minTrl.setItemLabelGenerator(level -> level == null ? getTranslation("catalogue.list.any")
				: CatalogueBadges.readiness(level, this));
		minTrl.setEmptySelectionAllowed(true);
		minTrl.setEmptySelectionCaption(getTranslation("catalogue.list.any"));
		minTrl.setId("filter-trl");

		language.setLabel(getTranslation("catalogue.list.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(l -> l == null ? getTranslation("catalogue.list.any") : l.nativeName());
		language.setEmptySelectionAllowed(true);
		language.setEmptySelectionCaption(getTranslation("catalogue.list.any"));
		language.setId("filter-language");

		sort.setLabel(getTranslation("catalogue.list.sort"));
		sort.setItems(SolutionCriteria.SortOrder.values());
		sort.setItemLabelGenerator(order -> getTranslation(order.messageKey()));
		sort.setValue(SolutionCriteria.SortOrder.RELEVANCE);

		var filters = new FormLayout(division, minTrl, language, sort);
		filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
				new FormLayout.ResponsiveStep("60em", 4));
		for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(text, division, minTrl, language, sort)) {
			field.addValueChangeListener(change -> {
				if (!applying) {
					page = 0;
					showInAddress();
				}
			});
		}
		count.getElement().setAttribute("role", "status");
		count.setId("result-count");
		results.addClassName("solution-results");
		pages.addClassName("pager");
		var searchSection = new Section(text, filters);
		searchSection.getElement().setAttribute("role", "search");
		add(new H1(getTranslation("catalogue.list.title")), new Paragraph(getTranslation("catalogue.list.intro")),
				searchSection, count, results, pages);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		applying = true;
		try {
			text.setValue(first(parameters, "q").orElse(""));
			division.setValue(first(parameters, "cpv").flatMap(code -> division.getListDataView()
				.getItems()
				.filter(entry -> entry.division().equals(code))
				.findFirst()).orElse(null));
			minTrl.setValue(first(parameters, "trl").flatMap(SolutionListView::number)
				.filter(level -> level >= Solution.MIN_TRL && level <= Solution.MAX_TRL)
				.orElse(null));
			language.setValue(first(parameters, "lang").flatMap(Language::ofCode).orElse(null));
			sort.setValue(first(parameters, "sort")
				.flatMap(value -> Arrays.stream(SolutionCriteria.SortOrder.values())
					.filter(order -> order.name().equalsIgnoreCase(value))
					.findFirst())
				.orElse(SolutionCriteria.SortOrder.RELEVANCE));
			page = first(parameters, "page").flatMap(SolutionListView::number).orElse(0);
		}
		finally {
			applying = false;
		}
		showResults();
	}

	private SolutionCriteria criteria() {
		return SolutionCriteria.all()
			.withText(text.getValue())
			.withCpvDivision(division.getValue() == null ? null : division.getValue().division())
			.withMinTrl(minTrl.getValue())
			.withLanguage(language.getValue())
			.sortedBy(sort.getValue() == null ? SolutionCriteria.SortOrder.RELEVANCE : sort.getValue());
	}

	private void showInAddress() {
		Map<String, String> parameters = new HashMap<>();
		put(parameters, "q", text.getValue());
		put(parameters, "cpv", division.getValue() == null ? null : division.getValue().division());
		put(parameters, "trl", minTrl.getValue() == null ? null : String.valueOf(minTrl.getValue()));
		put(parameters, "lang", language.getValue() == null ? null : language.getValue().code());
		put(parameters, "sort", sort.getValue() == null || sort.getValue() == SolutionCriteria.SortOrder.RELEVANCE
				? null : sort.getValue().name());
		put(parameters, "page", page == 0 ? null : String.valueOf(page));
		getUI().ifPresent(ui -> ui.navigate(SolutionListView.class, QueryParameters.simple(parameters)));
	}

	private void showResults() {
		var found = search.search(criteria(), page * PAGE_SIZE, PAGE_SIZE);
		results.removeAll();
		found.hits().forEach(hit -> results.add(new SolutionCard(hit)));
		count.setText(found.total() == 0 ? getTranslation("catalogue.list.none")
				: getTranslation("catalogue.list.count", found.total(), Math.min(found.total(), page * PAGE_SIZE + 1),
						Math.min(found.total(), (long) (page + 1) * PAGE_SIZE)));
		pages.removeAll();
		if (page > 0) {
			pages.add(pageButton(getTranslation("catalogue.list.previous"), page - 1));
		}
		if ((long) (page + 1) * PAGE_SIZE < found.total()) {
			pages.add(pageButton(getTranslation("catalogue.list.next"), page + 1));
		}
	}

	private Button pageButton(String label, int target) {
		return new Button(label, click -> {
			page = target;
			showInAddress();
		});
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null && !value.isBlank()) {
			parameters.put(name, value);
		}
	}

	private static Optional<String> first(QueryParameters parameters, String name) {
		return parameters.getSingleParameter(name).filter(value -> !value.isBlank());
	}

	private static Optional<Integer> number(String value) {
		try {
			return Optional.of(Math.max(0, Integer.parseInt(value)));
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.list.title") + " · Pilotbridge";
	}

}
