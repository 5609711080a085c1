-- A dependent's 続柄 and a payee's occupation, for the payroll view and the dependents view.
ALTER TABLE read_model.subject ADD COLUMN relationship VARCHAR(32);
ALTER TABLE read_model.subject ADD COLUMN occupation VARCHAR(100);
CREATE INDEX subject_related_idx ON read_model.subject (related_subject_id) WHERE related_subject_id IS NOT NULL;

-- The day a subject left (or died): a collection campaign does not chase people who had already gone.
ALTER TABLE read_model.subject ADD COLUMN left_on DATE;

-- Collection campaigns (e.g. 年末調整 2026); progress is computed from read_model.subject at query time.
CREATE TABLE read_model.collection_campaign (
    campaign_id   VARCHAR(64)  NOT NULL,
    company_id    VARCHAR(64)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    purposes      VARCHAR(300) NOT NULL,
    subject_kinds VARCHAR(300) NOT NULL,
    due_on        DATE         NOT NULL,
    opened_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT collection_campaign_pkey PRIMARY KEY (campaign_id)
);
CREATE INDEX collection_campaign_company_idx ON read_model.collection_campaign (company_id, opened_at);
