--liquibase formatted sql

--changeset pilotbridge:notification-002-saved-search-digest
--comment: When each daily saved search was last mailed, so that a digest lists only what is new.
CREATE TABLE saved_search_digest
(
    saved_search_id UUID PRIMARY KEY,
    last_sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
--rollback DROP TABLE saved_search_digest;
