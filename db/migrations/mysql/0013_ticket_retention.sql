-- Retention of a ticket's reporter [T-COMPLAINT-RETENTION]: complaint files
-- are kept one year, important ones long-term. A finished ticket's reporter
-- name and phone are erased the site's ticket_retention_days (default 365)
-- after it finished, unless the ticket is important; reporter_purge_time_us
-- says when (NULL: not erased). The history's sealed reporter values are
-- erased with them (ticket_events.purge_time_us, migration 0012).
ALTER TABLE tickets
  ADD COLUMN important TINYINT NOT NULL DEFAULT 0,
  ADD COLUMN reporter_purge_time_us BIGINT NULL;

ALTER TABLE visitor_settings
  ADD COLUMN ticket_retention_days INT NOT NULL DEFAULT 365;
