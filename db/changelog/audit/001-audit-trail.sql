--liquibase formatted sql

--changeset pilotbridge:audit-001-audit-entry
--comment: The append-only, hash-chained audit trail.
CREATE TABLE audit_entry
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id       UUID                     NOT NULL UNIQUE,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           TEXT                     NOT NULL,
    organisation_id TEXT,
    ip_address      TEXT,
    action          TEXT                     NOT NULL,
    object_type     TEXT                     NOT NULL,
    object_id       TEXT                     NOT NULL,
    details         JSONB                    NOT NULL,
    previous_hash   CHAR(64)                 NOT NULL,
    hash            CHAR(64)                 NOT NULL
);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

CREATE TABLE audit_checkpoint
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    verified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    entries_checked BIGINT                   NOT NULL,
    entry_id        BIGINT,
    entry_hash      CHAR(64),
    intact          BOOLEAN                  NOT NULL,
    broken_entry    BIGINT,
    problem         TEXT
);
--rollback DROP TABLE audit_checkpoint; DROP TABLE audit_entry;

--changeset pilotbridge:audit-002-append-only splitStatements:false
--comment: The database itself refuses to change or remove audit rows; only a superuser disabling triggers can.
CREATE FUNCTION refuse_audit_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
--rollback DROP TABLE audit_checkpoint; DROP TABLE audit_entry; DROP FUNCTION refuse_audit_change();
