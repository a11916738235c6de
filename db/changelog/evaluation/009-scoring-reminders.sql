--liquibase formatted sql

--changeset pilotbridge:evaluation-009-scoring-reminders
--comment: Each evaluator who has not submitted every score is reminded two days before the scoring due date and once it has passed; a row per reminder sent makes each go out once, whichever node runs the job and however often.
CREATE TABLE evaluation_scoring_reminder
(
    challenge_id UUID                     NOT NULL,
    person_id    UUID                     NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    due_on       DATE                     NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (challenge_id, person_id, kind, due_on)
);
