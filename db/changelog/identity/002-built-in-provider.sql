--liquibase formatted sql

--changeset pilotbridge:identity-002-local-account
--comment: Accounts and single-use links of the built-in OpenID Connect provider.
CREATE TABLE local_account
(
    id                  UUID PRIMARY KEY,
    version             INTEGER                  NOT NULL,
    email               VARCHAR(254)             NOT NULL UNIQUE,
    display_name        VARCHAR(200)             NOT NULL,
    password_hash       VARCHAR(500)             NOT NULL,
    email_verified      BOOLEAN                  NOT NULL,
    preferred_language  VARCHAR(10)              NOT NULL,
    failed_attempts     INTEGER                  NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sessions_revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE account_token
(
    id         UUID PRIMARY KEY,
    version    INTEGER                  NOT NULL,
    account_id UUID                     NOT NULL REFERENCES local_account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20)              NOT NULL,
    token_hash CHAR(64)                 NOT NULL UNIQUE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
--rollback DROP TABLE account_token; DROP TABLE local_account;

--changeset pilotbridge:identity-002-oauth2-authorization
--comment: Spring Security's authorization server schema, with text and timestamptz for PostgreSQL.
CREATE TABLE oauth2_authorization
(
    id                            VARCHAR(100) NOT NULL PRIMARY KEY,
    registered_client_id          VARCHAR(100) NOT NULL,
    principal_name                VARCHAR(200) NOT NULL,
    authorization_grant_type      VARCHAR(100) NOT NULL,
    authorized_scopes             VARCHAR(1000) DEFAULT NULL,
    attributes                    TEXT          DEFAULT NULL,
    state                         VARCHAR(500)  DEFAULT NULL,
    authorization_code_value      TEXT          DEFAULT NULL,
    authorization_code_issued_at  TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    authorization_code_expires_at TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    authorization_code_metadata   TEXT          DEFAULT NULL,
    access_token_value            TEXT          DEFAULT NULL,
    access_token_issued_at        TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    access_token_expires_at       TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    access_token_metadata         TEXT          DEFAULT NULL,
    access_token_type             VARCHAR(100)  DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           TEXT          DEFAULT NULL,
    oidc_id_token_issued_at       TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    oidc_id_token_expires_at      TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    oidc_id_token_metadata        TEXT          DEFAULT NULL,
    refresh_token_value           TEXT          DEFAULT NULL,
    refresh_token_issued_at       TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    refresh_token_expires_at      TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    refresh_token_metadata        TEXT          DEFAULT NULL,
    user_code_value               TEXT          DEFAULT NULL,
    user_code_issued_at           TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    user_code_expires_at          TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    user_code_metadata            TEXT          DEFAULT NULL,
    device_code_value             TEXT          DEFAULT NULL,
    device_code_issued_at         TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    device_code_expires_at        TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    device_code_metadata          TEXT          DEFAULT NULL
);
CREATE INDEX oauth2_authorization_expiry_idx ON oauth2_authorization (authorization_code_expires_at, access_token_expires_at);
--rollback DROP TABLE oauth2_authorization;
