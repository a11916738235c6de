package org.pilotbridge.opendata;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the releases of one contracting process into its compiled release, by the OCDS
 * 1.1 merge routine: releases in date order; {@code id}, {@code date} and {@code tag}
 * left out; a later value replaces an earlier one and {@code null} removes it; objects
 * merge field by field; arrays of objects with an {@code id} merge by identifier; any
 * other array, and those the schema marks {@code wholeListMerge}, is replaced whole.
 *
 * @see "https://standard.open-contracting.org/1.1/en/schema/merging/"
 */
final class OcdsMerge {

	/** Fields the release schema declares {@code omitWhenMerged}. */
	private static final Set<String> OMITTED = Set.of("id", "date", "tag");

	/** Fields the release schema declares {@code wholeListMerge}. */
	private static final Set<String> WHOLE_LIST = Set.of("additionalIdentifiers", "additionalClassifications");

	private OcdsMerge() {
	}

	/**
	 * The compiled release of the releases, which must share one {@code ocid} and be
	 * sorted by date. As the OCDS reference implementation does, it is tagged
	 * {@code compiled}, dated by the latest release and identified as
	 * {@code <ocid>-<date>}.
	 */
	static ObjectNode compile(List<JsonNode> releases) {
		if (releases.isEmpty()) {
			throw new IllegalArgumentException("A compiled release needs at least one release");
		}
		var compiled = JsonNodeFactory.instance.objectNode();
		for (var release : releases) {
			for (var field : release.properties()) {
				if (!OMITTED.contains(field.getKey())) {
					mergeField(compiled, field.getKey(), field.getValue());
				}
			}
		}
		var latest = releases.get(releases.size() - 1);
		var date = latest.path("date").asString();
		var result = JsonNodeFactory.instance.objectNode();
		result.put("ocid", latest.path("ocid").asString());
		result.put("id", latest.path("ocid").asString() + "-" + date);
		result.put("date", date);
		result.set("tag", JsonNodeFactory.instance.arrayNode().add("compiled"));
		compiled.properties().forEach(field -> {
			if (!result.has(field.getKey())) {
				result.set(field.getKey(), field.getValue());
			}
		});
		return result;
	}

	private static void mergeField(ObjectNode output, String name, JsonNode input) {
		if (input.isNull()) {
			output.remove(name);
			return;
		}
		var existing = output.get(name);
		if (input.isObject()) {
			var target = existing != null && existing.isObject() ? (ObjectNode) existing
					: JsonNodeFactory.instance.objectNode();
			mergeObject(target, input);
			output.set(name, target);
		}
		else if (input.isArray() && input.isEmpty() && existing != null && isIdentifiedList(name, existing)) {
			// An empty array of identified objects changes nothing: objects are removed
			// by nulling their fields.
			return;
		}
		else if (input.isArray() && isIdentifiedList(name, input)) {
			var target = existing != null && existing.isArray() ? (ArrayNode) existing
					: JsonNodeFactory.instance.arrayNode();
			mergeById(target, input);
			output.set(name, target);
		}
		else {
			output.set(name, input.deepCopy());
		}
	}

	private static void mergeObject(ObjectNode output, JsonNode input) {
		for (var field : input.properties()) {
			mergeField(output, field.getKey(), field.getValue());
		}
	}

	private static void mergeById(ArrayNode output, JsonNode input) {
		for (var item : input.values()) {
			ObjectNode match = null;
			for (var candidate : output.values()) {
				if (candidate.path("id").equals(item.path("id"))) {
					match = (ObjectNode) candidate;
					break;
				}
			}
			if (match == null) {
				var added = JsonNodeFactory.instance.objectNode();
				mergeObject(added, item);
				output.add(added);
			}
			else {
				mergeObject(match, item);
			}
		}
	}

	/**
	 * An array of objects that all have an {@code id}, not marked for whole list merge.
	 */
	private static boolean isIdentifiedList(String name, JsonNode array) {
		if (WHOLE_LIST.contains(name) || array.isEmpty()) {
			return false;
		}
		for (var item : array.values()) {
			if (!item.isObject() || !item.has("id")) {
				return false;
			}
		}
		return true;
	}

}
