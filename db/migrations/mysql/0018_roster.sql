-- Staff roster storage (issue 13) [R-NO-COVERAGE-GAP]: each site's roster
-- policy and shift plan, its working-day calendar (holidays and make-up
-- working days, 调休), the shifts that have been materialised with the
-- definition they were created with, and who is on duty on each.
--
-- Local dates are INT yyyymmdd keys in the site's zone, like
-- ticket_number_counters.date_key: they compare and range like the dates,
-- so a site-month is date_key BETWEEN 20261101 AND 20261130.

-- RosterPolicy ("sites/{site}/rosterPolicy"). No row: the site reads the
-- defaults; the first update writes it. Durations in whole seconds; version
-- is the etag.
CREATE TABLE roster_policies (
  site_id                    VARCHAR(16) NOT NULL,
  handover_arrival_lead_s    INT         NOT NULL,
  min_rest_s                 INT         NOT NULL,
  max_swaps_per_month        INT         NOT NULL,
  max_late_per_month         INT         NOT NULL,
  max_corrections_per_month  INT         NOT NULL,
  supervisor_only_leave_days INT         NOT NULL,
  update_time_us             BIGINT      NOT NULL,
  version                    BIGINT      NOT NULL,
  PRIMARY KEY (site_id),
  CONSTRAINT roster_policies_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- RosterPolicy.shifts in the order given (ordinal 0, 1, ...), replaced as a
-- whole with the policy.
CREATE TABLE roster_shift_definitions (
  site_id          VARCHAR(16) NOT NULL,
  ordinal          INT         NOT NULL,
  id               VARCHAR(16) NOT NULL,
  display_name     VARCHAR(32) NOT NULL,
  kind             SMALLINT    NOT NULL,
  start_local_time CHAR(5)     NOT NULL,
  duration_s       INT         NOT NULL,
  min_headcount    INT         NOT NULL,
  PRIMARY KEY (site_id, ordinal),
  UNIQUE KEY roster_shift_definitions_by_id (site_id, id),
  CONSTRAINT roster_shift_definitions_policy_fk FOREIGN KEY (site_id)
    REFERENCES roster_policies (site_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The site's days that are not what their weekday says (CalendarDay):
-- kind 1 HOLIDAY (rest, whatever the weekday), 2 MAKEUP_WORKDAY (a weekend
-- day worked). Any other day is a working day Monday to Friday.
CREATE TABLE roster_calendar_days (
  site_id        VARCHAR(16)  NOT NULL,
  date_key       INT          NOT NULL,
  kind           SMALLINT     NOT NULL,
  note           VARCHAR(200) NOT NULL DEFAULT '',
  updated_by     VARCHAR(32)  NOT NULL,
  update_time_us BIGINT       NOT NULL,
  PRIMARY KEY (site_id, date_key),
  CONSTRAINT roster_calendar_days_site_fk FOREIGN KEY (site_id)
    REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A shift that has been materialised (its first assignment): it keeps the
-- definition it was created with, and its instants, whatever the policy
-- says later. A shift without a row is computed from the policy.
CREATE TABLE roster_shifts (
  site_id          VARCHAR(16) NOT NULL,
  date_key         INT         NOT NULL,
  definition_id    VARCHAR(16) NOT NULL,
  display_name     VARCHAR(32) NOT NULL,
  kind             SMALLINT    NOT NULL,
  start_local_time CHAR(5)     NOT NULL,
  duration_s       INT         NOT NULL,
  min_headcount    INT         NOT NULL,
  start_time_us    BIGINT      NOT NULL,
  end_time_us      BIGINT      NOT NULL,
  create_time_us   BIGINT      NOT NULL,
  PRIMARY KEY (site_id, date_key, definition_id),
  CONSTRAINT roster_shifts_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A staff member on a shift (DutyAssignment). Rows are kept: a deleted
-- assignment becomes CANCELLED (7), a swapped one SWAPPED_OUT (5).
-- start/end are the shift's instants, copied so that a person's duties in a
-- period are one range of duty_assignments_by_staff.
--
-- One person holds a shift once: held_by is staff_id while the assignment
-- holds its place (any status but SWAPPED_OUT and CANCELLED) and NULL after,
-- and (site_id, date_key, definition_id, held_by) is unique (NULLs never
-- collide), so the person can be put on the shift again once it is released.
-- The prefix (site_id, date_key) serves a site's dates.
--
-- shift_swap_id and leave_application_id are the ids in
-- "sites/{site}/shiftSwaps/{id}" and "staff/{staff}/leaveApplications/{id}",
-- 0 for none; those tables come with swaps and leave.
CREATE TABLE duty_assignments (
  id                   BIGINT      NOT NULL AUTO_INCREMENT,
  site_id              VARCHAR(16) NOT NULL,
  date_key             INT         NOT NULL,
  definition_id        VARCHAR(16) NOT NULL,
  staff_id             VARCHAR(32) NOT NULL,
  held_by              VARCHAR(32) NULL,
  status               SMALLINT    NOT NULL,
  origin               SMALLINT    NOT NULL,
  shift_swap_id        BIGINT      NOT NULL DEFAULT 0,
  leave_application_id BIGINT      NOT NULL DEFAULT 0,
  start_time_us        BIGINT      NOT NULL,
  end_time_us          BIGINT      NOT NULL,
  created_by           VARCHAR(32) NOT NULL,
  create_time_us       BIGINT      NOT NULL,
  update_time_us       BIGINT      NOT NULL,
  version              BIGINT      NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY duty_assignments_once (site_id, date_key, definition_id, held_by),
  KEY duty_assignments_by_staff (staff_id, start_time_us),
  CONSTRAINT duty_assignments_shift_fk
    FOREIGN KEY (site_id, date_key, definition_id)
    REFERENCES roster_shifts (site_id, date_key, definition_id),
  CONSTRAINT duty_assignments_staff_fk FOREIGN KEY (staff_id)
    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
