package org.pilotbridge.opendata;

import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How OCDS documents are written: compact, fields in the order the records declare them
 * (the order of the OCDS reference), dates as RFC 3339 text. Kept apart from the
 * application's JSON settings, because stored releases must read the same forever.
 */
@Component
class OcdsJson {

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	JsonMapper mapper() {
		return mapper;
	}

}
