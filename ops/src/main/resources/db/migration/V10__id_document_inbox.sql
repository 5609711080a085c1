-- The receive-only inbox for ID-document images (ADR 0010): short-lived encrypted blobs in a schema of
-- their own. Each row holds one image as AES-256-GCM ciphertext under the subject's own data key (the
-- associated data binds subject, field and image id); never the image in clear, never a hash of it.
-- Rows are deleted after 本人確認 or when mnledger.inbox.retention passes; the events record both.
CREATE SCHEMA IF NOT EXISTS inbox;

CREATE TABLE inbox.id_document_image (
    image_id     UUID         NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    company_id   VARCHAR(64)  NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    scheme       VARCHAR(32)  NOT NULL,
    nonce        BYTEA        NOT NULL,
    ciphertext   BYTEA        NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT id_document_image_pkey PRIMARY KEY (image_id)
);
-- Ciphertext does not compress: store it out of line without trying.
ALTER TABLE inbox.id_document_image ALTER COLUMN ciphertext SET STORAGE EXTERNAL;
CREATE INDEX id_document_image_subject_idx ON inbox.id_document_image (subject_id);
CREATE INDEX id_document_image_received_idx ON inbox.id_document_image (received_at);

-- The handler's list of a subject's images: metadata only (kind, format, size, when received and purged).
CREATE TABLE read_model.id_document_image (
    image_id     VARCHAR(64)  NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    company_id   VARCHAR(64)  NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    content_type VARCHAR(16)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    purged_at    TIMESTAMPTZ,
    purge_reason VARCHAR(16),
    CONSTRAINT read_model_id_document_image_pkey PRIMARY KEY (image_id)
);
CREATE INDEX read_model_id_document_image_subject_idx ON read_model.id_document_image (subject_id, received_at);
