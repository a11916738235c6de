--liquibase formatted sql

--changeset pilotbridge:shared-002-shedlock
--comment: ShedLock keeps a scheduled job to one node at a time.
CREATE TABLE shedlock
(
    name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255)             NOT NULL
);
--rollback DROP TABLE shedlock;
