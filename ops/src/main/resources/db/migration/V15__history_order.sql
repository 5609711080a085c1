-- Events of one command share a timestamp: order a subject's history by its stream's sequence as well.
ALTER TABLE read_model.subject_history ADD COLUMN sequence_number BIGINT;
