--liquibase formatted sql

--changeset pilotbridge:opendata-001-ocds-release
--comment: OCDS releases as published, never changed; seq orders them as they were published, for paging.
CREATE TABLE ocds_release
(
    seq                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    release_id         VARCHAR(120)             NOT NULL UNIQUE,
    ocid               VARCHAR(100)             NOT NULL,
    release_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    tags               VARCHAR(30)[]            NOT NULL,
    -- The audit record id of the event the release comes from: a replayed event adds nothing.
    source_event       UUID                     NOT NULL UNIQUE,
    -- Set on an award release whose awards are pending until the standstill period ends.
    standstill_ends_at TIMESTAMP WITH TIME ZONE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    release_json       TEXT                     NOT NULL
);
CREATE INDEX ocds_release_ocid_idx ON ocds_release (ocid, release_date, seq);
CREATE INDEX ocds_release_date_idx ON ocds_release (release_date, seq);

-- One row per contracting process, kept up to date with its latest release, for feeds, exports and the sitemap.
CREATE TABLE ocds_process
(
    ocid               VARCHAR(100) PRIMARY KEY,
    reference          VARCHAR(20)              NOT NULL UNIQUE,
    agency_id          UUID                     NOT NULL,
    cpv_divisions      CHAR(2)[]                NOT NULL,
    tender_status      VARCHAR(20)              NOT NULL,
    tender_end         TIMESTAMP WITH TIME ZONE,
    first_release_date TIMESTAMP WITH TIME ZONE NOT NULL,
    last_release_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seq           BIGINT                   NOT NULL REFERENCES ocds_release (seq)
);
CREATE INDEX ocds_process_open_idx ON ocds_process (tender_status, tender_end, last_release_date DESC);
CREATE INDEX ocds_process_agency_idx ON ocds_process (agency_id, last_release_date DESC);
CREATE INDEX ocds_process_cpv_idx ON ocds_process USING GIN (cpv_divisions);
--rollback DROP TABLE ocds_process; DROP TABLE ocds_release;

--changeset pilotbridge:opendata-002-releases-immutable splitStatements:false
--comment: A published release is never changed or removed; the database refuses it, as it does for the audit trail.
CREATE FUNCTION refuse_ocds_release_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'OCDS releases are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ocds_release_immutable
    BEFORE UPDATE OR DELETE ON ocds_release
    FOR EACH ROW EXECUTE FUNCTION refuse_ocds_release_change();
CREATE TRIGGER ocds_release_no_truncate
    BEFORE TRUNCATE ON ocds_release
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ocds_release_change();
--rollback DROP TRIGGER ocds_release_no_truncate ON ocds_release; DROP TRIGGER ocds_release_immutable ON ocds_release; DROP FUNCTION refuse_ocds_release_change();
