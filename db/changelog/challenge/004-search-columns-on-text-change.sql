--liquibase formatted sql

--changeset pilotbridge:challenge-004-search-columns-on-text-change
--comment: Recompute the search columns when a searched text changes, not on every save of a challenge (state, counters).
DROP TRIGGER challenge_search_columns ON challenge;
CREATE TRIGGER challenge_search_columns_on_insert
    BEFORE INSERT ON challenge
    FOR EACH ROW EXECUTE FUNCTION challenge_search_columns();
CREATE TRIGGER challenge_search_columns_on_update
    BEFORE UPDATE ON challenge
    FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title
        OR OLD.summary IS DISTINCT FROM NEW.summary
        OR OLD.problem_statement IS DISTINCT FROM NEW.problem_statement
        OR OLD.context IS DISTINCT FROM NEW.context
        OR OLD.expected_outcome IS DISTINCT FROM NEW.expected_outcome
        OR OLD.constraints IS DISTINCT FROM NEW.constraints
        OR OLD.tags IS DISTINCT FROM NEW.tags
        OR OLD.languages IS DISTINCT FROM NEW.languages
        OR OLD.cpv_codes IS DISTINCT FROM NEW.cpv_codes)
    EXECUTE FUNCTION challenge_search_columns();
--rollback DROP TRIGGER challenge_search_columns_on_update ON challenge; DROP TRIGGER challenge_search_columns_on_insert ON challenge; CREATE TRIGGER challenge_search_columns BEFORE INSERT OR UPDATE ON challenge FOR EACH ROW EXECUTE FUNCTION challenge_search_columns();
