-- The purposes notified to each subject at acquisition, for the handling register (取扱状況の記録).
ALTER TABLE read_model.subject ADD COLUMN purposes_notified VARCHAR(300) NOT NULL DEFAULT '';
