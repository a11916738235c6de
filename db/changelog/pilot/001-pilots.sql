--liquibase formatted sql

--changeset pilotbridge:pilot-001-pilot
--comment: Pilots of awarded proposals, their milestones, results and the company's account; lengths match the constants of Pilot.
CREATE TABLE pilot
(
    id                    UUID PRIMARY KEY,
    version               INTEGER                  NOT NULL,
    reference             VARCHAR(30)              NOT NULL UNIQUE,
    challenge_id          UUID                     NOT NULL,
    challenge_reference   VARCHAR(20)              NOT NULL,
    challenge_title       VARCHAR(150)             NOT NULL,
    agency_id             UUID                     NOT NULL,
    -- One pilot per awarded proposal, however often the award event is delivered.
    proposal_id           UUID                     NOT NULL UNIQUE,
    company_id            UUID                     NOT NULL,
    company_name          VARCHAR(300)             NOT NULL,
    company_size          VARCHAR(10),
    amount                NUMERIC(12, 2),
    currency              CHAR(3),
    time_zone             VARCHAR(50)              NOT NULL,
    awarded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    start_date            DATE                     NOT NULL,
    end_date              DATE                     NOT NULL,
    started_at            TIMESTAMP WITH TIME ZONE,
    ended_at              TIMESTAMP WITH TIME ZONE,
    stop_reason           VARCHAR(2000),
    outcome               VARCHAR(20),
    lessons               VARCHAR(10000),
    decision              VARCHAR(30),
    results_recorded_at   TIMESTAMP WITH TIME ZONE,
    results_published_at  TIMESTAMP WITH TIME ZONE,
    company_account       VARCHAR(10000),
    company_account_at    TIMESTAMP WITH TIME ZONE,
    last_milestone        INTEGER                  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pilot_status CHECK (status IN ('PLANNED', 'RUNNING', 'COMPLETED', 'STOPPED')),
    CONSTRAINT pilot_dates CHECK (end_date >= start_date),
    CONSTRAINT pilot_amount_currency CHECK ((amount IS NULL) = (currency IS NULL)),
    CONSTRAINT pilot_published_with_outcome CHECK (results_published_at IS NULL OR outcome IS NOT NULL)
);
CREATE INDEX pilot_challenge_idx ON pilot (challenge_id);
CREATE INDEX pilot_agency_idx ON pilot (agency_id, awarded_at DESC);
CREATE INDEX pilot_company_idx ON pilot (company_id, awarded_at DESC);
CREATE INDEX pilot_published_idx ON pilot (results_published_at DESC) WHERE results_published_at IS NOT NULL;

CREATE TABLE pilot_milestone
(
    pilot_id UUID                     NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    position INTEGER                  NOT NULL,
    number   INTEGER                  NOT NULL,
    title    VARCHAR(200)             NOT NULL,
    due_date DATE                     NOT NULL,
    done_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (pilot_id, position),
    CONSTRAINT pilot_milestone_number UNIQUE (pilot_id, number)
);
--rollback DROP TABLE pilot_milestone; DROP TABLE pilot;
