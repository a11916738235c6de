package org.pilotbridge.shared.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.shared.InvalidInput;

/**
 * The one way an editor binds its fields to the record a service takes (a draft, a
 * profile) and shows what the service refused. The fields are bound with Vaadin's
 * {@link Binder} to the record's components by name, and those names are the field keys
 * of the service's {@link InvalidInput}: a binding to a name the record lacks fails when
 * the form is built, and a problem of the service is shown, translated, at the field
 * bound to its key and in the form's {@link #summary() error summary}, with a link to
 * that field. The service stays the authority: the form adds no checks of its own.
 *
 * @see "Design decision: DD026-20261207-one-form-pattern"
 */
public final class DraftForm<T extends Record> {

	private final Binder<T> binder;

	private final Component translator;

	private final ErrorSummary summary;

	private final FieldErrors errors;

	private final Map<HasValue<?, ?>, InvalidInput> refusals = new IdentityHashMap<>();

	public DraftForm(Class<T> type, Component translator) {
		this.binder = new Binder<>(type);
		this.translator = translator;
		this.summary = new ErrorSummary(translator);
		this.errors = new FieldErrors().summary(summary);
	}

	/**
	 * The summary of the problems the form shows, with a link to each field: the editor
	 * places it at the top of the form. Until it is on a page, problems of no field are
	 * said in a notification.
	 */
	public ErrorSummary summary() {
		return summary;
	}

	/**
	 * Binds a field to the record's component of the same name; a converter may come
	 * between.
	 */
	public <V> Binder.BindingBuilder<T, V> field(HasValue<?, V> field) {
		return binder.forField(field);
	}

	/**
	 * Shows the problems of this key (one the record does not have, such as a reason) at
	 * this field.
	 */
	public DraftForm<T> errorsOf(String key, HasValidation field) {
		errors.bind(key, field);
		return this;
	}

	/**
	 * A converter through a value object's factory ({@code Money.positive}): what the
	 * factory refuses shows at the field as it is typed, and makes {@link #value()} throw
	 * the factory's {@link InvalidInput}, as the service would.
	 */
	public <P, M> Converter<P, M> converter(SerializableFunction<P, M> toModel,
			SerializableFunction<M, P> toPresentation) {
		return new Converter<>() {

			@Override
			public Result<M> convertToModel(P value, ValueContext context) {
				try {
					var model = toModel.apply(value);
					context.getHasValue().ifPresent(refusals::remove);
					return Result.ok(model);
				}
				catch (InvalidInput invalid) {
					context.getHasValue().ifPresent(field -> refusals.put(field, invalid));
					var problem = invalid.problems().get(0);
					return Result.error(translator.getTranslation(problem.messageKey(), problem.arguments().toArray()));
				}
			}

			@Override
			public P convertToPresentation(M value, ValueContext context) {
				return toPresentation.apply(value);
			}

		};
	}

	public void read(T record) {
		refusals.clear();
		binder.readRecord(record);
	}

	/**
	 * The record as the fields show it now.
	 * @throws InvalidInput when a converter's factory refused what a field shows
	 */
	public T value() {
		try {
			return binder.writeRecord();
		}
		catch (ValidationException refused) {
			var problems = new ArrayList<InvalidInput.FieldProblem>();
			refusals.values().forEach(invalid -> problems.addAll(invalid.problems()));
			if (problems.isEmpty()) {
				throw new IllegalStateException("The form checks nothing but through converters", refused);
			}
			throw new InvalidInput(problems);
		}
	}

	/**
	 * Runs a service call with what the form shows: its result, or nothing when the
	 * service refused the input (each problem then shows at its field) or somebody
	 * changed the object meanwhile.
	 */
	public <R> Optional<R> attempt(Supplier<R> action) {
		clear();
		try {
			return Optional.of(action.get());
		}
		catch (InvalidInput invalid) {
			show(invalid);
			return Optional.empty();
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.error(translator.getTranslation("error.changed-meanwhile"));
			return Optional.empty();
		}
	}

	/**
	 * Like {@link #attempt(Supplier)} for a call without a result; whether it went
	 * through.
	 */
	public boolean attempt(Runnable action) {
		return attempt(() -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	public void clear() {
		binder.getFields().forEach(field -> invalid(field, null));
		errors.clear();
	}

	public void show(InvalidInput invalid) {
		clear();
		var listed = new ArrayList<ErrorSummary.Problem>();
		for (var problem : invalid.problems()) {
			var text = translator.getTranslation(problem.messageKey(), problem.arguments().toArray());
			var field = field(problem.field());
			if (field != null) {
				field.setErrorMessage(text);
				field.setInvalid(true);
			}
			listed.add(new ErrorSummary.Problem(text, field instanceof Component component ? component : null));
		}
		FieldErrors.show(listed, summary);
	}

	private @Nullable HasValidation field(@Nullable String key) {
		if (key == null) {
			return null;
		}
		var extra = errors.field(key);
		if (extra != null) {
			return extra;
		}
		return binder.getBinding(key)
			.map(Binder.Binding::getField)
			.filter(HasValidation.class::isInstance)
			.map(HasValidation.class::cast)
			.orElse(null);
	}

	private static void invalid(HasValue<?, ?> field, @Nullable String message) {
		if (field instanceof HasValidation validated) {
			validated.setInvalid(message != null);
			validated.setErrorMessage(message);
		}
	}

}
