-- Shift swaps (换班) and leave (请假) with its approval steps (issue 13)
-- [R-SWAP-APPROVED] [R-LEAVE-FLOW].
--
-- A swap names the assignments it moves by their full names
-- ("sites/{site}/shifts/{yyyymmdd}-{def}/assignments/{id}"); the
-- counterpart's is '' when they cover without a duty in return. month_key
-- (yyyymm) is the local month of the earliest shift, first_start_time_us its
-- start: the monthly limit counts a party's swaps by month, and a swap whose
-- earliest shift has started reads as EXPIRED unless decided. version is the
-- etag; approvals lock the row (FOR UPDATE) and check it, so two servers
-- change hands once.
CREATE TABLE shift_swaps (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  site_id                VARCHAR(16)  NOT NULL,
  requester_id           VARCHAR(32)  NOT NULL,
  requester_assignment   VARCHAR(128) NOT NULL,
  counterpart_id         VARCHAR(32)  NOT NULL,
  counterpart_assignment VARCHAR(128) NOT NULL DEFAULT '',
  reason                 VARCHAR(500) NOT NULL,
  status                 SMALLINT     NOT NULL,
  month_key              INT          NOT NULL,
  first_start_time_us    BIGINT       NOT NULL,
  agree_time_us          BIGINT       NOT NULL DEFAULT 0,
  decided_by             VARCHAR(32)  NOT NULL DEFAULT '',
  decide_time_us         BIGINT       NOT NULL DEFAULT 0,
  decision_comment       VARCHAR(500) NOT NULL DEFAULT '',
  create_time_us         BIGINT       NOT NULL,
  update_time_us         BIGINT       NOT NULL,
  version                BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY shift_swaps_by_site (site_id, id),
  KEY shift_swaps_by_requester (requester_id, month_key),
  KEY shift_swaps_by_counterpart (counterpart_id, month_key),
  CONSTRAINT shift_swaps_site_fk FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT shift_swaps_requester_fk FOREIGN KEY (requester_id)
    REFERENCES staff (id),
  CONSTRAINT shift_swaps_counterpart_fk FOREIGN KEY (counterpart_id)
    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- LeaveApplication ("staff/{staff}/leaveApplications/{id}"): current_step
-- indexes leave_approval_steps while PENDING, -1 after. return_time_us and
-- returned_by record the report back (销假), 0 and '' before.
CREATE TABLE leave_applications (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  staff_id       VARCHAR(32)  NOT NULL,
  site_id        VARCHAR(16)  NOT NULL,
  type           SMALLINT     NOT NULL,
  start_time_us  BIGINT       NOT NULL,
  end_time_us    BIGINT       NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  status         SMALLINT     NOT NULL,
  current_step   INT          NOT NULL,
  return_time_us BIGINT       NOT NULL DEFAULT 0,
  returned_by    VARCHAR(32)  NOT NULL DEFAULT '',
  create_time_us BIGINT       NOT NULL,
  update_time_us BIGINT       NOT NULL,
  version        BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY leave_applications_by_staff (staff_id, start_time_us),
  KEY leave_applications_by_site (site_id, status, start_time_us),
  CONSTRAINT leave_applications_staff_fk FOREIGN KEY (staff_id)
    REFERENCES staff (id),
  CONSTRAINT leave_applications_site_fk FOREIGN KEY (site_id)
    REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ApprovalStep of a leave, ordinal 0, 1...: role 2 SUPERVISOR or
-- 3 MANAGER; decision 0 pending, 1 APPROVED, 2 REJECTED.
CREATE TABLE leave_approval_steps (
  leave_application_id BIGINT       NOT NULL,
  ordinal              INT          NOT NULL,
  role                 SMALLINT     NOT NULL,
  decision             SMALLINT     NOT NULL DEFAULT 0,
  decided_by           VARCHAR(32)  NOT NULL DEFAULT '',
  decide_time_us       BIGINT       NOT NULL DEFAULT 0,
  comment              VARCHAR(500) NOT NULL DEFAULT '',
  PRIMARY KEY (leave_application_id, ordinal),
  CONSTRAINT leave_approval_steps_leave_fk FOREIGN KEY (leave_application_id)
    REFERENCES leave_applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
