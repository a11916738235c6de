--liquibase formatted sql

--changeset pilotbridge:evaluation-010-withdrawn-decisions
--comment: The managers may uphold a request for review: the decision in its standstill period is withdrawn (kept beside the decisions sent back, with the answer as its reason) and the chair decides again. A request for review contests one approved decision, so a bidder may ask again about the next one; requests and debriefings outlive the decision they were about.
ALTER TABLE evaluation_decision_returned ADD COLUMN cause VARCHAR(30) NOT NULL DEFAULT 'SENT_BACK';
ALTER TABLE evaluation_review_request ADD COLUMN upheld BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE evaluation_review_request ADD COLUMN decision_approved_at TIMESTAMP WITH TIME ZONE;
UPDATE evaluation_review_request r SET decision_approved_at = d.approved_at
FROM evaluation_decision d WHERE d.challenge_id = r.challenge_id;
ALTER TABLE evaluation_review_request ALTER COLUMN decision_approved_at SET NOT NULL;
ALTER TABLE evaluation_review_request DROP CONSTRAINT evaluation_review_request_once;
ALTER TABLE evaluation_review_request ADD CONSTRAINT evaluation_review_request_once UNIQUE (proposal_id, decision_approved_at);
ALTER TABLE evaluation_review_request DROP CONSTRAINT evaluation_review_request_challenge_id_fkey;
ALTER TABLE evaluation_debriefing DROP CONSTRAINT evaluation_debriefing_challenge_id_fkey;
