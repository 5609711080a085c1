-- Identity: credentials and access tokens. Mutable on purpose (a password or TOTP secret must be
-- replaceable and erasable), so never in events. Password hashes are Argon2id; TOTP secrets are sealed
-- by the key vault; access tokens are stored as SHA-256 hashes only.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.credential (
    user_id            VARCHAR(64)  NOT NULL,
    username           VARCHAR(64)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    totp_secret        BYTEA,
    totp_last_step     BIGINT       NOT NULL DEFAULT 0,
    failed_attempts    INTEGER      NOT NULL DEFAULT 0,
    locked_until       TIMESTAMPTZ,
    must_change_password BOOLEAN    NOT NULL DEFAULT FALSE,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at         TIMESTAMPTZ  NOT NULL,
    password_changed_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT credential_pkey PRIMARY KEY (user_id),
    CONSTRAINT credential_username_key UNIQUE (username)
);

CREATE TABLE identity.access_token (
    token_hash  BYTEA        NOT NULL,
    user_id     VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ,
    CONSTRAINT access_token_pkey PRIMARY KEY (token_hash)
);
CREATE INDEX access_token_user_idx ON identity.access_token (user_id);

-- The command side's view of who may do what (kept in the same transaction as the events).
ALTER TABLE command_lookup.subject ADD COLUMN related_subject_id VARCHAR(64);

CREATE TABLE command_lookup.office_client (
    company_id VARCHAR(64) NOT NULL,
    office_id  VARCHAR(64) NOT NULL,
    CONSTRAINT office_client_pkey PRIMARY KEY (company_id)
);

CREATE TABLE command_lookup.role_grant (
    user_id    VARCHAR(64) NOT NULL,
    role       VARCHAR(32) NOT NULL,
    office_id  VARCHAR(64) NOT NULL DEFAULT '',
    company_id VARCHAR(64) NOT NULL DEFAULT '',
    subject_id VARCHAR(64) NOT NULL DEFAULT '',
    CONSTRAINT role_grant_pkey PRIMARY KEY (user_id, role, office_id, company_id, subject_id)
);

CREATE TABLE command_lookup.handling_rules (
    company_id      VARCHAR(64) NOT NULL,
    current_version INTEGER     NOT NULL,
    CONSTRAINT handling_rules_pkey PRIMARY KEY (company_id)
);

CREATE TABLE command_lookup.handler_qualification (
    company_id       VARCHAR(64)  NOT NULL,
    user_id          VARCHAR(64)  NOT NULL,
    training_version INTEGER      NOT NULL DEFAULT 0,
    pledge_version   INTEGER      NOT NULL DEFAULT 0,
    appointed        BOOLEAN      NOT NULL DEFAULT FALSE,
    purposes         VARCHAR(300) NOT NULL DEFAULT '',
    CONSTRAINT handler_qualification_pkey PRIMARY KEY (company_id, user_id)
);

-- The query side's own copy, built from the same events by a projection.
CREATE TABLE read_model.office_client (
    company_id VARCHAR(64) NOT NULL,
    office_id  VARCHAR(64) NOT NULL,
    CONSTRAINT office_client_pkey PRIMARY KEY (company_id)
);

CREATE TABLE read_model.role_grant (
    user_id    VARCHAR(64) NOT NULL,
    role       VARCHAR(32) NOT NULL,
    office_id  VARCHAR(64) NOT NULL DEFAULT '',
    company_id VARCHAR(64) NOT NULL DEFAULT '',
    subject_id VARCHAR(64) NOT NULL DEFAULT '',
    CONSTRAINT role_grant_pkey PRIMARY KEY (user_id, role, office_id, company_id, subject_id)
);

-- The register of handling rules, trainings, pledges and appointments (who may handle numbers).
CREATE TABLE read_model.handler_register (
    company_id       VARCHAR(64)  NOT NULL,
    user_id          VARCHAR(64)  NOT NULL,
    username         VARCHAR(64),
    training_version INTEGER      NOT NULL DEFAULT 0,
    trained_at       TIMESTAMPTZ,
    pledge_version   INTEGER      NOT NULL DEFAULT 0,
    pledged_at       TIMESTAMPTZ,
    appointed        BOOLEAN      NOT NULL DEFAULT FALSE,
    purposes         VARCHAR(300) NOT NULL DEFAULT '',
    appointed_at     TIMESTAMPTZ,
    dismissed_at     TIMESTAMPTZ,
    CONSTRAINT handler_register_pkey PRIMARY KEY (company_id, user_id)
);

CREATE TABLE read_model.handling_rules (
    company_id      VARCHAR(64)  NOT NULL,
    current_version INTEGER      NOT NULL,
    title           VARCHAR(300),
    published_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT handling_rules_pkey PRIMARY KEY (company_id)
);

CREATE TABLE read_model.user_account (
    user_id  VARCHAR(64) NOT NULL,
    username VARCHAR(64) NOT NULL,
    CONSTRAINT user_account_pkey PRIMARY KEY (user_id)
);

-- Authorisation decisions (denied, and granted reads of personal data) and logins, for the manager.
CREATE TABLE read_model.access_log (
    event_id    VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    user_id     VARCHAR(64),
    outcome     VARCHAR(16)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    company_id  VARCHAR(64),
    subject_id  VARCHAR(64),
    purpose     VARCHAR(32),
    role        VARCHAR(32),
    reason      VARCHAR(64),
    client_address VARCHAR(64),
    request_id  VARCHAR(64),
    CONSTRAINT access_log_pkey PRIMARY KEY (event_id)
);
CREATE INDEX access_log_company_idx ON read_model.access_log (company_id, occurred_at);
