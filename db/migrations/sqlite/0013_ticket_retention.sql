-- SQLite twin of mysql/0013_ticket_retention.sql.
ALTER TABLE tickets ADD COLUMN important INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN reporter_purge_time_us INTEGER NULL;

ALTER TABLE visitor_settings
  ADD COLUMN ticket_retention_days INTEGER NOT NULL DEFAULT 365;
