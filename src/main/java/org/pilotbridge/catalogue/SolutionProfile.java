package org.pilotbridge.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * What a company writes about a solution, complete or not. A working version is saved as
 * it is (only lengths and formats are checked); submitting it for screening checks that
 * it is complete.
 *
 * @param pitch one paragraph that says what the solution does and for whom
 * @param description the full description, in Markdown
 * @param problemsSolved the problems it solves, in Markdown
 * @param trl the technology readiness level, 1 (basic principles observed) to 9 (proven
 * in operation)
 * @param customerReferences where it has been used, in Markdown
 * @param languages the languages the solution supports, the language of this text first
 * @param website an {@code http} or {@code https} address
 */
public record SolutionProfile(String name, String pitch, String description, String problemsSolved,
		List<String> cpvCodes, @Nullable Integer trl, String customerReferences, List<Language> languages,
		@Nullable String website) {

	public SolutionProfile {
		name = text(name);
		pitch = text(pitch);
		description = text(description);
		problemsSolved = text(problemsSolved);
		customerReferences = text(customerReferences);
		cpvCodes = cpvCodes == null ? List.of()
				: cpvCodes.stream().map(SolutionProfile::text).filter(code -> !code.isEmpty()).distinct().toList();
		languages = languages == null ? List.of() : languages.stream().distinct().toList();
		website = website == null || website.isBlank() ? null : text(website);
	}

	public static SolutionProfile empty() {
		return builder().build();
	}

	/**
	 * The language the texts are written in: the first language, English when none is
	 * given.
	 */
	public Language textLanguage() {
		return languages.isEmpty() ? Language.ENGLISH : languages.get(0);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().name(name)
			.pitch(pitch)
			.description(description)
			.problemsSolved(problemsSolved)
			.cpvCodes(cpvCodes)
			.trl(trl)
			.customerReferences(customerReferences)
			.languages(languages)
			.website(website);
	}

	private static String text(@Nullable String text) {
		return UserText.clean(text);
	}

	/**
	 * Builds a profile step by step, for forms, tests and the demo.
	 */
	public static final class Builder {

		private String name = "";

		private String pitch = "";

		private String description = "";

		private String problemsSolved = "";

		private List<String> cpvCodes = new ArrayList<>();

		private @Nullable Integer trl;

		private String customerReferences = "";

		private List<Language> languages = new ArrayList<>();

		private @Nullable String website;

		private Builder() {
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder pitch(String pitch) {
			this.pitch = pitch;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder problemsSolved(String problemsSolved) {
			this.problemsSolved = problemsSolved;
			return this;
		}

		public Builder cpvCodes(List<String> cpvCodes) {
			this.cpvCodes = new ArrayList<>(cpvCodes);
			return this;
		}

		public Builder trl(@Nullable Integer trl) {
			this.trl = trl;
			return this;
		}

		public Builder customerReferences(String customerReferences) {
			this.customerReferences = customerReferences;
			return this;
		}

		public Builder languages(List<Language> languages) {
			this.languages = new ArrayList<>(languages);
			return this;
		}

		public Builder website(@Nullable String website) {
			this.website = website;
			return this;
		}

		public SolutionProfile build() {
			return new SolutionProfile(name, pitch, description, problemsSolved, cpvCodes, trl, customerReferences,
					languages, website);
		}

	}

}
