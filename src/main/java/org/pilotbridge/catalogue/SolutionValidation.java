package org.pilotbridge.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.InvalidInput;

/**
 * The rules of a solution profile: the format checks every saved working version passes,
 * and the completeness checks of submission. Every problem is reported at once, one per
 * field.
 */
@Component
class SolutionValidation {

	private static final Pattern CPV_FORMAT = Pattern.compile("\\d{8}(-\\d)?");

	private final CpvCatalogue cpv;

	SolutionValidation(CpvCatalogue cpv) {
		this.cpv = cpv;
	}

	/** What any working version must respect: lengths, ranges and formats. */
	void checkFormat(SolutionProfile profile) {
		var problems = new InvalidInput.Problems();
		format(profile, problems);
		problems.throwIfAny();
	}

	/** What a version must be to be submitted for screening. */
	void checkComplete(SolutionProfile profile) {
		var problems = new InvalidInput.Problems();
		format(profile, problems);
		if (problems.isEmpty()) {
			problems.require(!profile.name().isEmpty(), "name", "validation.required")
				.require(!profile.pitch().isEmpty(), "pitch", "validation.required")
				.require(!profile.description().isEmpty(), "description", "validation.required")
				.require(!profile.problemsSolved().isEmpty(), "problemsSolved", "validation.required")
				.require(!profile.cpvCodes().isEmpty(), "cpvCodes", "catalogue.solution.cpv-required")
				.require(profile.trl() != null, "trl", "catalogue.solution.trl-required")
				.require(!profile.languages().isEmpty(), "languages", "catalogue.solution.languages-required");
		}
		problems.throwIfAny();
	}

	private void format(SolutionProfile profile, InvalidInput.Problems problems) {
		length(problems, "name", profile.name(), Solution.NAME_MAX_LENGTH);
		length(problems, "pitch", profile.pitch(), Solution.PITCH_MAX_LENGTH);
		length(problems, "description", profile.description(), Solution.DESCRIPTION_MAX_LENGTH);
		length(problems, "problemsSolved", profile.problemsSolved(), Solution.PROBLEMS_MAX_LENGTH);
		length(problems, "customerReferences", profile.customerReferences(), Solution.REFERENCES_MAX_LENGTH);
		if (profile.cpvCodes().size() > Solution.MAX_CPV_CODES) {
			problems.add("cpvCodes", "catalogue.solution.too-many-cpv", Solution.MAX_CPV_CODES);
		}
		else {
			profile.cpvCodes()
				.stream()
				.filter(code -> !CPV_FORMAT.matcher(code).matches() || !cpv.exists(code))
				.findFirst()
				.ifPresent(code -> problems.add("cpvCodes", "catalogue.solution.cpv-unknown", code));
		}
		if (profile.trl() != null && (profile.trl() < Solution.MIN_TRL || profile.trl() > Solution.MAX_TRL)) {
			problems.add("trl", "catalogue.solution.trl-range", Solution.MIN_TRL, Solution.MAX_TRL);
		}
		if (profile.website() != null) {
			if (profile.website().length() > Solution.WEBSITE_MAX_LENGTH) {
				problems.add("website", "validation.too-long", Solution.WEBSITE_MAX_LENGTH);
			}
			else if (!isWebAddress(profile.website())) {
				problems.add("website", "catalogue.solution.website-invalid");
			}
		}
	}

	/**
	 * An absolute {@code http} or {@code https} address with a host and nothing unusual
	 * in it.
	 */
	static boolean isWebAddress(@Nullable String text) {
		if (text == null || text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			var uri = new URI(text);
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".") && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException malformed) {
			return false;
		}
	}

	private static void length(InvalidInput.Problems problems, String field, String value, int max) {
		problems.require(value.length() <= max, field, "validation.too-long", max);
	}

}
