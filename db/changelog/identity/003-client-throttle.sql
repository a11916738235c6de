--liquibase formatted sql

--changeset pilotbridge:identity-003-client-throttle
--comment: The sign-in and mail throttles' token buckets per client address, shared by every node (Bucket4j's table).
CREATE TABLE client_throttle
(
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX client_throttle_expires_at ON client_throttle (expires_at);
--rollback DROP TABLE client_throttle;
