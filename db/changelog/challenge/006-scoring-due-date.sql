--liquibase formatted sql

--changeset pilotbridge:challenge-006-scoring-due-date
--comment: The managers set the date by which the panel scores when they start the evaluation: the last day of scoring, in the challenge's time zone. Evaluations started before this change have none and send no reminders.
ALTER TABLE challenge ADD COLUMN scoring_due_on DATE;
ALTER TABLE challenge ADD CONSTRAINT challenge_scoring_due_with_evaluation
    CHECK (scoring_due_on IS NULL OR evaluation_started_at IS NOT NULL);
