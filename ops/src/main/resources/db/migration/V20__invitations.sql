-- Invitations (ADR 0021). The command side's lookup: which subject a link's secret hash opens and until when,
-- and the steps of an open invitation (kept in the command's transaction). Ids, codes and hashes only.
CREATE TABLE command_lookup.invitation (
    invitation_id VARCHAR(64)  NOT NULL,
    company_id    VARCHAR(64)  NOT NULL,
    subject_id    VARCHAR(64)  NOT NULL,
    subject_kind  VARCHAR(32)  NOT NULL,
    secret_hash   CHAR(64)     NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    purposes      VARCHAR(400) NOT NULL,
    completed     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT invitation_pkey PRIMARY KEY (invitation_id),
    CONSTRAINT invitation_secret_hash_key UNIQUE (secret_hash)
);

CREATE TABLE command_lookup.invitation_step (
    invitation_id    VARCHAR(64) NOT NULL,
    position         INTEGER     NOT NULL,
    step             VARCHAR(32) NOT NULL,
    about_subject_id VARCHAR(64) NOT NULL,
    relationship     VARCHAR(32),
    CONSTRAINT invitation_step_pkey PRIMARY KEY (invitation_id, position)
);

-- The sessions of opened links: like identity.access_token (SHA-256 of the token only), but for an invitation,
-- not an account; idle timeout sliding up to the absolute end.
CREATE TABLE identity.invitation_session (
    token_hash          BYTEA       NOT NULL,
    invitation_id       VARCHAR(64) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL,
    absolute_expires_at TIMESTAMPTZ NOT NULL,
    revoked_at          TIMESTAMPTZ,
    CONSTRAINT invitation_session_pkey PRIMARY KEY (token_hash)
);
CREATE INDEX invitation_session_invitation_idx ON identity.invitation_session (invitation_id);

-- The submission history staff see: every invitation of a subject with its state and times.
CREATE TABLE read_model.invitation (
    invitation_id    VARCHAR(64) NOT NULL,
    subject_id       VARCHAR(64) NOT NULL,
    company_id       VARCHAR(64) NOT NULL,
    issued_at        TIMESTAMPTZ NOT NULL,
    issued_by        VARCHAR(64),
    expires_at       TIMESTAMPTZ NOT NULL,
    redeemed_at      TIMESTAMPTZ,
    completed_at     TIMESTAMPTZ,
    receipt_id       VARCHAR(32),
    own_number_sent  BOOLEAN     NOT NULL DEFAULT FALSE,
    dependents_added INTEGER     NOT NULL DEFAULT 0,
    images_sent      INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT read_model_invitation_pkey PRIMARY KEY (invitation_id)
);
CREATE INDEX read_model_invitation_subject_idx ON read_model.invitation (company_id, subject_id, issued_at);
