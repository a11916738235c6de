package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The canonical form follows RFC 8785 (JSON Canonicalization Scheme), so that anyone can
 * recompute a digest with any conforming library.
 */
class CanonicalJsonTests {

	@Test
	void sortsMembersByTheirUtf16CodeUnitsAsRfc8785Section323() {
		var members = new HashMap<String, Object>();
		members.put("\u20ac", "Euro Sign");
		members.put("\r", "Carriage Return");
		members.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
		members.put("1", "One");
		members.put("\ud83d\ude00", "Emoji: Grinning Face");
		members.put("\u0080", "Control");
		members.put("\u00f6", "Latin Small Letter O With Diaeresis");

		assertThat(CanonicalJson.write(members)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
				+ "\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
				+ "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
	}

	@Test
	void escapesOnlyWhatRfc8785EscapesAndWritesNoWhitespace() {
		var text = "\u0000\u001f\"\\/\b\f\n\r\t é € \u2028";

		assertThat(CanonicalJson.write(Map.of("t", List.of(text, 7, true))))
			.isEqualTo("{\"t\":[\"\\u0000\\u001f\\\"\\\\/\\b\\f\\n\\r\\t é € \u2028\",7,true]}");
	}

	@Test
	void keepsNullsAndTheOrderOfArrays() {
		var map = new LinkedHashMap<String, Object>();
		map.put("z", null);
		map.put("a", Arrays.asList(3, 1, 2));

		assertThat(CanonicalJson.write(map)).isEqualTo("{\"a\":[3,1,2],\"z\":null}");
	}

	@Test
	void refusesNumbersItCannotWriteExactly() {
		assertThatThrownBy(() -> CanonicalJson.write(List.of(new BigDecimal("1.50"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CanonicalJson.write(List.of(0.1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CanonicalJson.write(List.of(1L << 53))).isInstanceOf(IllegalArgumentException.class);
		assertThat(CanonicalJson.write(List.of((1L << 53) - 1))).isEqualTo("[9007199254740991]");
	}

	@Test
	void digestsTheUtf8Bytes() {
		assertThat(CanonicalJson.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(CanonicalJson.sha256("\u00e9"))
			.isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
	}

}
