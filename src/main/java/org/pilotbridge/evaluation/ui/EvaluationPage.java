package org.pilotbridge.evaluation.ui;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * A page of the evaluation of the challenge or proposal named in its address
 * ({@code :challenge}, {@code :proposal}): an address without one is not found; the page
 * lays itself out for it.
 *
 * @param <I> the id in the address
 */
abstract class EvaluationPage<I> extends WorkspacePage implements BeforeEnterObserver, HasDynamicTitle {

	private final String parameter;

	private final Function<String, I> id;

	private String title = "";

	EvaluationPage(String parameter, Function<String, I> id, String... classNames) {
		super(classNames);
		this.parameter = parameter;
		this.id = id;
	}

	@Override
	public final void beforeEnter(BeforeEnterEvent event) {
		show(event.getRouteParameters().get(parameter).map(id).orElseThrow(NotFoundException::new));
	}

	/** Lays the page out anew for the challenge or proposal of its address. */
	abstract void show(I id);

	/**
	 * What the page shows, from its service; or nothing, with the page telling why under
	 * its heading (the service's reason, or that the person is not on the panel).
	 */
	<T> Optional<T> load(String headingKey, Supplier<T> service) {
		try {
			return Optional.of(service.get());
		}
		catch (InvalidInput refused) {
			add(new H1(getTranslation(headingKey)), new Paragraph(Problems.text(refused, this)));
		}
		catch (AccessDeniedException | ProposalNotFound refused) {
			add(new H1(getTranslation(headingKey)), new Paragraph(getTranslation("evaluation.not-on-panel")));
		}
		return Optional.empty();
	}

	void titled(String title) {
		this.title = title;
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
