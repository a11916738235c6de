package org.pilotbridge.opendata;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.InvalidInput;

/**
 * Problems of the public API as RFC 9457 problem details
 * ({@code application/problem+json}), with titles and messages in the client’s language
 * ({@code Accept-Language}): a {@code 400} lists every parameter that is wrong, a
 * {@code 404} says nothing more than that nothing public has that identifier, a
 * {@code 503} with {@code Retry-After} that the database cannot be reached for the
 * moment.
 */
@RestControllerAdvice(assignableTypes = { ChallengeApi.class, OcdsApi.class, ChallengeFeeds.class, Exports.class })
class ApiProblems {

	/** Names of service fields as the API calls them. */
	private static final Map<String, String> PARAMETERS = Map.of("text", "q");

	/** When a client should try again after the database could not be reached. */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(InvalidInput invalid, HttpServletRequest request) {
		var locale = RequestContextUtils.getLocale(request);
		var errors = invalid.problems()
			.stream()
			.map(problem -> Map.of("parameter", PARAMETERS.getOrDefault(problem.field(), problem.field()), "detail",
					messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
							locale)))
			.toList();
		var problem = problem(HttpStatus.BAD_REQUEST, "opendata.problem.invalid", List.of(), locale, request);
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		return on(
				InvalidInput.of(mismatch.getName(), "opendata.parameter.invalid", String.valueOf(mismatch.getValue())),
				request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(NotPublic missing, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "opendata.problem.not-found", List.of(missing.identifier()),
				RequestContextUtils.getLocale(request), request));
	}

	/**
	 * The database is out of reach: nothing was done, the client may come back shortly.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> on(RuntimeException failure, HttpServletRequest request) {
		if (!DatabaseOutage.isCauseOf(failure)) {
			throw failure;
		}
		var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "opendata.problem.unavailable", List.of(),
				RequestContextUtils.getLocale(request), request);
		return respond(problem,
				headers -> headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds())));
	}

	private ProblemDetail problem(HttpStatus status, String key, List<Object> arguments, Locale locale,
			HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key + ".detail", arguments.toArray(), locale));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return respond(problem, headers -> {
		});
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Consumer<HttpHeaders> headers) {
		return ResponseEntity.status(problem.getStatus())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
