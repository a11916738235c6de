--liquibase formatted sql

--changeset pilotbridge:evaluation-001-evaluation
--comment: Evaluation panels, conflict-of-interest declarations, individual scores, consensus and award decisions; lengths match the constants of the evaluation module.
CREATE TABLE evaluation_panel_member
(
    id               UUID PRIMARY KEY,
    challenge_id     UUID                     NOT NULL,
    email            VARCHAR(254)             NOT NULL,
    name             VARCHAR(150)             NOT NULL,
    role             VARCHAR(20)              NOT NULL,
    language         VARCHAR(10)              NOT NULL,
    invitation_token VARCHAR(100)             NOT NULL UNIQUE,
    invited_by       UUID                     NOT NULL,
    invited_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id        UUID,
    joined_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT evaluation_panel_member_role CHECK (role IN ('EVALUATOR', 'CHAIR', 'EVALUATING_CHAIR')),
    CONSTRAINT evaluation_panel_member_email UNIQUE (challenge_id, email),
    CONSTRAINT evaluation_panel_member_joined CHECK ((person_id IS NULL) = (joined_at IS NULL))
);
CREATE UNIQUE INDEX evaluation_panel_member_person ON evaluation_panel_member (challenge_id, person_id);
-- One chair per panel, for good.
CREATE UNIQUE INDEX evaluation_panel_one_chair ON evaluation_panel_member (challenge_id)
    WHERE role IN ('CHAIR', 'EVALUATING_CHAIR');
CREATE INDEX evaluation_panel_member_person_idx ON evaluation_panel_member (person_id);

-- The proposals that counted at the close, as the panel first listed them: fixed once the
-- challenge has closed, kept here so that the ranking, the letters and the report need no further
-- read of sealed content.
CREATE TABLE evaluation_bidder
(
    proposal_id    UUID PRIMARY KEY,
    challenge_id   UUID                     NOT NULL,
    company_id     UUID                     NOT NULL,
    company_name   VARCHAR(300)             NOT NULL,
    price_amount   NUMERIC(12, 2),
    price_currency CHAR(3),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by   UUID                     NOT NULL
);
CREATE INDEX evaluation_bidder_challenge_idx ON evaluation_bidder (challenge_id);

CREATE TABLE evaluation_declaration
(
    challenge_id UUID                     NOT NULL,
    person_id    UUID                     NOT NULL,
    proposal_id  UUID                     NOT NULL REFERENCES evaluation_bidder (proposal_id),
    company_id   UUID                     NOT NULL,
    conflict     BOOLEAN                  NOT NULL,
    description  VARCHAR(500)             NOT NULL,
    declared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (challenge_id, person_id, proposal_id)
);

-- One sheet per evaluator and proposal: drafts until submitted, then locked.
CREATE TABLE evaluation_sheet
(
    proposal_id  UUID                     NOT NULL REFERENCES evaluation_bidder (proposal_id),
    person_id    UUID                     NOT NULL,
    challenge_id UUID                     NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (proposal_id, person_id)
);

CREATE TABLE evaluation_score
(
    proposal_id   UUID          NOT NULL,
    person_id     UUID          NOT NULL,
    criterion_id  UUID          NOT NULL,
    points        INTEGER,
    justification VARCHAR(2000) NOT NULL,
    PRIMARY KEY (proposal_id, person_id, criterion_id),
    FOREIGN KEY (proposal_id, person_id) REFERENCES evaluation_sheet (proposal_id, person_id)
);

CREATE TABLE evaluation_consensus
(
    proposal_id   UUID                     NOT NULL REFERENCES evaluation_bidder (proposal_id),
    criterion_id  UUID                     NOT NULL,
    challenge_id  UUID                     NOT NULL,
    points        INTEGER                  NOT NULL,
    mean_points   INTEGER                  NOT NULL,
    justification VARCHAR(2000)            NOT NULL,
    change_reason VARCHAR(1000)            NOT NULL,
    recorded_by   UUID                     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, criterion_id)
);

CREATE TABLE evaluation_decision
(
    challenge_id       UUID PRIMARY KEY,
    kind               VARCHAR(20)              NOT NULL,
    proposal_id        UUID REFERENCES evaluation_bidder (proposal_id),
    justification      VARCHAR(2000)            NOT NULL,
    decided_by         UUID                     NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    standstill_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finalised_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT evaluation_decision_kind CHECK (kind IN ('AWARD', 'NO_AWARD')),
    CONSTRAINT evaluation_decision_winner CHECK ((kind = 'AWARD') = (proposal_id IS NOT NULL))
);
CREATE INDEX evaluation_decision_due_idx ON evaluation_decision (standstill_ends_at) WHERE finalised_at IS NULL;
