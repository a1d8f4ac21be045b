-- The visitor register, refusals, the watchlist, visitor passes, per-site
-- visitor settings and the log of unmasked reads.
--
-- Personal numbers are never stored in clear: *_sealed columns hold
-- AES-256-GCM ciphertext, *_blind columns a keyed HMAC used for matching
-- (common/data_protector.h). Retention blanks names, sealed numbers and
-- plates and sets purge_time_us; the rows themselves stay for statistics.

CREATE TABLE visitor_settings (
  site_id                  VARCHAR(16) NOT NULL,
  retention_days           INT         NOT NULL,
  default_visit_us         BIGINT      NOT NULL,
  overstay_grace_us        BIGINT      NOT NULL,
  default_key_loan_us      BIGINT      NOT NULL,
  update_time_us           BIGINT      NOT NULL,
  version                  BIGINT      NOT NULL,
  PRIMARY KEY (site_id),
  CONSTRAINT visitor_settings_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE visitor_passes (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  site_id           VARCHAR(16)  NOT NULL,
  code_hash         CHAR(64)     NOT NULL,
  visitor_name      VARCHAR(255) NOT NULL,
  doc_type          SMALLINT     NOT NULL,
  doc_sealed        VARCHAR(255) NOT NULL,
  phone_sealed      VARCHAR(255) NOT NULL,
  vehicle_plate     VARCHAR(32)  NOT NULL,
  party_size        INT          NOT NULL,
  host_unit_id      VARCHAR(32)  NOT NULL,
  host_location     VARCHAR(255) NOT NULL,
  host_name         VARCHAR(255) NOT NULL,
  host_phone_sealed VARCHAR(255) NOT NULL,
  purpose           SMALLINT     NOT NULL,
  purpose_detail    VARCHAR(800) NOT NULL,
  valid_from_us     BIGINT       NOT NULL,
  expire_time_us    BIGINT       NOT NULL,
  max_uses          INT          NOT NULL,
  use_count         INT          NOT NULL,
  cancelled         SMALLINT     NOT NULL,
  created_by        VARCHAR(32)  NOT NULL,
  create_time_us    BIGINT       NOT NULL,
  update_time_us    BIGINT       NOT NULL,
  version           BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY visitor_passes_by_code (site_id, code_hash),
  KEY visitor_passes_by_valid_from (site_id, valid_from_us, id),
  CONSTRAINT visitor_passes_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE visits (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  site_id               VARCHAR(16)  NOT NULL,
  visitor_name          VARCHAR(255) NOT NULL,
  doc_type              SMALLINT     NOT NULL,
  doc_sealed            VARCHAR(255) NOT NULL,
  doc_blind             CHAR(64)     NOT NULL,
  phone_sealed          VARCHAR(255) NOT NULL,
  vehicle_plate         VARCHAR(32)  NOT NULL,
  party_size            INT          NOT NULL,
  host_unit_id          VARCHAR(32)  NOT NULL,
  host_location         VARCHAR(255) NOT NULL,
  host_name             VARCHAR(255) NOT NULL,
  host_phone_sealed     VARCHAR(255) NOT NULL,
  purpose               SMALLINT     NOT NULL,
  purpose_detail        VARCHAR(800) NOT NULL,
  expected_departure_us BIGINT       NOT NULL,
  status                SMALLINT     NOT NULL,
  check_in_time_us      BIGINT       NOT NULL,
  check_out_time_us     BIGINT       NULL,
  registered_by         VARCHAR(32)  NOT NULL,
  checked_out_by        VARCHAR(32)  NOT NULL,
  waiver_by             VARCHAR(32)  NOT NULL,
  waiver_reason         VARCHAR(800) NOT NULL,
  pass_id               BIGINT       NULL,
  watchlist_alert       SMALLINT     NOT NULL,
  purge_time_us         BIGINT       NULL,
  create_time_us        BIGINT       NOT NULL,
  update_time_us        BIGINT       NOT NULL,
  version               BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY visits_by_site_time (site_id, check_in_time_us, id),
  KEY visits_by_time (check_in_time_us, id),
  KEY visits_on_premises (site_id, status, expected_departure_us),
  KEY visits_by_unit (site_id, host_unit_id, check_in_time_us, id),
  KEY visits_by_document (doc_blind),
  KEY visits_to_purge (purge_time_us, status, check_out_time_us),
  CONSTRAINT visits_site_fk FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT visits_pass_fk FOREIGN KEY (pass_id) REFERENCES visitor_passes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE watchlist_entries (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  site_id         VARCHAR(16)  NOT NULL,
  person_name     VARCHAR(255) NOT NULL,
  doc_type        SMALLINT     NOT NULL,
  doc_sealed      VARCHAR(255) NOT NULL,
  doc_blind       CHAR(64)     NOT NULL,
  phone_sealed    VARCHAR(255) NOT NULL,
  name_phone_blind CHAR(64)    NOT NULL,
  vehicle_plate   VARCHAR(32)  NOT NULL,
  action          SMALLINT     NOT NULL,
  reason          VARCHAR(2000) NOT NULL,
  expire_time_us  BIGINT       NOT NULL,
  created_by      VARCHAR(32)  NOT NULL,
  create_time_us  BIGINT       NOT NULL,
  deleted_by      VARCHAR(32)  NOT NULL,
  delete_time_us  BIGINT       NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY watchlist_by_document (site_id, doc_blind),
  KEY watchlist_by_name_phone (site_id, name_phone_blind),
  KEY watchlist_by_site (site_id, create_time_us, id),
  CONSTRAINT watchlist_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Refusals are evidence: append-only, except that retention may blank the
-- personal data once (purge_time_us from NULL to a time).
CREATE TABLE visitor_refusals (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  site_id           VARCHAR(16)  NOT NULL,
  person_name       VARCHAR(255) NOT NULL,
  doc_type          SMALLINT     NOT NULL,
  doc_sealed        VARCHAR(255) NOT NULL,
  phone_sealed      VARCHAR(255) NOT NULL,
  vehicle_plate     VARCHAR(32)  NOT NULL,
  host_unit_id      VARCHAR(32)  NOT NULL,
  host_location     VARCHAR(255) NOT NULL,
  host_name         VARCHAR(255) NOT NULL,
  reason            SMALLINT     NOT NULL,
  note              VARCHAR(4000) NOT NULL,
  watchlist_entry_id BIGINT      NULL,
  refused_by        VARCHAR(32)  NOT NULL,
  request_key       VARCHAR(200) NULL,
  purge_time_us     BIGINT       NULL,
  create_time_us    BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY visitor_refusals_once (site_id, request_key),
  KEY visitor_refusals_by_site_time (site_id, create_time_us, id),
  KEY visitor_refusals_by_time (create_time_us, id),
  KEY visitor_refusals_to_purge (purge_time_us, create_time_us),
  CONSTRAINT visitor_refusals_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER visitor_refusals_purge_only BEFORE UPDATE ON visitor_refusals
FOR EACH ROW BEGIN
  IF NOT (OLD.purge_time_us IS NULL AND NEW.purge_time_us IS NOT NULL
          AND NEW.reason = OLD.reason AND NEW.create_time_us = OLD.create_time_us
          AND NEW.refused_by = OLD.refused_by AND NEW.site_id = OLD.site_id) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'visitor_refusals is append-only: only the retention purge may blank it';
  END IF;
END;

CREATE TRIGGER visitor_refusals_no_delete BEFORE DELETE ON visitor_refusals
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'visitor_refusals is append-only: DELETE refused';

-- Who read personal numbers unmasked. Append-only.
CREATE TABLE sensitive_data_accesses (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  site_id        VARCHAR(16)   NOT NULL,
  actor          VARCHAR(32)   NOT NULL,
  method         VARCHAR(64)   NOT NULL,
  resources      MEDIUMTEXT    NOT NULL,
  resource_count INT           NOT NULL,
  reason         VARCHAR(800)  NOT NULL,
  create_time_us BIGINT        NOT NULL,
  PRIMARY KEY (id),
  KEY sensitive_data_accesses_by_site_time (site_id, create_time_us, id),
  KEY sensitive_data_accesses_by_time (create_time_us, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER sensitive_data_accesses_no_update BEFORE UPDATE ON sensitive_data_accesses
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'sensitive_data_accesses is append-only: UPDATE refused';

CREATE TRIGGER sensitive_data_accesses_no_delete BEFORE DELETE ON sensitive_data_accesses
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'sensitive_data_accesses is append-only: DELETE refused';

-- The fingerprint of the data key that sealed this database's personal data,
-- so that a server started with another key refuses to start instead of
-- failing on every read.
CREATE TABLE data_key_fingerprint (
  id             SMALLINT  NOT NULL,
  fingerprint    CHAR(64)  NOT NULL,
  create_time_us BIGINT    NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Alerts for the site's supervisors (watchlist matches). Append-only except
-- the retention purge, which blanks the person's name once.
CREATE TABLE visitor_alerts (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  site_id            VARCHAR(16)  NOT NULL,
  kind               SMALLINT     NOT NULL,
  watchlist_entry_id BIGINT       NOT NULL,
  refusal_id         BIGINT       NULL,
  visit_id           BIGINT       NULL,
  person_name        VARCHAR(255) NOT NULL,
  raised_by          VARCHAR(32)  NOT NULL,
  create_time_us     BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY visitor_alerts_by_site_time (site_id, create_time_us, id),
  KEY visitor_alerts_by_time (create_time_us, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
