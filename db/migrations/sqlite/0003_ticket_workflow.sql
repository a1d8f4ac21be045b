-- Ticket workflow (SQLite twin of mysql/0003_ticket_workflow.sql).

ALTER TABLE tickets ADD COLUMN route INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN status_before_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN first_response_time_us INTEGER;
ALTER TABLE tickets ADD COLUMN resolve_time_us INTEGER;
ALTER TABLE tickets ADD COLUMN close_time_us INTEGER;
ALTER TABLE tickets ADD COLUMN first_response_due_us INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_due_us INTEGER;
ALTER TABLE tickets ADD COLUMN promised_us INTEGER;
ALTER TABLE tickets ADD COLUMN callback_due_us INTEGER;
ALTER TABLE tickets ADD COLUMN effective_due_us INTEGER;
ALTER TABLE tickets ADD COLUMN paused_since_us INTEGER;
ALTER TABLE tickets ADD COLUMN resolution TEXT;
ALTER TABLE tickets ADD COLUMN duplicate_of_id INTEGER;
ALTER TABLE tickets ADD COLUMN callback_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
CREATE INDEX tickets_by_site_effective_due ON tickets (site_id, effective_due_us);
CREATE INDEX tickets_by_effective_due ON tickets (effective_due_us);
CREATE INDEX tickets_by_site_callback_due ON tickets (site_id, callback_due_us);

CREATE TABLE ticket_pauses (
  ticket_id INTEGER NOT NULL REFERENCES tickets (id),
  start_us  INTEGER NOT NULL,
  end_us    INTEGER,
  reason    TEXT    NOT NULL,
  PRIMARY KEY (ticket_id, start_us)
);

CREATE TABLE work_orders (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id            INTEGER NOT NULL REFERENCES tickets (id),
  site_id              TEXT    NOT NULL,
  route                INTEGER NOT NULL,
  assignee             TEXT    NOT NULL,
  promised_us          INTEGER,
  state                INTEGER NOT NULL,
  rework               INTEGER NOT NULL DEFAULT 0,
  parties_json         TEXT    NOT NULL,
  instructions         TEXT    NOT NULL,
  manager_signoff      TEXT    NOT NULL DEFAULT '',
  developer_ack_by     TEXT    NOT NULL DEFAULT '',
  arrival_us           INTEGER,
  complete_us          INTEGER,
  work_done            TEXT    NOT NULL,
  labour_hours         REAL    NOT NULL DEFAULT 0,
  materials_json       TEXT    NOT NULL,
  accepted_by_reporter INTEGER NOT NULL DEFAULT 0,
  acceptance_note      TEXT    NOT NULL,
  dispatched_by        TEXT    NOT NULL,
  create_time_us       INTEGER NOT NULL
);
CREATE INDEX work_orders_by_ticket ON work_orders (ticket_id, id);
CREATE INDEX work_orders_by_site_state_promise ON work_orders (site_id, state, promised_us);

CREATE TABLE ticket_callbacks (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id       INTEGER NOT NULL REFERENCES tickets (id),
  site_id         TEXT    NOT NULL,
  result          INTEGER NOT NULL,
  rating          INTEGER NOT NULL,
  comment         TEXT    NOT NULL,
  caller          TEXT    NOT NULL,
  create_time_us  INTEGER NOT NULL,
  rework_order_id INTEGER
);
CREATE INDEX ticket_callbacks_by_ticket ON ticket_callbacks (ticket_id, id);
CREATE INDEX ticket_callbacks_by_site_time ON ticket_callbacks (site_id, create_time_us);
