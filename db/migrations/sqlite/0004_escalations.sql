-- The escalation chain (SQLite twin of mysql/0004_escalations.sql).

ALTER TABLE tickets ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;
CREATE INDEX tickets_by_escalation_due ON tickets (escalation_level, effective_due_us);

CREATE TABLE ticket_escalations (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id      INTEGER NOT NULL REFERENCES tickets (id),
  site_id        TEXT    NOT NULL,
  level          INTEGER NOT NULL,
  automatic      INTEGER NOT NULL,
  reason         TEXT    NOT NULL,
  actor          TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  auto_key       TEXT,
  UNIQUE (ticket_id, auto_key)
);
CREATE INDEX ticket_escalations_by_site_time ON ticket_escalations (site_id, create_time_us, id);
CREATE INDEX ticket_escalations_by_time ON ticket_escalations (create_time_us, id);
