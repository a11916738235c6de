package org.pilotbridge.shared.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.LanguageCookie;
import org.pilotbridge.shared.web.PublicPage;

/**
 * Server-rendered pages speak a language: the public site's pages the one of their
 * address (see {@link org.pilotbridge.shared.PublicPaths}); the others (the sign-in
 * provider's pages, feeds, documents) the visitor's, like the views do, where
 * {@code ?lang=fr} switches it on the account pages and remembers the choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {

			private static final String CHOSEN = "pilotbridge.chosen-locale";

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				if (request.getAttribute(PublicPage.LANGUAGE_ATTRIBUTE) instanceof Language addressed) {
					return addressed.locale();
				}
				if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
					return chosen;
				}
				return LanguageCookie.resolve(request).locale();
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				if (response != null && locale != null) {
					var language = Language.of(locale);
					LanguageCookie.remember(language, request, response);
					request.setAttribute(CHOSEN, language.locale());
				}
			}

		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		// Only there: the public site's language is in its address, and its list takes
		// ?lang= as a filter.
		registry.addInterceptor(languageSwitch).addPathPatterns("/account/**");
	}

}
