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
