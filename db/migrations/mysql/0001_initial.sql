-- frontdesk schema, version 1: directory, access tokens, tickets and their
-- append-only history, ticket numbers and idempotency keys.
-- Instants are UTC microseconds since the Unix epoch (BIGINT *_us columns):
-- exact, portable between MariaDB and SQLite, and free of session time zones.

CREATE TABLE sites (
  id             VARCHAR(16)  NOT NULL,
  display_name   VARCHAR(64)  NOT NULL,
  time_zone      VARCHAR(64)  NOT NULL,
  address        VARCHAR(200) NOT NULL DEFAULT '',
  create_time_us BIGINT       NOT NULL,
  update_time_us BIGINT       NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE units (
  site_id        VARCHAR(16) NOT NULL,
  id             VARCHAR(50) NOT NULL,
  building       VARCHAR(16) NOT NULL,
  entrance       VARCHAR(16) NOT NULL,
  room           VARCHAR(16) NOT NULL,
  create_time_us BIGINT      NOT NULL,
  version        BIGINT      NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, id),
  CONSTRAINT units_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE staff (
  id             VARCHAR(32) NOT NULL,
  display_name   VARCHAR(64) NOT NULL,
  phone          VARCHAR(32) NOT NULL DEFAULT '',
  create_time_us BIGINT      NOT NULL,
  update_time_us BIGINT      NOT NULL,
  version        BIGINT      NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE staff_roles (
  staff_id VARCHAR(32) NOT NULL,
  role     SMALLINT    NOT NULL,
  PRIMARY KEY (staff_id, role),
  KEY staff_roles_by_role (role, staff_id),
  CONSTRAINT staff_roles_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE staff_sites (
  staff_id VARCHAR(32) NOT NULL,
  site_id  VARCHAR(16) NOT NULL,
  PRIMARY KEY (staff_id, site_id),
  KEY staff_sites_by_site (site_id, staff_id),
  CONSTRAINT staff_sites_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
  CONSTRAINT staff_sites_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Bearer tokens are stored as their SHA-256 only.
CREATE TABLE access_tokens (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  staff_id       VARCHAR(32) NOT NULL,
  secret_sha256  CHAR(64)    NOT NULL,
  display_name   VARCHAR(64) NOT NULL DEFAULT '',
  create_time_us BIGINT      NOT NULL,
  revoke_time_us BIGINT      NULL,
  PRIMARY KEY (id),
  UNIQUE KEY access_tokens_by_secret (secret_sha256),
  CONSTRAINT access_tokens_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE tickets (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  site_id         VARCHAR(16)  NOT NULL,
  number          VARCHAR(32)  NOT NULL,
  channel         SMALLINT     NOT NULL,
  kind            SMALLINT     NOT NULL,
  complaint_class SMALLINT     NOT NULL DEFAULT 0,
  priority        SMALLINT     NOT NULL,
  status          SMALLINT     NOT NULL,
  reporter_name   VARCHAR(64)  NOT NULL,
  reporter_phone  VARCHAR(32)  NOT NULL,
  unit_id         VARCHAR(50)  NOT NULL DEFAULT '',
  location        VARCHAR(200) NOT NULL DEFAULT '',
  subject         VARCHAR(200) NOT NULL,
  description     TEXT         NOT NULL,
  created_by      VARCHAR(32)  NOT NULL,
  create_time_us  BIGINT       NOT NULL,
  update_time_us  BIGINT       NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY tickets_by_number (number),
  -- ListTickets is "newest first" within a site, optionally narrowed by one
  -- equality filter; each index serves one such shape without a filesort.
  KEY tickets_by_site_time (site_id, create_time_us, id),
  KEY tickets_by_site_status_time (site_id, status, create_time_us, id),
  KEY tickets_by_site_kind_time (site_id, kind, create_time_us, id),
  KEY tickets_by_site_unit_time (site_id, unit_id, create_time_us, id),
  KEY tickets_by_phone_time (reporter_phone, create_time_us, id),
  KEY tickets_by_time (create_time_us, id),
  CONSTRAINT tickets_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The per-site, per-local-day sequence behind ticket numbers. The row lock
-- taken by the upsert serialises allocation across server processes.
CREATE TABLE ticket_number_counters (
  site_id       VARCHAR(16) NOT NULL,
  date_key      INT         NOT NULL,
  last_sequence BIGINT      NOT NULL,
  PRIMARY KEY (site_id, date_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only history (无涂改、漏记): the triggers below refuse UPDATE and
-- DELETE, so a correction can only be a new entry.
CREATE TABLE ticket_events (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  ticket_id      BIGINT      NOT NULL,
  site_id        VARCHAR(16) NOT NULL,
  type           SMALLINT    NOT NULL,
  actor          VARCHAR(32) NOT NULL,
  create_time_us BIGINT      NOT NULL,
  changes_json   TEXT        NOT NULL,
  note           TEXT        NOT NULL,
  PRIMARY KEY (id),
  KEY ticket_events_by_ticket (ticket_id, id),
  KEY ticket_events_by_site (site_id, id),
  CONSTRAINT ticket_events_ticket_fk FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'ticket_events is append-only: UPDATE refused';

CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'ticket_events is append-only: DELETE refused';

-- The first response to each (method, request_id), replayed on retries.
CREATE TABLE idempotency_keys (
  method         VARCHAR(64)  NOT NULL,
  request_id     VARCHAR(128) NOT NULL,
  request_sha256 CHAR(64)     NOT NULL,
  response       MEDIUMTEXT   NOT NULL,
  create_time_us BIGINT       NOT NULL,
  PRIMARY KEY (method, request_id),
  KEY idempotency_keys_by_time (create_time_us)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
