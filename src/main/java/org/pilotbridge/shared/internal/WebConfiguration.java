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

/**
 * Server-rendered pages (the sign-in provider, feeds, documents) speak the visitor's language like the
 * views do; {@code ?lang=fr} switches it and remembers the choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {

			private static final String CHOSEN = "pilotbridge.chosen-locale";

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
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
		// The pictures of link previews take their language from their address and set no cookie.
		registry.addInterceptor(languageSwitch).excludePathPatterns("/cards/**", "/*/cards/**");
	}

}
