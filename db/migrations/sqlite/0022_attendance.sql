-- SQLite twin of mysql/0022_attendance.sql.
-- Attendance (考勤) [R-ATTENDANCE]. An attendance record is one per duty
-- assignment and its id is the assignment's
-- ("staff/{staff}/attendanceRecords/{assignment id}"). A row here is written
-- at the first punch or approved correction; a record without a row has no
-- punches and is computed from its assignment. Irregularities and `final`
-- are computed at read time (server/roster/attendance.h), never stored.
-- Instants in microseconds since the epoch, 0 for none; sources are
-- AttendanceRecord.Source numbers (0 for none).
CREATE TABLE attendance_records (
  duty_assignment_id INTEGER NOT NULL PRIMARY KEY
                     REFERENCES duty_assignments (id),
  staff_id           TEXT    NOT NULL,
  site_id            TEXT    NOT NULL,
  clock_in_time_us   INTEGER NOT NULL DEFAULT 0,
  clock_in_source    INTEGER NOT NULL DEFAULT 0,
  clock_out_time_us  INTEGER NOT NULL DEFAULT 0,
  clock_out_source   INTEGER NOT NULL DEFAULT 0,
  override_reason    TEXT    NOT NULL DEFAULT '',
  overridden_by      TEXT    NOT NULL DEFAULT '',
  create_time_us     INTEGER NOT NULL,
  update_time_us     INTEGER NOT NULL,
  version            INTEGER NOT NULL
);

-- Missed clock-in / clock-out corrections (补卡), "staff/{staff}/
-- attendanceCorrections/{id}" against the record of duty_assignment_id.
-- month_key (yyyymm) is the site-local month of the record's shift: the
-- month whose limit (max_corrections_per_month) and summary it counts in.
-- kind and status are AttendanceCorrection.Kind / .Status numbers.
CREATE TABLE attendance_corrections (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  staff_id           TEXT    NOT NULL,
  duty_assignment_id INTEGER NOT NULL REFERENCES duty_assignments (id),
  site_id            TEXT    NOT NULL,
  month_key          INTEGER NOT NULL,
  kind               INTEGER NOT NULL,
  claimed_time_us    INTEGER NOT NULL,
  reason             TEXT    NOT NULL,
  status             INTEGER NOT NULL,
  over_limit         INTEGER NOT NULL DEFAULT 0,
  decided_by         TEXT    NOT NULL DEFAULT '',
  decide_time_us     INTEGER NOT NULL DEFAULT 0,
  decision_comment   TEXT    NOT NULL DEFAULT '',
  create_time_us     INTEGER NOT NULL,
  update_time_us     INTEGER NOT NULL,
  version            INTEGER NOT NULL
);
CREATE INDEX attendance_corrections_by_staff
  ON attendance_corrections (staff_id, month_key);
CREATE INDEX attendance_corrections_by_site
  ON attendance_corrections (site_id, month_key);
CREATE INDEX attendance_corrections_by_record
  ON attendance_corrections (duty_assignment_id);
