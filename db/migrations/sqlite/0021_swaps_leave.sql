-- SQLite twin of mysql/0021_swaps_leave.sql: shift swaps (换班), leave
-- (请假) and its approval steps [R-SWAP-APPROVED] [R-LEAVE-FLOW].
CREATE TABLE shift_swaps (
  id                     INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id                TEXT    NOT NULL REFERENCES sites (id),
  requester_id           TEXT    NOT NULL REFERENCES staff (id),
  requester_assignment   TEXT    NOT NULL,
  counterpart_id         TEXT    NOT NULL REFERENCES staff (id),
  counterpart_assignment TEXT    NOT NULL DEFAULT '',
  reason                 TEXT    NOT NULL,
  status                 INTEGER NOT NULL,
  month_key              INTEGER NOT NULL,
  first_start_time_us    INTEGER NOT NULL,
  agree_time_us          INTEGER NOT NULL DEFAULT 0,
  decided_by             TEXT    NOT NULL DEFAULT '',
  decide_time_us         INTEGER NOT NULL DEFAULT 0,
  decision_comment       TEXT    NOT NULL DEFAULT '',
  create_time_us         INTEGER NOT NULL,
  update_time_us         INTEGER NOT NULL,
  version                INTEGER NOT NULL
);
CREATE INDEX shift_swaps_by_site ON shift_swaps (site_id, id);
CREATE INDEX shift_swaps_by_requester ON shift_swaps (requester_id, month_key);
CREATE INDEX shift_swaps_by_counterpart
  ON shift_swaps (counterpart_id, month_key);

CREATE TABLE leave_applications (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  staff_id       TEXT    NOT NULL REFERENCES staff (id),
  site_id        TEXT    NOT NULL REFERENCES sites (id),
  type           INTEGER NOT NULL,
  start_time_us  INTEGER NOT NULL,
  end_time_us    INTEGER NOT NULL,
  reason         TEXT    NOT NULL,
  status         INTEGER NOT NULL,
  current_step   INTEGER NOT NULL,
  return_time_us INTEGER NOT NULL DEFAULT 0,
  returned_by    TEXT    NOT NULL DEFAULT '',
  create_time_us INTEGER NOT NULL,
  update_time_us INTEGER NOT NULL,
  version        INTEGER NOT NULL
);
CREATE INDEX leave_applications_by_staff
  ON leave_applications (staff_id, start_time_us);
CREATE INDEX leave_applications_by_site
  ON leave_applications (site_id, status, start_time_us);

CREATE TABLE leave_approval_steps (
  leave_application_id INTEGER NOT NULL REFERENCES leave_applications (id),
  ordinal              INTEGER NOT NULL,
  role                 INTEGER NOT NULL,
  decision             INTEGER NOT NULL DEFAULT 0,
  decided_by           TEXT    NOT NULL DEFAULT '',
  decide_time_us       INTEGER NOT NULL DEFAULT 0,
  comment              TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (leave_application_id, ordinal)
);
