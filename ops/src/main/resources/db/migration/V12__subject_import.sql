-- Employee codes are unique within a company: the CSV import names a dependent's employee by code. The
-- command handler claims a code by inserting here in the command's transaction, so a concurrent claim of
-- the same code waits for that transaction and then fails if it committed. Ids and codes only.
CREATE TABLE command_lookup.employee_code (
    company_id    VARCHAR(64) NOT NULL,
    employee_code VARCHAR(64) NOT NULL,
    subject_id    VARCHAR(64) NOT NULL,
    CONSTRAINT employee_code_pkey PRIMARY KEY (company_id, employee_code)
);

-- The codes of subjects registered before this migration, from the events themselves (the read model may
-- lag behind them). A code registered twice before uniqueness existed stays with its first holder.
INSERT INTO command_lookup.employee_code (company_id, employee_code, subject_id)
SELECT DISTINCT ON (p ->> 'companyId', p ->> 'employeeCode') p ->> 'companyId', p ->> 'employeeCode', p ->> 'subjectId'
FROM (SELECT globalindex, convert_from(payload, 'UTF8')::jsonb AS p
      FROM axon.domainevententry
      WHERE payloadtype = 'jp.mnledger.kernel.subject.SubjectRegisteredEvent') registered
WHERE coalesce(p ->> 'employeeCode', '') <> ''
ORDER BY p ->> 'companyId', p ->> 'employeeCode', globalindex;

-- CSV imports of data subjects (ADR 0011): one row per accepted file, so its outcome survives a restart.
-- No personal data: counts, codes, line numbers and the ids of the subjects it created.
CREATE SCHEMA IF NOT EXISTS importing;

CREATE TABLE importing.subject_import (
    import_id      VARCHAR(64) NOT NULL,
    company_id     VARCHAR(64) NOT NULL,
    actor          VARCHAR(64) NOT NULL,
    request_id     VARCHAR(64) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    encoding       VARCHAR(32) NOT NULL,
    total_rows     INTEGER     NOT NULL,
    processed_rows INTEGER     NOT NULL DEFAULT 0,
    failed_line    INTEGER,
    error_code     VARCHAR(64),
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    CONSTRAINT subject_import_pkey PRIMARY KEY (import_id),
    CONSTRAINT subject_import_status_check CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX subject_import_running_idx ON importing.subject_import (status) WHERE status = 'RUNNING';

-- The subjects a completed import created, by line; written in the import's own transaction.
CREATE TABLE importing.subject_import_subject (
    import_id  VARCHAR(64) NOT NULL,
    line       INTEGER     NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    CONSTRAINT subject_import_subject_pkey PRIMARY KEY (import_id, line)
);
