-- SQLite twin of mysql/0018_roster.sql.
-- Staff roster storage (issue 13) [R-NO-COVERAGE-GAP]: each site's roster
-- policy and shift plan, its working-day calendar (holidays and make-up
-- working days, 调休), the shifts that have been materialised with the
-- definition they were created with, and who is on duty on each.
--
-- Local dates are INTEGER yyyymmdd keys in the site's zone, like
-- ticket_number_counters.date_key. One person holds a shift once: held_by
-- is staff_id while the assignment holds its place and NULL after, and
-- (site_id, date_key, definition_id, held_by) is unique (NULLs never
-- collide).

CREATE TABLE roster_policies (
  site_id                    TEXT    NOT NULL REFERENCES sites (id),
  handover_arrival_lead_s    INTEGER NOT NULL,
  min_rest_s                 INTEGER NOT NULL,
  max_swaps_per_month        INTEGER NOT NULL,
  max_late_per_month         INTEGER NOT NULL,
  max_corrections_per_month  INTEGER NOT NULL,
  supervisor_only_leave_days INTEGER NOT NULL,
  update_time_us             INTEGER NOT NULL,
  version                    INTEGER NOT NULL,
  PRIMARY KEY (site_id)
);

CREATE TABLE roster_shift_definitions (
  site_id          TEXT    NOT NULL REFERENCES roster_policies (site_id),
  ordinal          INTEGER NOT NULL,
  id               TEXT    NOT NULL,
  display_name     TEXT    NOT NULL,
  kind             INTEGER NOT NULL,
  start_local_time TEXT    NOT NULL,
  duration_s       INTEGER NOT NULL,
  min_headcount    INTEGER NOT NULL,
  PRIMARY KEY (site_id, ordinal)
);
CREATE UNIQUE INDEX roster_shift_definitions_by_id
  ON roster_shift_definitions (site_id, id);

CREATE TABLE roster_calendar_days (
  site_id        TEXT    NOT NULL REFERENCES sites (id),
  date_key       INTEGER NOT NULL,
  kind           INTEGER NOT NULL,
  note           TEXT    NOT NULL DEFAULT '',
  updated_by     TEXT    NOT NULL,
  update_time_us INTEGER NOT NULL,
  PRIMARY KEY (site_id, date_key)
);

CREATE TABLE roster_shifts (
  site_id          TEXT    NOT NULL REFERENCES sites (id),
  date_key         INTEGER NOT NULL,
  definition_id    TEXT    NOT NULL,
  display_name     TEXT    NOT NULL,
  kind             INTEGER NOT NULL,
  start_local_time TEXT    NOT NULL,
  duration_s       INTEGER NOT NULL,
  min_headcount    INTEGER NOT NULL,
  start_time_us    INTEGER NOT NULL,
  end_time_us      INTEGER NOT NULL,
  create_time_us   INTEGER NOT NULL,
  PRIMARY KEY (site_id, date_key, definition_id)
);

CREATE TABLE duty_assignments (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id              TEXT    NOT NULL,
  date_key             INTEGER NOT NULL,
  definition_id        TEXT    NOT NULL,
  staff_id             TEXT    NOT NULL REFERENCES staff (id),
  held_by              TEXT    NULL,
  status               INTEGER NOT NULL,
  origin               INTEGER NOT NULL,
  shift_swap_id        INTEGER NOT NULL DEFAULT 0,
  leave_application_id INTEGER NOT NULL DEFAULT 0,
  start_time_us        INTEGER NOT NULL,
  end_time_us          INTEGER NOT NULL,
  created_by           TEXT    NOT NULL,
  create_time_us       INTEGER NOT NULL,
  update_time_us       INTEGER NOT NULL,
  version              INTEGER NOT NULL,
  FOREIGN KEY (site_id, date_key, definition_id)
    REFERENCES roster_shifts (site_id, date_key, definition_id)
);
CREATE UNIQUE INDEX duty_assignments_once
  ON duty_assignments (site_id, date_key, definition_id, held_by);
CREATE INDEX duty_assignments_by_staff
  ON duty_assignments (staff_id, start_time_us);
