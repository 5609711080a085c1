-- The purposes (個人番号関係事務) each company declared; acquisition is limited to them.
ALTER TABLE command_lookup.company ADD COLUMN declared_purposes VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE read_model.company ADD COLUMN declared_purposes VARCHAR(300) NOT NULL DEFAULT '';

-- Each subject's history: lifecycle steps and recorded accesses, never a number, name or stated reason.
CREATE TABLE read_model.subject_history (
    event_id       VARCHAR(64)  NOT NULL,
    subject_id     VARCHAR(64)  NOT NULL,
    company_id     VARCHAR(64),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    purpose        VARCHAR(32),
    details        VARCHAR(1000),
    actor          VARCHAR(64),
    role           VARCHAR(32),
    client_address VARCHAR(64),
    user_agent     VARCHAR(256),
    request_id     VARCHAR(64),
    CONSTRAINT subject_history_pkey PRIMARY KEY (event_id)
);
CREATE INDEX subject_history_subject_idx ON read_model.subject_history (subject_id, occurred_at);
