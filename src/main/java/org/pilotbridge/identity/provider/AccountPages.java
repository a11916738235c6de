package org.pilotbridge.identity.provider;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

/**
 * The pages of the built-in provider, rendered on the server in the visitor's language:
 * sign-in, registration, address confirmation and password reset. Answers never reveal
 * whether an address has an account.
 */
@Controller
@RequestMapping("/account")
class AccountPages {

	private final LocalAccountService accounts;

	private final MessageSource messages;

	AccountPages(LocalAccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/** Links to this very page in each language, for the language menu. */
	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		var current = Language.of(locale);
		return Arrays.stream(Language.values())
			.map(language -> new LanguageLink(language.code(), language.nativeName(),
					ServletUriComponentsBuilder.fromRequest(request)
						.replaceQueryParam("lang", language.code())
						.replaceQueryParam("error")
						.build()
						.toUriString(),
					language == current))
			.toList();
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String unconfirmed,
			@RequestParam(required = false) String reset, Model model) {
		model.addAttribute("error", error != null);
		model.addAttribute("unconfirmed", unconfirmed != null);
		model.addAttribute("reset", reset != null);
		return "account/login";
	}

	@GetMapping("/register")
	String registrationForm(Model model) {
		model.addAttribute("form", new RegistrationForm("", "", ""));
		model.addAttribute("errors", Map.of());
		return "account/register";
	}

	@PostMapping("/register")
	String register(RegistrationForm form, Model model, Locale locale) {
		try {
			accounts.register(form.displayName(), form.email(), form.password(), Language.of(locale));
			return "redirect:/account/registered";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("form", new RegistrationForm(form.displayName(), form.email(), ""));
			model.addAttribute("errors", translate(invalid, locale));
			return "account/register";
		}
	}

	@GetMapping("/registered")
	String registered() {
		return "account/registered";
	}

	@GetMapping("/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("confirmed", accounts.confirmEmail(token).isPresent());
		return "account/confirmed";
	}

	@GetMapping("/forgot-password")
	String forgotPasswordForm(@RequestParam(required = false) String sent, Model model) {
		model.addAttribute("sent", sent != null);
		return "account/forgot-password";
	}

	@PostMapping("/forgot-password")
	String requestReset(@RequestParam(defaultValue = "") String email, Locale locale) {
		accounts.requestPasswordReset(email, Language.of(locale));
		return "redirect:/account/forgot-password?sent";
	}

	@GetMapping("/reset-password")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", accounts.isResetTokenUsable(token));
		model.addAttribute("errors", Map.of());
		return "account/reset-password";
	}

	@PostMapping("/reset-password")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Model model, Locale locale) {
		try {
			accounts.resetPassword(token, password);
			return "redirect:/account/login?reset";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("token", token);
			model.addAttribute("usable", accounts.isResetTokenUsable(token));
			model.addAttribute("errors", translate(invalid, locale));
			return "account/reset-password";
		}
	}

	/**
	 * What a client over its share of attempts sees, in its language: how long to wait.
	 * Reached by the throttle forwarding a refused attempt here, whatever its method.
	 */
	@RequestMapping("/too-many-attempts")
	String tooManyAttempts(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Model model) {
		var wait = request.getAttribute(AccountThrottling.WAIT_MINUTES);
		if (wait != null) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		model.addAttribute("minutes", wait == null ? 15L : wait);
		return "account/throttled";
	}

	/**
	 * What someone sees who followed a sign-in link the provider refuses (see
	 * {@link AuthorizationErrors}), in their language.
	 */
	@RequestMapping("/sign-in-refused")
	String signInRefused(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		if (request.getAttribute(AuthorizationErrors.REFUSED_PAGE) != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "account/refused";
	}

	/**
	 * A client over its share of mails or guesses: nothing was done; the page says how
	 * long to wait.
	 */
	@ExceptionHandler(TooManyAttempts.class)
	void throttled(TooManyAttempts refused, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) throws IOException, ServletException {
		AccountThrottling.answer(refused, request, response);
	}

	private Map<String, String> translate(InvalidInput invalid, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		invalid.problems()
			.forEach(problem -> errors.merge(problem.field(),
					messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale),
					(first, second) -> first + " " + second));
		return errors;
	}

	record LanguageLink(String code, String name, String href, boolean current) {
	}

	record RegistrationForm(String displayName, String email, String password) {
	}

}
