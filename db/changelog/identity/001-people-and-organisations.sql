--liquibase formatted sql

--changeset pilotbridge:identity-001-person
CREATE TABLE person
(
    id                  UUID PRIMARY KEY,
    version             INTEGER                  NOT NULL,
    email               VARCHAR(254)             NOT NULL,
    display_name        VARCHAR(200)             NOT NULL,
    preferred_language  VARCHAR(10)              NOT NULL,
    platform_admin      BOOLEAN                  NOT NULL DEFAULT FALSE,
    active              BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at      TIMESTAMP WITH TIME ZONE,
    sessions_revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX person_email_idx ON person (email);

CREATE TABLE person_identity
(
    person_id UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    issuer    VARCHAR(500) NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    CONSTRAINT person_identity_unique UNIQUE (issuer, subject)
);
CREATE INDEX person_identity_person_idx ON person_identity (person_id);
--rollback DROP TABLE person_identity; DROP TABLE person;

--changeset pilotbridge:identity-001-organisation
CREATE TABLE organisation
(
    id                 UUID PRIMARY KEY,
    version            INTEGER                  NOT NULL,
    kind               VARCHAR(20)              NOT NULL,
    name               VARCHAR(200)             NOT NULL,
    country            CHAR(2)                  NOT NULL,
    street             VARCHAR(200)             NOT NULL,
    postal_code        VARCHAR(20)              NOT NULL,
    city               VARCHAR(100)             NOT NULL,
    website            VARCHAR(300),
    enterprise_number  VARCHAR(20),
    size_class         VARCHAR(10),
    verification_state VARCHAR(10)              NOT NULL,
    rejection_reason   VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at        TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX organisation_enterprise_number_idx ON organisation (kind, country, enterprise_number)
    WHERE enterprise_number IS NOT NULL;
CREATE INDEX organisation_state_idx ON organisation (verification_state, created_at);

CREATE TABLE membership
(
    organisation_id UUID                     NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    person_id       UUID                     NOT NULL REFERENCES person (id),
    role            VARCHAR(20)              NOT NULL,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, person_id)
);
CREATE INDEX membership_person_idx ON membership (person_id);

CREATE TABLE join_request
(
    id              UUID PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    person_id       UUID                     NOT NULL REFERENCES person (id),
    message         VARCHAR(500)             NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX join_request_organisation_idx ON join_request (organisation_id);

CREATE TABLE invitation
(
    id              UUID PRIMARY KEY,
    version         INTEGER                  NOT NULL,
    organisation_id UUID                     NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    email           VARCHAR(254)             NOT NULL,
    role            VARCHAR(20)              NOT NULL,
    token_hash      CHAR(64)                 NOT NULL UNIQUE,
    invited_by      UUID                     NOT NULL REFERENCES person (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE,
    accepted_by     UUID REFERENCES person (id),
    revoked_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitation_organisation_idx ON invitation (organisation_id, email);

CREATE TABLE platform_setting
(
    name       VARCHAR(100) PRIMARY KEY,
    value      VARCHAR(1000)            NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
--rollback DROP TABLE platform_setting; DROP TABLE invitation; DROP TABLE join_request; DROP TABLE membership; DROP TABLE organisation;
