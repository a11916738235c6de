--liquibase formatted sql

--changeset pilotbridge:evaluation-007-unverified-bidders
--comment: The evaluators see whether a bidder was still waiting for verification when its version that counts was received, as its receipt promised. Bidders listed before this change take the flag of that version, once.
ALTER TABLE evaluation_bidder ADD COLUMN unverified_company BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE evaluation_bidder b SET unverified_company = v.unverified_company
    FROM proposal p JOIN proposal_version v ON v.proposal_id = p.id AND v.number = p.latest_version
    WHERE p.id = b.proposal_id;
