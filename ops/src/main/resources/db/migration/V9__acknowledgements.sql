-- The handling-rules version of each person's latest 同意書 (0: none), for the payroll view.
ALTER TABLE read_model.subject ADD COLUMN acknowledged_version INTEGER NOT NULL DEFAULT 0;
