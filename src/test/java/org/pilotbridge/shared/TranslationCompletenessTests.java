package org.pilotbridge.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English, French, Dutch and German: the bundles of each module have
 * the same keys with non-blank values and the same placeholders, every bundle is loaded
 * by the application, and every key the code names literally exists.
 */
class TranslationCompletenessTests {

	private static final List<String> SUFFIXES = List.of("", "_fr", "_nl", "_de");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern KEY_IN_CODE = Pattern.compile(
			"(?:getTranslation|translate|message)\\(\\s*\"([a-z0-9][a-z0-9.\\-]*)\"|title\\s*=\\s*\"([a-z0-9][a-z0-9.\\-]*)\"");

	/**
	 * A key written out in a template: {@code #{challenge.view.by(…)}}, not one computed
	 * ({@code #{${…}}}).
	 */
	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z0-9][a-z0-9.\\-]*)[}(]");

	private final Map<String, Map<String, Properties>> bundles = loadBundles();

	@Test
	void everyBundleExistsInTheFourLanguages() {
		assertThat(bundles).isNotEmpty();
		bundles.forEach((basename, languages) -> assertThat(languages.keySet()).as("languages of bundle %s", basename)
			.containsExactlyInAnyOrderElementsOf(SUFFIXES));
	}

	@Test
	void everyKeyIsTranslatedInEveryLanguage() {
		bundles.forEach((basename, languages) -> {
			var english = keys(languages.get(""));
			for (var suffix : SUFFIXES) {
				assertThat(keys(languages.get(suffix))).as("keys of %s%s compared with English", basename, suffix)
					.containsExactlyInAnyOrderElementsOf(english);
			}
		});
	}

	@Test
	void translationsAreNotBlankAndKeepThePlaceholders() {
		bundles.forEach((basename, languages) -> languages.get("").stringPropertyNames().forEach(key -> {
			var englishPlaceholders = placeholders(languages.get("").getProperty(key));
			for (var suffix : SUFFIXES) {
				var value = languages.get(suffix).getProperty(key);
				if (value == null) {
					continue;
				}
				assertThat(value).as("%s in %s%s", key, basename, suffix).isNotBlank();
				assertThat(placeholders(value)).as("placeholders of %s in %s%s", key, basename, suffix)
					.isEqualTo(englishPlaceholders);
			}
		}));
	}

	@Test
	void textsUseTypographicApostrophes() {
		// An ASCII apostrophe starts a quoted section in MessageFormat and silently
		// swallows placeholders.
		bundles.forEach(
				(basename,
						languages) -> languages.forEach((suffix, properties) -> properties.stringPropertyNames()
							.forEach(key -> assertThat(properties.getProperty(key))
								.as("%s in %s%s", key, basename, suffix)
								.doesNotContain("'"))));
	}

	@Test
	void everyBundleIsLoadedByTheApplication() throws IOException {
		var configuration = new Properties();
		try (var in = getClass().getResourceAsStream("/application.properties")) {
			configuration.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		var loaded = Arrays.stream(configuration.getProperty("spring.messages.basename").split(","))
			.map(String::trim)
			.collect(Collectors.toSet());
		assertThat(loaded).containsAll(bundles.keySet());
	}

	@Test
	void everyKeyNamedInTheCodeExists() throws IOException {
		var known = bundles.values()
			.stream()
			.flatMap(languages -> keys(languages.get("")).stream())
			.collect(Collectors.toSet());
		var missing = new TreeSet<String>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				var matcher = KEY_IN_CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					var key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
					// A key ending in a dot is the start of keys completed at run time
					// (one per enum constant).
					var exists = key.endsWith(".") ? known.stream().anyMatch(k -> k.startsWith(key))
							: known.contains(key);
					if (key.contains(".") && !exists) {
						missing.add(key + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("keys used in the code but missing in the bundles").isEmpty();
	}

	@Test
	void everyKeyNamedInTheTemplatesExists() throws IOException {
		var known = bundles.values()
			.stream()
			.flatMap(languages -> keys(languages.get("")).stream())
			.collect(Collectors.toSet());
		var missing = new TreeSet<String>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (var template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				var matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + template.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("keys used in the templates but missing in the bundles").isEmpty();
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> placeholders(String value) {
		var found = new TreeSet<String>();
		var matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Map<String, Map<String, Properties>> loadBundles() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
			var result = new TreeMap<String, Map<String, Properties>>();
			for (var resource : resources) {
				var name = resource.getFilename().replace(".properties", "");
				var matcher = Pattern.compile("^(.*?)(_[a-z]{2})?$").matcher(name);
				matcher.matches();
				var basename = "messages/" + matcher.group(1);
				var suffix = matcher.group(2) == null ? "" : matcher.group(2);
				var properties = new Properties();
				try (var in = resource.getInputStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				result.computeIfAbsent(basename, key -> new TreeMap<>()).put(suffix, properties);
			}
			return result;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
