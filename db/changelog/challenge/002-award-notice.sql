--liquibase formatted sql

--changeset pilotbridge:challenge-002-award-notice
--comment: The public notice of how a challenge ended: the winner and the amount excluding VAT, or why no award was made.
CREATE TABLE challenge_award_notice
(
    challenge_id UUID PRIMARY KEY REFERENCES challenge (id),
    awarded      BOOLEAN                  NOT NULL,
    winner_name  VARCHAR(300),
    amount       NUMERIC(12, 2),
    currency     CHAR(3),
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000),
    CONSTRAINT challenge_award_notice_award CHECK (NOT awarded OR (winner_name IS NOT NULL AND amount IS NOT NULL
        AND currency IS NOT NULL)),
    CONSTRAINT challenge_award_notice_no_award CHECK (awarded OR reason IS NOT NULL)
);
