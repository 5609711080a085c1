-- The ledger's tamper evidence (ADR 0012, docs/evidence-bundle.md): one leaf per stored event, in the order
-- the single ledger processor saw them, the signed tree heads over those leaves, and the public keys that
-- signed them. The private signing keys live in files under the data directory, never here.
CREATE SCHEMA IF NOT EXISTS ledger;

-- leaf_index is the leaf's position in the RFC 9162 tree. It is NOT the event's global index: Axon's global
-- index can have gaps that fill later, so the two orders can differ; global_index is kept for cross-checks.
-- leaf_hash = SHA-256(0x00 || canonical bytes of the stored event row).
CREATE TABLE ledger.leaf (
    leaf_index       BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    global_index     BIGINT       NOT NULL,
    leaf_hash        BYTEA        NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT leaf_pkey PRIMARY KEY (leaf_index),
    CONSTRAINT leaf_event_identifier_key UNIQUE (event_identifier),
    CONSTRAINT leaf_hash_length CHECK (octet_length(leaf_hash) = 32),
    CONSTRAINT leaf_index_not_negative CHECK (leaf_index >= 0)
);

-- Every key that ever signed a head. A retired key stays: the heads it signed still verify.
CREATE TABLE ledger.signing_key (
    key_id     VARCHAR(64)  NOT NULL,
    algorithm  VARCHAR(16)  NOT NULL,
    public_key BYTEA        NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    retired_at TIMESTAMPTZ,
    CONSTRAINT signing_key_pkey PRIMARY KEY (key_id)
);

-- Signed tree heads. signed_at has millisecond precision: it is the signed timestamp.
CREATE TABLE ledger.tree_head (
    head_id   BIGSERIAL    NOT NULL,
    tree_size BIGINT       NOT NULL,
    root_hash BYTEA        NOT NULL,
    signed_at TIMESTAMPTZ  NOT NULL,
    key_id    VARCHAR(64)  NOT NULL REFERENCES ledger.signing_key (key_id),
    signature BYTEA        NOT NULL,
    CONSTRAINT tree_head_pkey PRIMARY KEY (head_id),
    CONSTRAINT tree_head_root_length CHECK (octet_length(root_hash) = 32)
);
CREATE INDEX tree_head_size_idx ON ledger.tree_head (tree_size, signed_at);

-- Append-only by construction, not by convention: a change or a deletion is refused (a superuser can still
-- drop the trigger; the signed heads are what makes such a rewrite detectable).
CREATE FUNCTION ledger.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only (%.%)', TG_TABLE_SCHEMA, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER leaf_append_only BEFORE UPDATE OR DELETE ON ledger.leaf
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER leaf_no_truncate BEFORE TRUNCATE ON ledger.leaf
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER tree_head_append_only BEFORE UPDATE OR DELETE ON ledger.tree_head
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER tree_head_no_truncate BEFORE TRUNCATE ON ledger.tree_head
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();
