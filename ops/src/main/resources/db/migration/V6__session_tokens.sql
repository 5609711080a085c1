-- Browser sessions use the same token store as bearer tokens, with an idle timeout that slides on use and
-- an absolute end that does not.
ALTER TABLE identity.access_token ADD COLUMN session BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE identity.access_token ADD COLUMN absolute_expires_at TIMESTAMPTZ;
