package org.pilotbridge.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Other spellings of a path, as an attacker writes them to slip past a rule that compares
 * strings: a letter percent-encoded, a path parameter ({@code ;x=1}) on a segment, a
 * doubled slash, a trailing slash, upper case. A security decision must give each the
 * outcome of the path itself, or refuse it.
 */
public final class Spellings {

	private Spellings() {
	}

	/**
	 * The other spellings of an absolute path, without its query; the path itself is not
	 * among them.
	 */
	public static List<String> of(String path) {
		var spellings = new LinkedHashSet<String>();
		var lastSegment = path.lastIndexOf('/') + 1;
		var letter = firstLetter(path, lastSegment);
		if (letter >= 0) {
			spellings.add(path.substring(0, letter) + "%%%02X".formatted((int) path.charAt(letter))
					+ path.substring(letter + 1));
		}
		var lastLetter = lastLetter(path);
		if (lastLetter >= 0) {
			spellings.add(path.substring(0, lastLetter) + "%%%02X".formatted((int) path.charAt(lastLetter))
					+ path.substring(lastLetter + 1));
		}
		spellings.add(path + ";x=1");
		var secondSlash = path.indexOf('/', 1);
		if (secondSlash > 0) {
			spellings.add(path.substring(0, secondSlash) + ";jsessionid=x" + path.substring(secondSlash));
			spellings.add(path.substring(0, secondSlash) + "/" + path.substring(secondSlash));
		}
		spellings.add("/" + path);
		spellings.add(path + "/");
		spellings.add(path.toUpperCase(Locale.ROOT));
		if (lastSegment < path.length()) {
			spellings.add(path.substring(0, lastSegment) + Character.toUpperCase(path.charAt(lastSegment))
					+ path.substring(lastSegment + 1));
		}
		spellings.remove(path);
		return new ArrayList<>(spellings);
	}

	private static int firstLetter(String path, int from) {
		for (int i = from; i < path.length(); i++) {
			if (Character.isLetter(path.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastLetter(String path) {
		for (int i = path.length() - 1; i >= 0; i--) {
			if (Character.isLetter(path.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

}
