--liquibase formatted sql

--changeset pilotbridge:notification-001-outgoing-mail
--comment: The e-mail outbox; a mail is rendered when queued and delivered by MailDelivery.
CREATE TABLE outgoing_mail
(
    id              UUID PRIMARY KEY,
    dedupe_key      CHAR(64)                 NOT NULL UNIQUE,
    recipient       VARCHAR(254)             NOT NULL,
    language        VARCHAR(10)              NOT NULL,
    template        VARCHAR(100)             NOT NULL,
    subject         VARCHAR(500)             NOT NULL,
    text_body       TEXT                     NOT NULL,
    html_body       TEXT                     NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    sensitive       BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (status, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outgoing_mail_created_idx ON outgoing_mail (created_at);

CREATE TABLE notification
(
    id         UUID PRIMARY KEY,
    person_id  UUID                     NOT NULL,
    text       VARCHAR(1000)            NOT NULL,
    link       VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE,
    dedupe_key CHAR(64)                 NOT NULL UNIQUE
);
CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC);
--rollback DROP TABLE notification; DROP TABLE outgoing_mail;
