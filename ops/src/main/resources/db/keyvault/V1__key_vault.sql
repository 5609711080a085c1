-- The key vault on its own database (mnledger.keys.db.url): the same tables as schema keyvault of the events'
-- database (V2 there), kept apart so that a backup of the events never carries the keys that open them.
CREATE SCHEMA IF NOT EXISTS keyvault;

CREATE TABLE keyvault.tenant_key (
    tenant_id     VARCHAR(64)  NOT NULL,
    version       INTEGER      NOT NULL,
    master_key_id VARCHAR(64)  NOT NULL,
    wrapped_key   BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT tenant_key_pkey PRIMARY KEY (tenant_id, version)
);

CREATE TABLE keyvault.subject_key (
    subject_id         VARCHAR(64)  NOT NULL,
    tenant_id          VARCHAR(64)  NOT NULL,
    tenant_key_version INTEGER      NOT NULL,
    wrapped_key        BYTEA,
    created_at         TIMESTAMPTZ  NOT NULL,
    destroyed_at       TIMESTAMPTZ,
    CONSTRAINT subject_key_pkey PRIMARY KEY (subject_id),
    CONSTRAINT subject_key_tombstone CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);
