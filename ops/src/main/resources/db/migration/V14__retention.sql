-- Retention: what each subject's events say that its disposal date depends on, the computed date and the
-- document type and basis that set it; the companies' overrides and confirmation policy; the 廃棄記録.
CREATE TABLE read_model.retention_facts (
    subject_id            VARCHAR(64)   NOT NULL,
    company_id            VARCHAR(64)   NOT NULL,
    kind                  VARCHAR(32)   NOT NULL,
    related_subject_id    VARCHAR(64),
    employee_code         VARCHAR(64),
    number_held           BOOLEAN       NOT NULL DEFAULT FALSE,
    purposes_notified     VARCHAR(300)  NOT NULL DEFAULT '',
    employment_started_on DATE,
    employment_ended_on   DATE,
    deceased_on           DATE,
    last_provisions       VARCHAR(1000) NOT NULL DEFAULT '',
    due_on                DATE,
    document_type_id      VARCHAR(64),
    document_name         VARCHAR(300),
    basis                 VARCHAR(300),
    unverified            BOOLEAN       NOT NULL DEFAULT FALSE,
    status                VARCHAR(16)   NOT NULL DEFAULT 'HELD',
    CONSTRAINT retention_facts_pkey PRIMARY KEY (subject_id)
);
CREATE INDEX retention_facts_company_due_idx ON read_model.retention_facts (company_id, status, due_on);
CREATE INDEX retention_facts_related_idx ON read_model.retention_facts (related_subject_id) WHERE related_subject_id IS NOT NULL;

CREATE TABLE read_model.retention_override (
    company_id       VARCHAR(64)  NOT NULL,
    document_type_id VARCHAR(64)  NOT NULL,
    period           VARCHAR(32)  NOT NULL,
    reason           VARCHAR(300) NOT NULL,
    set_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT retention_override_pkey PRIMARY KEY (company_id, document_type_id)
);

CREATE TABLE read_model.disposal_policy (
    company_id VARCHAR(64) NOT NULL,
    automatic  BOOLEAN     NOT NULL,
    CONSTRAINT disposal_policy_pkey PRIMARY KEY (company_id)
);

-- 廃棄記録 (date, file type, who confirmed — never the number, never the name).
CREATE TABLE read_model.disposal_record (
    subject_id       VARCHAR(64)  NOT NULL,
    company_id       VARCHAR(64)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    employee_code    VARCHAR(64),
    due_on           DATE         NOT NULL,
    document_type_id VARCHAR(64),
    basis            VARCHAR(300),
    method           VARCHAR(64)  NOT NULL,
    certificate_id   VARCHAR(64)  NOT NULL,
    automatic        BOOLEAN      NOT NULL,
    disposed_at      TIMESTAMPTZ  NOT NULL,
    confirmed_by     VARCHAR(64),
    confirmed_role   VARCHAR(32),
    event_id         VARCHAR(64)  NOT NULL,
    CONSTRAINT disposal_record_pkey PRIMARY KEY (subject_id)
);
CREATE INDEX disposal_record_certificate_idx ON read_model.disposal_record (company_id, certificate_id);
