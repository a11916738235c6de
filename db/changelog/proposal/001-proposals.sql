--liquibase formatted sql

--changeset pilotbridge:proposal-001-proposal
--comment: Proposals (the working copy), their answers, attached files, submitted versions and receipts; lengths match the constants of Proposal.
CREATE TABLE proposal
(
    id                               UUID PRIMARY KEY,
    version                          INTEGER                  NOT NULL,
    challenge_id                     UUID                     NOT NULL,
    company_id                       UUID                     NOT NULL,
    created_by                       UUID                     NOT NULL,
    state                            VARCHAR(20)              NOT NULL,
    title                            VARCHAR(150)             NOT NULL,
    summary                          VARCHAR(1000)            NOT NULL,
    approach                         VARCHAR(5000)            NOT NULL,
    price_amount                     NUMERIC(12, 2),
    price_currency                   CHAR(3),
    vat_rate                         NUMERIC(5, 2),
    timeline_weeks                   INTEGER,
    timeline                         VARCHAR(2000)            NOT NULL,
    team                             VARCHAR(2000)            NOT NULL,
    declares_eligibility             BOOLEAN                  NOT NULL,
    declares_no_conflict_of_interest BOOLEAN                  NOT NULL,
    accepts_terms                    BOOLEAN                  NOT NULL,
    latest_version                   INTEGER                  NOT NULL,
    created_at                       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at                     TIMESTAMP WITH TIME ZONE,
    withdrawn_at                     TIMESTAMP WITH TIME ZONE,
    outcome                          VARCHAR(20),
    outcome_recorded_at              TIMESTAMP WITH TIME ZONE,
    -- One proposal per company and challenge, for good: a withdrawn one is submitted again, not started anew.
    CONSTRAINT proposal_one_per_company UNIQUE (challenge_id, company_id),
    CONSTRAINT proposal_price_currency CHECK ((price_amount IS NULL) = (price_currency IS NULL)),
    CONSTRAINT proposal_vat_rate CHECK (vat_rate BETWEEN 0 AND 100),
    CONSTRAINT proposal_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN'))
);
CREATE INDEX proposal_company_idx ON proposal (company_id, created_at DESC);
CREATE INDEX proposal_submitted_idx ON proposal (challenge_id) WHERE state = 'SUBMITTED';

CREATE TABLE proposal_answer
(
    proposal_id  UUID          NOT NULL REFERENCES proposal (id),
    criterion_id UUID          NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (proposal_id, criterion_id)
);

-- The bytes stay here, out of the aggregate. A file leaves the working copy (in_draft) but is kept
-- as long as a submitted version refers to it.
CREATE TABLE proposal_attachment
(
    id          UUID PRIMARY KEY,
    proposal_id UUID                     NOT NULL REFERENCES proposal (id),
    file_name   VARCHAR(255)             NOT NULL,
    size_bytes  BIGINT                   NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    pages       INTEGER                  NOT NULL CHECK (pages BETWEEN 1 AND 50),
    sha256      CHAR(64)                 NOT NULL,
    content     BYTEA                    NOT NULL,
    in_draft    BOOLEAN                  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by UUID                     NOT NULL
);
CREATE INDEX proposal_attachment_proposal_idx ON proposal_attachment (proposal_id, uploaded_at);

-- canonical_form is the exact text the digest (SHA-256, hex) is computed over; see DD006.
CREATE TABLE proposal_version
(
    proposal_id        UUID                     NOT NULL REFERENCES proposal (id),
    number             INTEGER                  NOT NULL CHECK (number >= 1),
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by       UUID                     NOT NULL,
    language           VARCHAR(2)               NOT NULL,
    unverified_company BOOLEAN                  NOT NULL,
    canonical_form     TEXT                     NOT NULL,
    digest             CHAR(64)                 NOT NULL,
    content_digest     CHAR(64)                 NOT NULL,
    PRIMARY KEY (proposal_id, number)
);

CREATE TABLE proposal_version_attachment
(
    proposal_id   UUID    NOT NULL,
    number        INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    attachment_id UUID    NOT NULL REFERENCES proposal_attachment (id),
    PRIMARY KEY (proposal_id, number, position),
    FOREIGN KEY (proposal_id, number) REFERENCES proposal_version (proposal_id, number)
);
CREATE INDEX proposal_version_attachment_idx ON proposal_version_attachment (attachment_id);

-- Rendered once, on first request, and kept, so that every download gives the same bytes.
CREATE TABLE proposal_receipt
(
    proposal_id UUID                     NOT NULL,
    number      INTEGER                  NOT NULL,
    pdf         BYTEA                    NOT NULL,
    rendered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, number),
    FOREIGN KEY (proposal_id, number) REFERENCES proposal_version (proposal_id, number)
);
--rollback DROP TABLE proposal_receipt; DROP TABLE proposal_version_attachment; DROP TABLE proposal_version; DROP TABLE proposal_attachment; DROP TABLE proposal_answer; DROP TABLE proposal;

--changeset pilotbridge:proposal-002-immutable-versions splitStatements:false
--comment: Submitted versions, the files they list and their receipts never change; only a superuser disabling triggers could.
CREATE FUNCTION refuse_proposal_version_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER proposal_version_immutable
    BEFORE UPDATE OR DELETE ON proposal_version
    FOR EACH ROW EXECUTE FUNCTION refuse_proposal_version_change();
CREATE TRIGGER proposal_version_no_truncate
    BEFORE TRUNCATE ON proposal_version
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_proposal_version_change();
CREATE TRIGGER proposal_version_attachment_immutable
    BEFORE UPDATE OR DELETE ON proposal_version_attachment
    FOR EACH ROW EXECUTE FUNCTION refuse_proposal_version_change();
CREATE TRIGGER proposal_version_attachment_no_truncate
    BEFORE TRUNCATE ON proposal_version_attachment
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_proposal_version_change();
CREATE TRIGGER proposal_receipt_immutable
    BEFORE UPDATE OR DELETE ON proposal_receipt
    FOR EACH ROW EXECUTE FUNCTION refuse_proposal_version_change();
CREATE TRIGGER proposal_receipt_no_truncate
    BEFORE TRUNCATE ON proposal_receipt
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_proposal_version_change();
--rollback DROP TRIGGER proposal_receipt_no_truncate ON proposal_receipt; DROP TRIGGER proposal_receipt_immutable ON proposal_receipt; DROP TRIGGER proposal_version_attachment_no_truncate ON proposal_version_attachment; DROP TRIGGER proposal_version_attachment_immutable ON proposal_version_attachment; DROP TRIGGER proposal_version_no_truncate ON proposal_version; DROP TRIGGER proposal_version_immutable ON proposal_version; DROP FUNCTION refuse_proposal_version_change();
