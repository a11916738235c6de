--liquibase formatted sql

--changeset pilotbridge:evaluation-004-bidders-off-the-panel
--comment: The system removes from a panel anyone who belongs to a company with a proposal for the challenge: such a removal has no manager behind it, a cause and the company concerned instead of a reason.
ALTER TABLE evaluation_panel_removal ALTER COLUMN removed_by DROP NOT NULL;
ALTER TABLE evaluation_panel_removal ADD COLUMN cause VARCHAR(20) NOT NULL DEFAULT 'MANAGER';
ALTER TABLE evaluation_panel_removal ADD COLUMN bidding_company VARCHAR(300);
ALTER TABLE evaluation_panel_removal ADD CONSTRAINT evaluation_panel_removal_cause
    CHECK (cause IN ('MANAGER', 'BIDDING_COMPANY'));
ALTER TABLE evaluation_panel_removal ADD CONSTRAINT evaluation_panel_removal_by
    CHECK ((cause = 'MANAGER') = (removed_by IS NOT NULL));
CREATE INDEX evaluation_panel_removal_person_idx ON evaluation_panel_removal (person_id);
--rollback DROP INDEX evaluation_panel_removal_person_idx; ALTER TABLE evaluation_panel_removal DROP CONSTRAINT evaluation_panel_removal_by; ALTER TABLE evaluation_panel_removal DROP CONSTRAINT evaluation_panel_removal_cause; ALTER TABLE evaluation_panel_removal DROP COLUMN bidding_company; ALTER TABLE evaluation_panel_removal DROP COLUMN cause; ALTER TABLE evaluation_panel_removal ALTER COLUMN removed_by SET NOT NULL;
