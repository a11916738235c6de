--liquibase formatted sql

--changeset pilotbridge:evaluation-008-approval-and-review
--comment: Where the agency wants it, an authorising officer approves the chair's decision before the letters go out and the standstill period starts; a decision sent back is kept with the reason. During the standstill period a bidder may ask for a review, and the decision waits until the agency has answered; a bidder may also ask for a debriefing. Decisions taken before this change took effect when proposed.
ALTER TABLE evaluation_decision ADD COLUMN approved_by UUID;
ALTER TABLE evaluation_decision ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
UPDATE evaluation_decision SET approved_at = decided_at;
ALTER TABLE evaluation_decision ALTER COLUMN standstill_ends_at DROP NOT NULL;
ALTER TABLE evaluation_decision ADD CONSTRAINT evaluation_decision_standstill_from_approval
    CHECK ((approved_at IS NULL) = (standstill_ends_at IS NULL));
ALTER TABLE evaluation_decision ADD CONSTRAINT evaluation_decision_final_once_approved
    CHECK (finalised_at IS NULL OR approved_at IS NOT NULL);

CREATE TABLE evaluation_decision_returned
(
    id            UUID PRIMARY KEY,
    challenge_id  UUID                     NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    winners       VARCHAR(2000)            NOT NULL,
    justification VARCHAR(2000)            NOT NULL,
    decided_by    UUID                     NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_by   UUID                     NOT NULL,
    returned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000)            NOT NULL
);
CREATE INDEX evaluation_decision_returned_challenge_idx ON evaluation_decision_returned (challenge_id, returned_at);

CREATE TABLE evaluation_review_request
(
    id           UUID PRIMARY KEY,
    challenge_id UUID                     NOT NULL REFERENCES evaluation_decision (challenge_id),
    proposal_id  UUID                     NOT NULL REFERENCES evaluation_bidder (proposal_id),
    filed_by     UUID                     NOT NULL,
    filed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reasons      VARCHAR(4000)            NOT NULL,
    answer       VARCHAR(4000),
    answered_by  UUID,
    answered_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT evaluation_review_request_once UNIQUE (proposal_id),
    CONSTRAINT evaluation_review_request_answered CHECK ((answer IS NULL) = (answered_at IS NULL)
        AND (answered_by IS NULL) = (answered_at IS NULL))
);
CREATE INDEX evaluation_review_request_open_idx ON evaluation_review_request (challenge_id) WHERE answered_at IS NULL;

CREATE TABLE evaluation_debriefing
(
    id           UUID PRIMARY KEY,
    challenge_id UUID                     NOT NULL REFERENCES evaluation_decision (challenge_id),
    proposal_id  UUID                     NOT NULL REFERENCES evaluation_bidder (proposal_id),
    asked_by     UUID                     NOT NULL,
    asked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    message      VARCHAR(2000)            NOT NULL,
    meeting_at   TIMESTAMP WITH TIME ZONE,
    answer       VARCHAR(4000),
    answered_by  UUID,
    answered_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT evaluation_debriefing_once UNIQUE (proposal_id),
    CONSTRAINT evaluation_debriefing_answered CHECK ((answered_by IS NULL) = (answered_at IS NULL)
        AND (answered_at IS NULL OR meeting_at IS NOT NULL OR answer IS NOT NULL))
);
--rollback DROP TABLE evaluation_debriefing; DROP TABLE evaluation_review_request; DROP TABLE evaluation_decision_returned; ALTER TABLE evaluation_decision DROP CONSTRAINT evaluation_decision_final_once_approved; ALTER TABLE evaluation_decision DROP CONSTRAINT evaluation_decision_standstill_from_approval; ALTER TABLE evaluation_decision DROP COLUMN approved_at; ALTER TABLE evaluation_decision DROP COLUMN approved_by;
