-- A dependent's 続柄 and a payee's occupation, for the payroll view and the dependents view.
ALTER TABLE read_model.subject ADD COLUMN relationship VARCHAR(32);
ALTER TABLE read_model.subject ADD COLUMN occupation VARCHAR(100);
CREATE INDEX subject_related_idx ON read_model.subject (related_subject_id) WHERE related_subject_id IS NOT NULL;
