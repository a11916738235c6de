--liquibase formatted sql

--changeset pilotbridge:challenge-003-award-winners
--comment: A challenge may award several pilots: the winners of the public award notice move to a table of their own, in the order of the ranking.
CREATE TABLE challenge_award_winner
(
    challenge_id UUID           NOT NULL REFERENCES challenge_award_notice (challenge_id),
    position     INTEGER        NOT NULL,
    winner_name  VARCHAR(300)   NOT NULL,
    amount       NUMERIC(12, 2) NOT NULL,
    currency     CHAR(3)        NOT NULL,
    PRIMARY KEY (challenge_id, position),
    CONSTRAINT challenge_award_winner_position CHECK (position >= 1)
);
INSERT INTO challenge_award_winner (challenge_id, position, winner_name, amount, currency)
SELECT challenge_id, 1, winner_name, amount, currency
FROM challenge_award_notice
WHERE awarded;
ALTER TABLE challenge_award_notice DROP CONSTRAINT challenge_award_notice_award;
ALTER TABLE challenge_award_notice DROP COLUMN winner_name;
ALTER TABLE challenge_award_notice DROP COLUMN amount;
ALTER TABLE challenge_award_notice DROP COLUMN currency;
