package org.pilotbridge.identity;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of the enums shown to people has its name in every language.
 */
class IdentityTranslationsTests {

	private final ResourceBundleMessageSource messages = messages();

	@ParameterizedTest
	@EnumSource(Language.class)
	void namesEveryKindRoleStateAndSize(Language language) {
		var keys = Stream
			.of(Stream.of(OrganisationKind.values()).map(v -> "identity.kind." + key(v)),
					Stream.of(MembershipRole.values()).map(v -> "identity.role." + key(v)),
					Stream.of(VerificationState.values()).map(v -> "identity.verification." + key(v)),
					Stream.of(SizeClass.values()).map(v -> "identity.size." + key(v)))
			.flatMap(s -> s)
			.toList();
		keys.forEach(key -> assertThat(messages.getMessage(key, null, null, language.locale())).as(key).isNotBlank());
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames("messages/identity");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
