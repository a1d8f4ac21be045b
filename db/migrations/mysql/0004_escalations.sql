-- The escalation chain: staff → supervisor → manager.

ALTER TABLE tickets
  ADD COLUMN escalation_level SMALLINT NOT NULL DEFAULT 0,
  ADD KEY tickets_by_escalation_due (escalation_level, effective_due_us);

-- One row per step up the chain. Automatic steps carry auto_key (the level),
-- unique per ticket: whichever server process's sweeper gets there first
-- inserts it, every other insert of the same step fails on this key, so each
-- step happens exactly once. Manual steps leave auto_key NULL.
CREATE TABLE ticket_escalations (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  ticket_id      BIGINT       NOT NULL,
  site_id        VARCHAR(16)  NOT NULL,
  level          SMALLINT     NOT NULL,
  automatic      SMALLINT     NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  actor          VARCHAR(32)  NOT NULL,
  create_time_us BIGINT       NOT NULL,
  auto_key       VARCHAR(16)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ticket_escalations_once (ticket_id, auto_key),
  KEY ticket_escalations_by_site_time (site_id, create_time_us, id),
  KEY ticket_escalations_by_time (create_time_us, id),
  CONSTRAINT ticket_escalations_ticket_fk FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
