package org.pilotbridge.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * A member of a challenge's panel, invited by e-mail.
 *
 * @param person once the invitation has been accepted
 * @param standIn whether the managers designated them to act for the chair where the
 * chair is recused
 */
public record PanelMember(PanelMemberId id, ChallengeId challenge, String email, String name, PanelRole role,
		Language language, Instant invitedAt, @Nullable PersonId person, @Nullable Instant joinedAt, boolean standIn) {

	public static final int NAME_MAX_LENGTH = 150;

	public PanelMember(PanelMemberId id, ChallengeId challenge, String email, String name, PanelRole role,
			Language language, Instant invitedAt, @Nullable PersonId person, @Nullable Instant joinedAt) {
		this(id, challenge, email, name, role, language, invitedAt, person, joinedAt, false);
	}

	public boolean hasJoined() {
		return person != null;
	}

	/**
	 * The person who took the seat, for a member who has joined: one found by the person,
	 * or after {@link #hasJoined()}.
	 * @throws IllegalStateException for a member still invited
	 */
	public PersonId joinedPerson() {
		if (person == null) {
			throw new IllegalStateException("Panel member " + id + " has not joined yet");
		}
		return person;
	}

	boolean is(PersonId someone) {
		return someone.equals(person);
	}

}
