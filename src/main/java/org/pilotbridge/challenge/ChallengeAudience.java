package org.pilotbridge.challenge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * Who should hear about a challenge, for the {@code notification} module: its followers,
 * and the saved searches it matches (right after publication, and for daily digests). Not
 * meant for views; it checks no rights.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeAudience {

	private static final String SAVED_SEARCH_MATCHES = """
			SELECT s.id, s.person_id, s.frequency, s.notify_in FROM saved_search s, challenge c
			WHERE c.id = :challenge AND %s
			  AND (s.query = '' OR %s)
			  AND (s.status IS NULL OR %s)
			  AND (s.cpv_division IS NULL OR %s)
			  AND (s.agency_id IS NULL OR %s)
			  AND (s.budget_min IS NULL OR %s)
			  AND (s.budget_max IS NULL OR %s)
			  AND (s.deadline_from IS NULL OR %s)
			  AND (s.deadline_to IS NULL OR %s)
			  AND (s.language IS NULL OR %s)
			ORDER BY s.created_at, s.id
			""".formatted(SearchConditions.PUBLIC, SearchConditions.text("s.query"),
			SearchConditions.status("s.status"), SearchConditions.division("s.cpv_division"),
			SearchConditions.agency("s.agency_id"), SearchConditions.budgetMin("s.budget_min"),
			SearchConditions.budgetMax("s.budget_max"), SearchConditions.deadlineFrom("s.deadline_from"),
			SearchConditions.deadlineTo("s.deadline_to"), SearchConditions.language("s.language"));

	private final ChallengeFollows follows;

	private final SavedSearches savedSearches;

	private final ChallengeSearch search;

	private final JdbcClient jdbc;

	ChallengeAudience(ChallengeFollows follows, SavedSearches savedSearches, ChallengeSearch search, JdbcClient jdbc) {
		this.follows = follows;
		this.savedSearches = savedSearches;
		this.search = search;
		this.jdbc = jdbc;
	}

	/** The people who follow the challenge. */
	public List<PersonId> followers(ChallengeId id) {
		return follows.followers(id);
	}

	/**
	 * Every saved search the challenge matches, as it is now: each search's words and
	 * filters are applied to this one challenge, exactly as the search on the site would.
	 */
	public List<SavedSearchMatch> savedSearchesMatching(ChallengeId id) {
		return jdbc.sql(SAVED_SEARCH_MATCHES)
			.param("challenge", id.id())
			.query((rs, row) -> new SavedSearchMatch(new PersonId(rs.getObject("person_id", UUID.class)),
					new SavedSearchId(rs.getObject("id", UUID.class)),
					SavedSearchFrequency.valueOf(rs.getString("frequency")),
					Language.ofCode(rs.getString("notify_in")).orElse(Language.ENGLISH)))
			.list();
	}

	/** The saved searches of a frequency, such as those that get a daily digest. */
	public List<SavedSearchMatch> savedSearches(SavedSearchFrequency frequency) {
		return savedSearches.findByFrequency(frequency.name())
			.stream()
			.map(s -> new SavedSearchMatch(s.person(), s.id(), s.frequency(), s.notifyIn()))
			.toList();
	}

	/**
	 * The challenges published since a moment that match a saved search, newest first, at
	 * most {@value ChallengeSearch#MAX_PAGE_SIZE}: the content of a digest.
	 */
	public List<SearchHit> publishedSinceMatching(SavedSearchId id, Instant since) {
		return savedSearches.findById(id.id())
			.map(s -> search.search(s.criteria().withPublishedSince(since), 0, ChallengeSearch.MAX_PAGE_SIZE).hits())
			.orElse(List.of());
	}

	/**
	 * A saved search that matched, with whom to tell, how often, and in which language.
	 */
	public record SavedSearchMatch(PersonId person, SavedSearchId savedSearch, SavedSearchFrequency frequency,
			Language language) {
	}

}
