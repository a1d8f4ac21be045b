-- frontdesk schema, version 1 (SQLite twin of mysql/0001_initial.sql; keep
-- the two in step). Instants are UTC microseconds since the Unix epoch.

CREATE TABLE sites (
  id             TEXT    NOT NULL PRIMARY KEY,
  display_name   TEXT    NOT NULL,
  time_zone      TEXT    NOT NULL,
  address        TEXT    NOT NULL DEFAULT '',
  create_time_us INTEGER NOT NULL,
  update_time_us INTEGER NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE units (
  site_id        TEXT    NOT NULL REFERENCES sites (id),
  id             TEXT    NOT NULL,
  building       TEXT    NOT NULL,
  entrance       TEXT    NOT NULL,
  room           TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, id)
);

CREATE TABLE staff (
  id             TEXT    NOT NULL PRIMARY KEY,
  display_name   TEXT    NOT NULL,
  phone          TEXT    NOT NULL DEFAULT '',
  create_time_us INTEGER NOT NULL,
  update_time_us INTEGER NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE staff_roles (
  staff_id TEXT    NOT NULL REFERENCES staff (id),
  role     INTEGER NOT NULL,
  PRIMARY KEY (staff_id, role)
);
CREATE INDEX staff_roles_by_role ON staff_roles (role, staff_id);

CREATE TABLE staff_sites (
  staff_id TEXT NOT NULL REFERENCES staff (id),
  site_id  TEXT NOT NULL REFERENCES sites (id),
  PRIMARY KEY (staff_id, site_id)
);
CREATE INDEX staff_sites_by_site ON staff_sites (site_id, staff_id);

CREATE TABLE access_tokens (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  staff_id       TEXT    NOT NULL REFERENCES staff (id),
  secret_sha256  TEXT    NOT NULL UNIQUE,
  display_name   TEXT    NOT NULL DEFAULT '',
  create_time_us INTEGER NOT NULL,
  revoke_time_us INTEGER
);

CREATE TABLE tickets (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id         TEXT    NOT NULL REFERENCES sites (id),
  number          TEXT    NOT NULL UNIQUE,
  channel         INTEGER NOT NULL,
  kind            INTEGER NOT NULL,
  complaint_class INTEGER NOT NULL DEFAULT 0,
  priority        INTEGER NOT NULL,
  status          INTEGER NOT NULL,
  reporter_name   TEXT    NOT NULL,
  reporter_phone  TEXT    NOT NULL,
  unit_id         TEXT    NOT NULL DEFAULT '',
  location        TEXT    NOT NULL DEFAULT '',
  subject         TEXT    NOT NULL,
  description     TEXT    NOT NULL,
  created_by      TEXT    NOT NULL,
  create_time_us  INTEGER NOT NULL,
  update_time_us  INTEGER NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_by_site_time ON tickets (site_id, create_time_us, id);
CREATE INDEX tickets_by_site_status_time ON tickets (site_id, status, create_time_us, id);
CREATE INDEX tickets_by_site_kind_time ON tickets (site_id, kind, create_time_us, id);
CREATE INDEX tickets_by_site_unit_time ON tickets (site_id, unit_id, create_time_us, id);
CREATE INDEX tickets_by_phone_time ON tickets (reporter_phone, create_time_us, id);
CREATE INDEX tickets_by_time ON tickets (create_time_us, id);

CREATE TABLE ticket_number_counters (
  site_id       TEXT    NOT NULL,
  date_key      INTEGER NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (site_id, date_key)
);

CREATE TABLE ticket_events (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id      INTEGER NOT NULL REFERENCES tickets (id),
  site_id        TEXT    NOT NULL,
  type           INTEGER NOT NULL,
  actor          TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  changes_json   TEXT    NOT NULL,
  note           TEXT    NOT NULL
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, id);
CREATE INDEX ticket_events_by_site ON ticket_events (site_id, id);

CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
  SELECT RAISE(ABORT, 'ticket_events is append-only: UPDATE refused');
END;

CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
  SELECT RAISE(ABORT, 'ticket_events is append-only: DELETE refused');
END;

CREATE TABLE idempotency_keys (
  method         TEXT    NOT NULL,
  request_id     TEXT    NOT NULL,
  request_sha256 TEXT    NOT NULL,
  response       TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  PRIMARY KEY (method, request_id)
);
CREATE INDEX idempotency_keys_by_time ON idempotency_keys (create_time_us);
