--liquibase formatted sql

--changeset pilotbridge:challenge-005-search-indexes-without-pending-list
--comment: A search reads the GIN indexes on every request. With their pending list (fastupdate), it also reads every entry added since the last vacuum, and the planner, counting that cost, scans the whole table instead (100 ms instead of 20 ms for one word over 10,000 challenges). Challenges are written rarely: entries go straight into the index.
ALTER INDEX challenge_search_idx SET (fastupdate = off);
ALTER INDEX challenge_search_simple_idx SET (fastupdate = off);
ALTER INDEX challenge_cpv_divisions_idx SET (fastupdate = off);
ALTER INDEX challenge_languages_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('challenge_search_idx'::regclass);
SELECT gin_clean_pending_list('challenge_search_simple_idx'::regclass);
SELECT gin_clean_pending_list('challenge_cpv_divisions_idx'::regclass);
SELECT gin_clean_pending_list('challenge_languages_idx'::regclass);
--rollback ALTER INDEX challenge_search_idx RESET (fastupdate); ALTER INDEX challenge_search_simple_idx RESET (fastupdate); ALTER INDEX challenge_cpv_divisions_idx RESET (fastupdate); ALTER INDEX challenge_languages_idx RESET (fastupdate);
