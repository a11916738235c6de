package org.pilotbridge.identity;

/**
 * Company size as in Commission Recommendation 2003/361/EC: micro (fewer than 10 staff),
 * small (fewer than 50), medium (fewer than 250), large.
 */
public enum SizeClass {

	MICRO, SMALL, MEDIUM, LARGE

}
