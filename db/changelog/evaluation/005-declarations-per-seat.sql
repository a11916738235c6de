--liquibase formatted sql

--changeset pilotbridge:evaluation-005-declarations-per-seat
--comment: A declaration of interests belongs to the panel seat (invitation) it was made in: a member removed and invited again declares afresh, the earlier declarations stay on the record. Existing declarations go to the seat the person held when they declared.
ALTER TABLE evaluation_declaration ADD COLUMN member_id UUID;
UPDATE evaluation_declaration d SET member_id = m.id
FROM evaluation_panel_member m
WHERE m.challenge_id = d.challenge_id AND m.person_id = d.person_id AND m.joined_at <= d.declared_at;
UPDATE evaluation_declaration d SET member_id = r.member_id
FROM evaluation_panel_removal r
WHERE d.member_id IS NULL AND r.challenge_id = d.challenge_id AND r.person_id = d.person_id
  AND r.joined_at <= d.declared_at AND d.declared_at <= r.removed_at;
-- A declaration no seat can be found for stays on the record under a seat of its own.
UPDATE evaluation_declaration d SET member_id = gen_random_uuid() WHERE d.member_id IS NULL;
ALTER TABLE evaluation_declaration ALTER COLUMN member_id SET NOT NULL;
ALTER TABLE evaluation_declaration DROP CONSTRAINT evaluation_declaration_pkey;
ALTER TABLE evaluation_declaration ADD CONSTRAINT evaluation_declaration_pkey PRIMARY KEY (member_id, proposal_id);
CREATE INDEX evaluation_declaration_person_idx ON evaluation_declaration (person_id, proposal_id);
CREATE INDEX evaluation_declaration_challenge_idx ON evaluation_declaration (challenge_id);
