-- The command side's own lookup tables for set-based validation (does this company exist, does this
-- related subject belong to it). Written in the same transaction as the events that create the rows,
-- read only by command handlers. They hold ids and kinds, never personal data.
CREATE SCHEMA IF NOT EXISTS command_lookup;

CREATE TABLE command_lookup.company (
    company_id VARCHAR(64) NOT NULL,
    CONSTRAINT company_pkey PRIMARY KEY (company_id)
);

CREATE TABLE command_lookup.subject (
    subject_id VARCHAR(64) NOT NULL,
    company_id VARCHAR(64) NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    CONSTRAINT subject_pkey PRIMARY KEY (subject_id)
);
