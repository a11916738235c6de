--liquibase formatted sql

--changeset pilotbridge:evaluation-003-panel-removal
--comment: Panel members removed by the challenge's managers: the member as they were, who removed them, when and why, and who took over the chair. The member's row leaves evaluation_panel_member, so that they lose access at once and can be invited again.
CREATE TABLE evaluation_panel_removal
(
    member_id        UUID PRIMARY KEY,
    challenge_id     UUID                     NOT NULL,
    email            VARCHAR(254)             NOT NULL,
    name             VARCHAR(150)             NOT NULL,
    role             VARCHAR(20)              NOT NULL,
    language         VARCHAR(10)              NOT NULL,
    person_id        UUID,
    invited_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    joined_at        TIMESTAMP WITH TIME ZONE,
    removed_by       UUID                     NOT NULL,
    removed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason           VARCHAR(500)             NOT NULL,
    new_chair        UUID,
    discarded_drafts INTEGER                  NOT NULL,
    CONSTRAINT evaluation_panel_removal_role CHECK (role IN ('EVALUATOR', 'CHAIR', 'EVALUATING_CHAIR')),
    CONSTRAINT evaluation_panel_removal_drafts CHECK (discarded_drafts >= 0)
);
CREATE INDEX evaluation_panel_removal_challenge_idx ON evaluation_panel_removal (challenge_id);
