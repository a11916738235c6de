package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of companies follow public challenges to hear of their amendments, answers and
 * approaching deadline.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ChallengeFollowing {

	private final ChallengeFollows follows;

	private final Challenges challenges;

	private final ChallengeAccess access;

	private final Clock clock;

	ChallengeFollowing(ChallengeFollows follows, Challenges challenges, ChallengeAccess access, Clock clock) {
		this.follows = follows;
		this.challenges = challenges;
		this.access = access;
		this.clock = clock;
	}

	/** Follows a public challenge; following it twice changes nothing. */
	public void follow(ChallengeId id) {
		var member = access.requireCompanyMember();
		publicChallenge(id);
		follows.follow(id, member.person(), clock.instant());
	}

	public void unfollow(ChallengeId id) {
		var member = access.requireCompanyMember();
		follows.unfollow(id, member.person());
	}

	@Transactional(readOnly = true)
	public boolean isFollowing(ChallengeId id) {
		return follows.follows(id, access.requireCompanyMember().person());
	}

	/** The challenges the current person follows, the most recently followed first. */
	@Transactional(readOnly = true)
	public List<FollowedChallenge> followed() {
		var person = access.requireCompanyMember().person();
		var now = clock.instant();
		return follows.followedBy(person)
			.stream()
			.flatMap(id -> challenges.findById(id.id()).stream())
			.map(c -> new FollowedChallenge(c.id(), c.reference().orElse(""), c.title(), c.stateAt(now),
					c.proposalsDeadline().orElse(null)))
			.toList();
	}

	private Challenge publicChallenge(ChallengeId id) {
		return challenges.findById(id.id())
			.filter(c -> c.state().isPublic())
			.orElseThrow(() -> new ChallengeNotFound(id));
	}

	public record FollowedChallenge(ChallengeId id, String reference, String title, ChallengeState state,
			@Nullable Instant proposalsDeadline) {
	}

}
