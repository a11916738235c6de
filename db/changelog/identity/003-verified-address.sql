--liquibase formatted sql

--changeset pilotbridge:identity-003-verified-address
--comment: Whether a person's address is proven to be theirs (the built-in provider confirmed it, or another provider said so at the last sign-in); invitations are accepted only with the address they were sent to, proven. People whose address is their confirmed account's at the built-in provider count as proven.
ALTER TABLE person ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE person p SET email_verified = TRUE
WHERE EXISTS (SELECT 1
              FROM person_identity i
                       JOIN local_account a ON a.id::text = i.subject
              WHERE i.person_id = p.id
                AND i.issuer = 'pilotbridge'
                AND a.email_verified
                AND a.email = p.email);
--rollback ALTER TABLE person DROP COLUMN email_verified;
