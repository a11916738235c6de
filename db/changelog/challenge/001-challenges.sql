--liquibase formatted sql

--changeset pilotbridge:challenge-001-challenge
--comment: Challenges with their criteria and public change log; lengths match the constants of Challenge.
CREATE TABLE challenge
(
    id                    UUID PRIMARY KEY,
    version               INTEGER                  NOT NULL,
    reference             VARCHAR(20) UNIQUE,
    agency_id             UUID                     NOT NULL,
    created_by            UUID                     NOT NULL,
    state                 VARCHAR(20)              NOT NULL,
    title                 VARCHAR(150)             NOT NULL,
    summary               VARCHAR(300)             NOT NULL,
    problem_statement     VARCHAR(10000)           NOT NULL,
    context               VARCHAR(10000)           NOT NULL,
    expected_outcome      VARCHAR(10000)           NOT NULL,
    constraints           VARCHAR(10000)           NOT NULL,
    budget_amount         NUMERIC(12, 2),
    budget_currency       CHAR(3),
    pilot_duration_weeks  INTEGER,
    pilots_to_award       INTEGER                  NOT NULL,
    time_zone             VARCHAR(50)              NOT NULL,
    questions_deadline    TIMESTAMP WITH TIME ZONE,
    proposals_deadline    TIMESTAMP WITH TIME ZONE,
    scale_min             INTEGER                  NOT NULL,
    scale_max             INTEGER                  NOT NULL,
    scale_descriptions    VARCHAR(300)[]           NOT NULL,
    cpv_codes             VARCHAR(10)[]            NOT NULL,
    tags                  VARCHAR(40)[]            NOT NULL,
    languages             VARCHAR(2)[]             NOT NULL,
    minimum_total         INTEGER,
    standstill_days       INTEGER                  NOT NULL,
    withdrawal_reason     VARCHAR(1000),
    submitted_count       INTEGER                  NOT NULL,
    had_submission        BOOLEAN                  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE,
    closed_at             TIMESTAMP WITH TIME ZONE,
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    evaluation_started_at TIMESTAMP WITH TIME ZONE,
    decided_at            TIMESTAMP WITH TIME ZONE,
    -- Maintained by the trigger below on every insert and update, never by the application.
    cpv_divisions         CHAR(2)[],
    search_config         REGCONFIG,
    search_vector         TSVECTOR,
    search_simple         TSVECTOR,
    CONSTRAINT challenge_budget_currency CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
);
-- The close job and lazy closing look for published challenges past their deadline.
CREATE INDEX challenge_state_deadline_idx ON challenge (state, proposals_deadline);
CREATE INDEX challenge_agency_idx ON challenge (agency_id, state);
CREATE INDEX challenge_published_idx ON challenge (published_at DESC) WHERE published_at IS NOT NULL;
CREATE INDEX challenge_budget_idx ON challenge (budget_amount) WHERE published_at IS NOT NULL;
CREATE INDEX challenge_search_idx ON challenge USING GIN (search_vector);
CREATE INDEX challenge_search_simple_idx ON challenge USING GIN (search_simple);
CREATE INDEX challenge_cpv_divisions_idx ON challenge USING GIN (cpv_divisions);
CREATE INDEX challenge_languages_idx ON challenge USING GIN (languages);

CREATE TABLE challenge_criterion
(
    challenge_id UUID          NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    criterion_id UUID          NOT NULL,
    name         VARCHAR(150)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    weight       INTEGER       NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    PRIMARY KEY (challenge_id, position)
);

CREATE TABLE challenge_amendment
(
    challenge_id      UUID                     NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    position          INTEGER                  NOT NULL,
    amended_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    amended_by        UUID                     NOT NULL,
    reason            VARCHAR(1000)            NOT NULL,
    changed_fields    VARCHAR(50)[]            NOT NULL,
    previous_deadline TIMESTAMP WITH TIME ZONE,
    new_deadline      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (challenge_id, position)
);

-- Race-free human references CH-<year>-<number>: one counter row per year, incremented under its row lock.
CREATE TABLE challenge_reference_counter
(
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);
--rollback DROP TABLE challenge_reference_counter; DROP TABLE challenge_amendment; DROP TABLE challenge_criterion; DROP TABLE challenge;

--changeset pilotbridge:challenge-001-search splitStatements:false
--comment: The full-text search columns follow the first language of the challenge; 'simple' finds words typed in any language.
CREATE FUNCTION challenge_search_columns() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    body TEXT;
BEGIN
    NEW.search_config := CASE NEW.languages[1]
                             WHEN 'fr' THEN 'french'
                             WHEN 'nl' THEN 'dutch'
                             WHEN 'de' THEN 'german'
                             ELSE 'english' END::regconfig;
    body := concat_ws(' ', NEW.problem_statement, NEW.context, NEW.expected_outcome, NEW.constraints,
                      array_to_string(NEW.tags, ' '));
    NEW.search_vector := setweight(to_tsvector(NEW.search_config, NEW.title), 'A')
                             || setweight(to_tsvector(NEW.search_config, NEW.summary), 'B')
                             || setweight(to_tsvector(NEW.search_config, body), 'C');
    NEW.search_simple := setweight(to_tsvector('simple', NEW.title), 'A')
                             || setweight(to_tsvector('simple', NEW.summary), 'B')
                             || setweight(to_tsvector('simple', body), 'C');
    NEW.cpv_divisions := ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(NEW.cpv_codes) AS code ORDER BY 1);
    RETURN NEW;
END;
$$;

CREATE TRIGGER challenge_search_columns
    BEFORE INSERT OR UPDATE ON challenge
    FOR EACH ROW EXECUTE FUNCTION challenge_search_columns();
--rollback DROP TRIGGER challenge_search_columns ON challenge; DROP FUNCTION challenge_search_columns();

--changeset pilotbridge:challenge-001-attachments-questions-follows
CREATE TABLE challenge_attachment
(
    id           UUID PRIMARY KEY,
    challenge_id UUID                     NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    file_name    VARCHAR(100)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    pages        INTEGER                  NOT NULL,
    sha256       CHAR(64)                 NOT NULL,
    content      BYTEA                    NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  UUID                     NOT NULL
);
CREATE INDEX challenge_attachment_challenge_idx ON challenge_attachment (challenge_id, uploaded_at);

CREATE TABLE challenge_question
(
    id               UUID PRIMARY KEY,
    version          INTEGER                  NOT NULL,
    challenge_id     UUID                     NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    asked_by         UUID                     NOT NULL,
    asked_for        UUID                     NOT NULL,
    original_text    VARCHAR(1000)            NOT NULL,
    public_text      VARCHAR(1000),
    answer           VARCHAR(10000),
    rejection_reason VARCHAR(1000),
    state            VARCHAR(10)              NOT NULL,
    asked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       UUID
);
CREATE INDEX challenge_question_challenge_idx ON challenge_question (challenge_id, state, asked_at);
CREATE INDEX challenge_question_asker_idx ON challenge_question (asked_by);

CREATE TABLE challenge_follow
(
    challenge_id UUID                     NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    person_id    UUID                     NOT NULL,
    followed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (challenge_id, person_id)
);
CREATE INDEX challenge_follow_person_idx ON challenge_follow (person_id);

-- One row per challenge whose followers were reminded of the approaching deadline; the insert is the once-only guard.
CREATE TABLE challenge_deadline_reminder
(
    challenge_id UUID PRIMARY KEY REFERENCES challenge (id) ON DELETE CASCADE,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE saved_search
(
    id            UUID PRIMARY KEY,
    version       INTEGER                  NOT NULL,
    person_id     UUID                     NOT NULL,
    name          VARCHAR(100)             NOT NULL,
    query         VARCHAR(200)             NOT NULL,
    status        VARCHAR(20),
    cpv_division  CHAR(2),
    agency_id     UUID,
    budget_min    NUMERIC(12, 2),
    budget_max    NUMERIC(12, 2),
    deadline_from TIMESTAMP WITH TIME ZONE,
    deadline_to   TIMESTAMP WITH TIME ZONE,
    language      VARCHAR(2),
    frequency     VARCHAR(10)              NOT NULL,
    notify_in     VARCHAR(10)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX saved_search_person_idx ON saved_search (person_id);
--rollback DROP TABLE saved_search; DROP TABLE challenge_deadline_reminder; DROP TABLE challenge_follow; DROP TABLE challenge_question; DROP TABLE challenge_attachment;
