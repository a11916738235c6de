package org.pilotbridge.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.Language;

/**
 * Gives Vaadin the same translations as Spring's {@link MessageSource}, so that views,
 * e-mails and documents share one set of bundles ({@code messages/<module>*.properties}).
 */
@Component
class MessageSourceI18nProvider implements I18NProvider {

	private static final Logger log = LoggerFactory.getLogger(MessageSourceI18nProvider.class);

	private final MessageSource messages;

	MessageSourceI18nProvider(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return Language.locales();
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			return messages.getMessage(key, params, Language.of(locale).locale());
		}
		catch (NoSuchMessageException missing) {
			log.warn("No translation for '{}'", key);
			return "!" + key + "!";
		}
	}

}
