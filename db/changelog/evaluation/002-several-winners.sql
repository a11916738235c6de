--liquibase formatted sql

--changeset pilotbridge:evaluation-002-several-winners
--comment: A challenge may award several pilots: the proposals an award decision names move to a table of their own, in the order of the ranking.
CREATE TABLE evaluation_award
(
    challenge_id UUID    NOT NULL REFERENCES evaluation_decision (challenge_id),
    proposal_id  UUID    NOT NULL REFERENCES evaluation_bidder (proposal_id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (challenge_id, proposal_id),
    CONSTRAINT evaluation_award_position UNIQUE (challenge_id, position),
    CONSTRAINT evaluation_award_position_positive CHECK (position >= 1)
);
INSERT INTO evaluation_award (challenge_id, proposal_id, position)
SELECT challenge_id, proposal_id, 1
FROM evaluation_decision
WHERE proposal_id IS NOT NULL;
ALTER TABLE evaluation_decision DROP CONSTRAINT evaluation_decision_winner;
ALTER TABLE evaluation_decision DROP COLUMN proposal_id;
