-- The key vault: tenant keys wrapped by the master key (which lives in a key file, never here), and one
-- data key per data subject wrapped by its tenant key. Kept in its own schema so that it can be moved to
-- its own database: a backup of the events must never carry the keys that open them.
CREATE SCHEMA IF NOT EXISTS keyvault;

CREATE TABLE keyvault.tenant_key (
    tenant_id     VARCHAR(64)  NOT NULL,
    version       INTEGER      NOT NULL,
    master_key_id VARCHAR(64)  NOT NULL,
    wrapped_key   BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT tenant_key_pkey PRIMARY KEY (tenant_id, version)
);

-- A row outlives its key: when a subject is disposed of, wrapped_key becomes NULL and destroyed_at is
-- set, and the row stays as a tombstone so that no later command can create a new key for the subject.
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
