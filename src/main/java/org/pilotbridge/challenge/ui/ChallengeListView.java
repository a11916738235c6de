package org.pilotbridge.challenge.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeSearch;
import org.pilotbridge.challenge.SearchHit;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.challenge.SavedSearchManagement;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.DatePickers;

/**
 * The public list of challenges: full-text search in the challenges' languages, filters, sorting and
 * pages. The search is in the address, so that a search can be shared or bookmarked.
 */
@Route(ChallengeNavigation.LIST)
@Menu(order = 1, title = "challenge.menu.list", icon = "vaadin:search")
@AnonymousAllowed
class ChallengeListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final int PAGE_SIZE = 20;

	private final ChallengeSearch search;

	private final SavedSearchManagement savedSearches;

	private final Clock clock;

	private final TextField text = new TextField();

	private final Select<PublicStatus> status = new Select<>();

	private final ComboBox<CpvCatalogue.Entry> division = new ComboBox<>();

	private final Select<Language> language = new Select<>();

	private final Select<SearchCriteria.SortOrder> sort = new Select<>();

	private final BigDecimalField budgetMin = new BigDecimalField();

	private final BigDecimalField budgetMax = new BigDecimalField();

	private final DatePicker deadlineFrom = new DatePicker();

	private final DatePicker deadlineTo = new DatePicker();

	private final Paragraph count = new Paragraph();

	private final Div results = new Div();

	private final HorizontalLayout pages = new HorizontalLayout();

	private int page;

	private boolean applying;

	private final ChallengeQuery challenges;

	ChallengeListView(ChallengeSearch search, ChallengeQuery challenges, CpvCatalogue cpv,
			SavedSearchManagement savedSearches, CurrentPerson current, Clock clock) {
		this.search = search;
		this.challenges = challenges;
		this.savedSearches = savedSearches;
		this.clock = clock;
		setId("main-content");
		addClassName("page");

		text.setLabel(getTranslation("challenge.list.search"));
		text.setHelperText(getTranslation("challenge.list.search-help"));
		text.setMaxLength(SearchCriteria.TEXT_MAX_LENGTH);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setClearButtonVisible(true);
		text.setWidthFull();
		text.setId("challenge-search");

		status.setLabel(getTranslation("challenge.list.status"));
		status.setItems(PublicStatus.values());
		status.setItemLabelGenerator(s -> s == null ? getTranslation("challenge.list.any") : getTranslation("challenge.public-status." + s.name()));
		status.setEmptySelectionAllowed(true);
		status.setEmptySelectionCaption(getTranslation("challenge.list.any"));
		status.setId("filter-status");

		division.setLabel(getTranslation("challenge.list.division"));
		division.setItems(cpv.divisions());
		division.setItemLabelGenerator(entry -> entry.code().substring(0, 2) + " · " + entry.label());
		division.setClearButtonVisible(true);
		division.setId("filter-division");

		language.setLabel(getTranslation("challenge.list.language"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(l -> l == null ? getTranslation("challenge.list.any") : l.nativeName());
		language.setEmptySelectionAllowed(true);
		language.setEmptySelectionCaption(getTranslation("challenge.list.any"));

		sort.setLabel(getTranslation("challenge.list.sort"));
		sort.setItems(SearchCriteria.SortOrder.values());
		sort.setItemLabelGenerator(order -> getTranslation(order.messageKey()));
		sort.setValue(SearchCriteria.SortOrder.RELEVANCE);

		budgetMin.setLabel(getTranslation("challenge.list.budget-min"));
		budgetMax.setLabel(getTranslation("challenge.list.budget-max"));
		deadlineFrom.setLabel(getTranslation("challenge.list.deadline-from"));
		deadlineTo.setLabel(getTranslation("challenge.list.deadline-to"));
		DatePickers.translated(deadlineFrom, this);
		DatePickers.translated(deadlineTo, this);

		var filters = new FormLayout(status, division, language, sort, budgetMin, budgetMax, deadlineFrom, deadlineTo);
		filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
				new FormLayout.ResponsiveStep("60em", 4));
		var moreFilters = new Details(getTranslation("challenge.list.filters"), filters);
		moreFilters.setOpened(true);

		for (com.vaadin.flow.component.HasValue<?, ?> field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(text,
				status, division, language, sort, budgetMin, budgetMax, deadlineFrom, deadlineTo)) {
			field.addValueChangeListener(change -> {
				if (!applying) {
					page = 0;
					showInAddress();
				}
			});
		}

		count.getElement().setAttribute("role", "status");
		count.setId("result-count");
		results.addClassName("challenge-results");
		pages.addClassName("pager");
		var searchSection = new Section(text, moreFilters);
		searchSection.getElement().setAttribute("role", "search");
		add(new H1(getTranslation("challenge.list.title")), searchSection, count, results, pages);
		if (current.id().isPresent()) {
			var save = new Button(getTranslation("challenge.list.save-search"),
					click -> getUI().ifPresent(ui -> ui.add(new SaveSearchDialog(savedSearches, criteria()))));
			save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			save.setId("save-search");
			searchSection.add(save);
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		applying = true;
		try {
			text.setValue(first(parameters, "q").orElse(""));
			status.setValue(first(parameters, "status").flatMap(v -> parse(PublicStatus.class, v)).orElse(null));
			division.setValue(first(parameters, "cpv").flatMap(code -> division.getListDataView()
				.getItems()
				.filter(entry -> entry.code().startsWith(code))
				.findFirst()).orElse(null));
			language.setValue(first(parameters, "lang").flatMap(Language::ofCode).orElse(null));
			sort.setValue(first(parameters, "sort").flatMap(v -> parse(SearchCriteria.SortOrder.class, v))
				.orElse(SearchCriteria.SortOrder.RELEVANCE));
			budgetMin.setValue(first(parameters, "budgetMin").flatMap(ChallengeListView::decimal).orElse(null));
			budgetMax.setValue(first(parameters, "budgetMax").flatMap(ChallengeListView::decimal).orElse(null));
			deadlineFrom.setValue(first(parameters, "deadlineFrom").flatMap(ChallengeListView::date).orElse(null));
			deadlineTo.setValue(first(parameters, "deadlineTo").flatMap(ChallengeListView::date).orElse(null));
			page = first(parameters, "page").flatMap(ChallengeListView::number).orElse(0);
		}
		finally {
			applying = false;
		}
		showResults();
	}

	SearchCriteria criteria() {
		var zone = ZoneId.of("Europe/Brussels");
		return SearchCriteria.all()
			.withText(text.getValue())
			.withStatus(status.getValue())
			.withCpvDivision(division.getValue() == null ? null : division.getValue().division())
			.withLanguage(language.getValue())
			.withBudget(budgetMin.getValue(), budgetMax.getValue())
			.withDeadline(deadlineFrom.getValue() == null ? null : deadlineFrom.getValue().atStartOfDay(zone).toInstant(),
					deadlineTo.getValue() == null ? null : deadlineTo.getValue().atTime(LocalTime.MAX).atZone(zone).toInstant())
			.sortedBy(sort.getValue() == null ? SearchCriteria.SortOrder.RELEVANCE : sort.getValue());
	}

	private void showInAddress() {
		Map<String, String> parameters = new HashMap<>();
		put(parameters, "q", text.getValue());
		put(parameters, "status", status.getValue() == null ? null : status.getValue().name());
		put(parameters, "cpv", division.getValue() == null ? null : division.getValue().division());
		put(parameters, "lang", language.getValue() == null ? null : language.getValue().code());
		put(parameters, "sort", sort.getValue() == null || sort.getValue() == SearchCriteria.SortOrder.RELEVANCE ? null
				: sort.getValue().name());
		put(parameters, "budgetMin", budgetMin.getValue() == null ? null : budgetMin.getValue().toPlainString());
		put(parameters, "budgetMax", budgetMax.getValue() == null ? null : budgetMax.getValue().toPlainString());
		put(parameters, "deadlineFrom", deadlineFrom.getValue() == null ? null : deadlineFrom.getValue().toString());
		put(parameters, "deadlineTo", deadlineTo.getValue() == null ? null : deadlineTo.getValue().toString());
		put(parameters, "page", page == 0 ? null : String.valueOf(page));
		getUI().ifPresent(ui -> ui.navigate(ChallengeListView.class, QueryParameters.simple(parameters)));
	}

	private void showResults() {
		var found = search.search(criteria(), page * PAGE_SIZE, PAGE_SIZE);
		results.removeAll();
		var notices = challenges.awardNotices(found.hits().stream().map(SearchHit::id).toList());
		found.hits().forEach(hit -> results.add(ChallengeCard.of(hit, notices.get(hit.id()), clock, getLocale(), this)));
		count.setText(found.total() == 0 ? getTranslation("challenge.list.none")
				: getTranslation("challenge.list.count", found.total(), Math.min(found.total(), page * PAGE_SIZE + 1),
						Math.min(found.total(), (long) (page + 1) * PAGE_SIZE)));
		pages.removeAll();
		if (page > 0) {
			pages.add(pageButton(getTranslation("challenge.list.previous"), page - 1));
		}
		if ((long) (page + 1) * PAGE_SIZE < found.total()) {
			pages.add(pageButton(getTranslation("challenge.list.next"), page + 1));
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

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst();
	}

	private static Optional<BigDecimal> decimal(String value) {
		try {
			return Optional.of(new BigDecimal(value));
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(String value) {
		try {
			return Optional.of(LocalDate.parse(value));
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
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
		return getTranslation("challenge.list.title") + " · Pilotbridge";
	}

}
