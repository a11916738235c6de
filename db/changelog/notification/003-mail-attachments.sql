--liquibase formatted sql

--changeset pilotbridge:notification-003-mail-attachments
--comment: Files sent with an e-mail, such as a proposal receipt; removed once the mail has been delivered.
CREATE TABLE outgoing_mail_attachment
(
    mail_id      UUID         NOT NULL REFERENCES outgoing_mail (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    file_name    VARCHAR(100) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    PRIMARY KEY (mail_id, position)
);
--rollback DROP TABLE outgoing_mail_attachment;
