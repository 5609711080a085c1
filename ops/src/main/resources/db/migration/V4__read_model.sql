-- Read models built by the query side's projections. Masked only: no number is ever stored here.
CREATE SCHEMA IF NOT EXISTS read_model;

CREATE TABLE read_model.company (
    company_id       VARCHAR(64)  NOT NULL,
    name             VARCHAR(300) NOT NULL,
    corporate_number VARCHAR(13),
    created_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT company_pkey PRIMARY KEY (company_id)
);

CREATE TABLE read_model.subject (
    subject_id         VARCHAR(64)  NOT NULL,
    company_id         VARCHAR(64)  NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    display_name       VARCHAR(300) NOT NULL,
    employee_code      VARCHAR(64),
    related_subject_id VARCHAR(64),
    my_number_status   VARCHAR(32)  NOT NULL,
    registered_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT subject_pkey PRIMARY KEY (subject_id)
);
CREATE INDEX subject_company_idx ON read_model.subject (company_id, registered_at);
