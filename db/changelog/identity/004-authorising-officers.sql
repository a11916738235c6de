--liquibase formatted sql

--changeset pilotbridge:identity-004-authorising-officers
--comment: An agency's member may also be an authorising officer, who approves the agency's decisions; each agency says which decisions need approval and the standstill period its challenge editor proposes. An agency without a row has the defaults (award approved, publication not; 10 days).
ALTER TABLE membership ADD COLUMN authorising_officer BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE agency_decision_rules
(
    organisation_id            UUID PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
    award_needs_approval       BOOLEAN                  NOT NULL,
    publication_needs_approval BOOLEAN                  NOT NULL,
    default_standstill_days    INTEGER                  NOT NULL,
    changed_by                 UUID                     NOT NULL,
    changed_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agency_decision_rules_standstill CHECK (default_standstill_days BETWEEN 0 AND 60)
);
--rollback DROP TABLE agency_decision_rules; ALTER TABLE membership DROP COLUMN authorising_officer;
