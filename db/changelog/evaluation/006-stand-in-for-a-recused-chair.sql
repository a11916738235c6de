--liquibase formatted sql

--changeset pilotbridge:evaluation-006-stand-in-for-a-recused-chair
--comment: A chair who declared a conflict of interest does not act on the proposals concerned nor decide: a member the managers designate stands in (one per panel). Each consensus and the decision say whether the stand-in recorded them.
ALTER TABLE evaluation_panel_member ADD COLUMN stand_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_panel_member ADD COLUMN stand_in_by UUID;
ALTER TABLE evaluation_panel_member ADD CONSTRAINT evaluation_panel_member_stand_in
    CHECK ((stand_in_at IS NULL) = (stand_in_by IS NULL) AND (stand_in_at IS NULL OR person_id IS NOT NULL));
CREATE UNIQUE INDEX evaluation_panel_one_stand_in ON evaluation_panel_member (challenge_id) WHERE stand_in_at IS NOT NULL;
ALTER TABLE evaluation_consensus ADD COLUMN recorded_by_stand_in BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE evaluation_decision ADD COLUMN decided_by_stand_in BOOLEAN NOT NULL DEFAULT FALSE;
