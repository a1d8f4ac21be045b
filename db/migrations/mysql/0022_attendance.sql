-- Attendance (考勤) [R-ATTENDANCE]. An attendance record is one per duty
-- assignment and its id is the assignment's
-- ("staff/{staff}/attendanceRecords/{assignment id}"). A row here is written
-- at the first punch or approved correction; a record without a row has no
-- punches and is computed from its assignment. Irregularities and `final`
-- are computed at read time (server/roster/attendance.h), never stored.
-- Instants in microseconds since the epoch, 0 for none; sources are
-- AttendanceRecord.Source numbers (0 for none).
CREATE TABLE attendance_records (
  duty_assignment_id BIGINT       NOT NULL,
  staff_id           VARCHAR(32)  NOT NULL,
  site_id            VARCHAR(16)  NOT NULL,
  clock_in_time_us   BIGINT       NOT NULL DEFAULT 0,
  clock_in_source    SMALLINT     NOT NULL DEFAULT 0,
  clock_out_time_us  BIGINT       NOT NULL DEFAULT 0,
  clock_out_source   SMALLINT     NOT NULL DEFAULT 0,
  override_reason    VARCHAR(500) NOT NULL DEFAULT '',
  overridden_by      VARCHAR(32)  NOT NULL DEFAULT '',
  create_time_us     BIGINT       NOT NULL,
  update_time_us     BIGINT       NOT NULL,
  version            BIGINT       NOT NULL,
  PRIMARY KEY (duty_assignment_id),
  CONSTRAINT attendance_records_assignment_fk
    FOREIGN KEY (duty_assignment_id) REFERENCES duty_assignments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Missed clock-in / clock-out corrections (补卡), "staff/{staff}/
-- attendanceCorrections/{id}" against the record of duty_assignment_id.
-- month_key (yyyymm) is the site-local month of the record's shift: the
-- month whose limit (max_corrections_per_month) and summary it counts in.
-- kind and status are AttendanceCorrection.Kind / .Status numbers.
CREATE TABLE attendance_corrections (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  staff_id           VARCHAR(32)  NOT NULL,
  duty_assignment_id BIGINT       NOT NULL,
  site_id            VARCHAR(16)  NOT NULL,
  month_key          INT          NOT NULL,
  kind               SMALLINT     NOT NULL,
  claimed_time_us    BIGINT       NOT NULL,
  reason             VARCHAR(500) NOT NULL,
  status             SMALLINT     NOT NULL,
  over_limit         SMALLINT     NOT NULL DEFAULT 0,
  decided_by         VARCHAR(32)  NOT NULL DEFAULT '',
  decide_time_us     BIGINT       NOT NULL DEFAULT 0,
  decision_comment   VARCHAR(500) NOT NULL DEFAULT '',
  create_time_us     BIGINT       NOT NULL,
  update_time_us     BIGINT       NOT NULL,
  version            BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY attendance_corrections_by_staff (staff_id, month_key),
  KEY attendance_corrections_by_site (site_id, month_key),
  KEY attendance_corrections_by_record (duty_assignment_id),
  CONSTRAINT attendance_corrections_assignment_fk
    FOREIGN KEY (duty_assignment_id) REFERENCES duty_assignments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
