--liquibase formatted sql

--changeset pilotbridge:catalogue-001-solution
--comment: Solution profiles: the working version the company edits, and the published version the public sees. Lengths match the constants of Solution.
CREATE TABLE solution
(
    id                  UUID PRIMARY KEY,
    version             INTEGER                  NOT NULL,
    reference           VARCHAR(80)              NOT NULL UNIQUE,
    company_id          UUID                     NOT NULL,
    created_by          UUID                     NOT NULL,
    state               VARCHAR(20)              NOT NULL,
    name                VARCHAR(120)             NOT NULL,
    pitch               VARCHAR(600)             NOT NULL,
    description         VARCHAR(10000)           NOT NULL,
    problems_solved     VARCHAR(3000)            NOT NULL,
    cpv_codes           VARCHAR(10)[]            NOT NULL,
    trl                 INTEGER,
    customer_references VARCHAR(3000)            NOT NULL,
    languages           VARCHAR(2)[]             NOT NULL,
    website             VARCHAR(300),
    image_ids           VARCHAR(36)[]            NOT NULL,
    brochure_id         VARCHAR(36),
    rejection_reason    VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    screened_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT solution_trl CHECK (trl IS NULL OR trl BETWEEN 1 AND 9)
);
CREATE INDEX solution_company_idx ON solution (company_id, updated_at DESC);
CREATE INDEX solution_state_idx ON solution (state, submitted_at);

-- The version the public sees, written when an administrator approves the working version; it stays
-- online, unchanged, while a newer working version waits for screening.
CREATE TABLE solution_publication
(
    solution_id         UUID PRIMARY KEY REFERENCES solution (id) ON DELETE CASCADE,
    reference           VARCHAR(80)              NOT NULL,
    company_id          UUID                     NOT NULL,
    name                VARCHAR(120)             NOT NULL,
    pitch               VARCHAR(600)             NOT NULL,
    description         VARCHAR(10000)           NOT NULL,
    problems_solved     VARCHAR(3000)            NOT NULL,
    cpv_codes           VARCHAR(10)[]            NOT NULL,
    trl                 INTEGER                  NOT NULL,
    customer_references VARCHAR(3000)            NOT NULL,
    languages           VARCHAR(2)[]             NOT NULL,
    website             VARCHAR(300),
    image_ids           VARCHAR(36)[]            NOT NULL,
    brochure_id         VARCHAR(36),
    first_published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Maintained by the trigger below on every insert and update, never by the application.
    cpv_divisions       CHAR(2)[],
    search_config       REGCONFIG,
    search_vector       TSVECTOR,
    search_simple       TSVECTOR
);
CREATE INDEX solution_publication_published_idx ON solution_publication (published_at DESC);
CREATE INDEX solution_publication_company_idx ON solution_publication (company_id);
CREATE INDEX solution_publication_search_idx ON solution_publication USING GIN (search_vector);
CREATE INDEX solution_publication_search_simple_idx ON solution_publication USING GIN (search_simple);
CREATE INDEX solution_publication_divisions_idx ON solution_publication USING GIN (cpv_divisions);
CREATE INDEX solution_publication_languages_idx ON solution_publication USING GIN (languages);

-- Images (re-encoded by the application) and brochures (checked PDFs). A file is never changed; it is
-- deleted once neither the working nor the published version refers to it.
CREATE TABLE solution_file
(
    id           UUID PRIMARY KEY,
    solution_id  UUID                     NOT NULL REFERENCES solution (id) ON DELETE CASCADE,
    kind         VARCHAR(10)              NOT NULL,
    file_name    VARCHAR(100)             NOT NULL,
    content_type VARCHAR(50)              NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       CHAR(64)                 NOT NULL,
    width        INTEGER,
    height       INTEGER,
    pages        INTEGER,
    content      BYTEA                    NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  UUID                     NOT NULL
);
CREATE INDEX solution_file_solution_idx ON solution_file (solution_id);
--rollback DROP TABLE solution_file; DROP TABLE solution_publication; DROP TABLE solution;

--changeset pilotbridge:catalogue-001-solution-search splitStatements:false
--comment: Full-text search on the published version, in the regconfig of its first language; 'simple' finds words typed in any language.
CREATE FUNCTION solution_publication_search_columns() RETURNS trigger
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
    body := concat_ws(' ', NEW.problems_solved, NEW.description, NEW.customer_references);
    NEW.search_vector := setweight(to_tsvector(NEW.search_config, NEW.name), 'A')
                             || setweight(to_tsvector(NEW.search_config, NEW.pitch), 'B')
                             || setweight(to_tsvector(NEW.search_config, body), 'C');
    NEW.search_simple := setweight(to_tsvector('simple', NEW.name), 'A')
                             || setweight(to_tsvector('simple', NEW.pitch), 'B')
                             || setweight(to_tsvector('simple', body), 'C');
    NEW.cpv_divisions := ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(NEW.cpv_codes) AS code ORDER BY 1);
    RETURN NEW;
END;
$$;

CREATE TRIGGER solution_publication_search_columns
    BEFORE INSERT OR UPDATE ON solution_publication
    FOR EACH ROW EXECUTE FUNCTION solution_publication_search_columns();
--rollback DROP TRIGGER solution_publication_search_columns ON solution_publication; DROP FUNCTION solution_publication_search_columns();

--changeset pilotbridge:catalogue-001-matching
--comment: Companies that turned off news of matching challenges; challenges already matched (once per company); invitations sent by agencies.
CREATE TABLE catalogue_company_setting
(
    company_id          UUID PRIMARY KEY,
    match_notifications BOOLEAN                  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          UUID                     NOT NULL
);

-- The insert is the once-only guard: a replayed ChallengePublished never tells a company twice.
CREATE TABLE catalogue_challenge_match
(
    challenge_id UUID                     NOT NULL,
    company_id   UUID                     NOT NULL,
    matched_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (challenge_id, company_id)
);

CREATE TABLE solution_invitation
(
    challenge_id UUID                     NOT NULL,
    solution_id  UUID                     NOT NULL REFERENCES solution (id) ON DELETE CASCADE,
    company_id   UUID                     NOT NULL,
    invited_by   UUID                     NOT NULL,
    message      VARCHAR(1000)            NOT NULL,
    invited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (challenge_id, solution_id)
);
--rollback DROP TABLE solution_invitation; DROP TABLE catalogue_challenge_match; DROP TABLE catalogue_company_setting;

--changeset pilotbridge:catalogue-001-consultation
--comment: Market consultations (requests for information) and the companies' answers; lengths match the constants of Consultation.
CREATE TABLE consultation
(
    id           UUID PRIMARY KEY,
    version      INTEGER                  NOT NULL,
    reference    VARCHAR(20)              NOT NULL UNIQUE,
    agency_id    UUID                     NOT NULL,
    created_by   UUID                     NOT NULL,
    title        VARCHAR(150)             NOT NULL,
    problem      VARCHAR(10000)           NOT NULL,
    questions    VARCHAR(500)[]           NOT NULL,
    cpv_codes    VARCHAR(10)[]            NOT NULL,
    language     VARCHAR(2)               NOT NULL,
    time_zone    VARCHAR(50)              NOT NULL,
    closes_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    challenge_id UUID
);
CREATE INDEX consultation_agency_idx ON consultation (agency_id, published_at DESC);
CREATE INDEX consultation_closes_idx ON consultation (closes_at DESC);

CREATE TABLE consultation_answer
(
    id              UUID PRIMARY KEY,
    version         INTEGER                  NOT NULL,
    consultation_id UUID                     NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    company_id      UUID                     NOT NULL,
    answered_by     UUID                     NOT NULL,
    answers         VARCHAR(5000)[]          NOT NULL,
    may_publish     BOOLEAN                  NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consultation_answer_once UNIQUE (consultation_id, company_id)
);

-- Race-free human references MC-<year>-<number>: one counter row per year, incremented under its row lock.
CREATE TABLE consultation_reference_counter
(
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);
--rollback DROP TABLE consultation_reference_counter; DROP TABLE consultation_answer; DROP TABLE consultation;
