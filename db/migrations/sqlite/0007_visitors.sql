-- SQLite twin of mysql/0007_visitors.sql.
-- The visitor register, refusals, the watchlist, visitor passes, per-site
-- visitor settings and the log of unmasked reads.
--
-- Personal numbers are never stored in clear: *_sealed columns hold
-- AES-256-GCM ciphertext, *_blind columns a keyed HMAC used for matching
-- (common/data_protector.h). Retention blanks names, sealed numbers and
-- plates and sets purge_time_us; the rows themselves stay for statistics.

CREATE TABLE visitor_settings (
  site_id                  TEXT NOT NULL,
  retention_days           INTEGER         NOT NULL,
  default_visit_us         INTEGER      NOT NULL,
  overstay_grace_us        INTEGER      NOT NULL,
  default_key_loan_us      INTEGER      NOT NULL,
  update_time_us           INTEGER      NOT NULL,
  version                  INTEGER      NOT NULL,
  PRIMARY KEY (site_id),
  FOREIGN KEY (site_id) REFERENCES sites (id)
);

CREATE TABLE visitor_passes (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id           TEXT  NOT NULL,
  code_hash         TEXT     NOT NULL,
  visitor_name      TEXT NOT NULL,
  doc_type          INTEGER     NOT NULL,
  doc_sealed        TEXT NOT NULL,
  phone_sealed      TEXT NOT NULL,
  vehicle_plate     TEXT  NOT NULL,
  party_size        INTEGER          NOT NULL,
  host_unit_id      TEXT  NOT NULL,
  host_location     TEXT NOT NULL,
  host_name         TEXT NOT NULL,
  host_phone_sealed TEXT NOT NULL,
  purpose           INTEGER     NOT NULL,
  purpose_detail    TEXT NOT NULL,
  valid_from_us     INTEGER       NOT NULL,
  expire_time_us    INTEGER       NOT NULL,
  max_uses          INTEGER          NOT NULL,
  use_count         INTEGER          NOT NULL,
  cancelled         INTEGER     NOT NULL,
  created_by        TEXT  NOT NULL,
  create_time_us    INTEGER       NOT NULL,
  update_time_us    INTEGER       NOT NULL,
  version           INTEGER       NOT NULL,
  UNIQUE (site_id, code_hash),
  FOREIGN KEY (site_id) REFERENCES sites (id)
);
CREATE INDEX visitor_passes_by_valid_from ON visitor_passes (site_id, valid_from_us, id);

CREATE TABLE visits (
  id                    INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id               TEXT  NOT NULL,
  visitor_name          TEXT NOT NULL,
  doc_type              INTEGER     NOT NULL,
  doc_sealed            TEXT NOT NULL,
  doc_blind             TEXT     NOT NULL,
  phone_sealed          TEXT NOT NULL,
  vehicle_plate         TEXT  NOT NULL,
  party_size            INTEGER          NOT NULL,
  host_unit_id          TEXT  NOT NULL,
  host_location         TEXT NOT NULL,
  host_name             TEXT NOT NULL,
  host_phone_sealed     TEXT NOT NULL,
  purpose               INTEGER     NOT NULL,
  purpose_detail        TEXT NOT NULL,
  expected_departure_us INTEGER       NOT NULL,
  status                INTEGER     NOT NULL,
  check_in_time_us      INTEGER       NOT NULL,
  check_out_time_us     INTEGER       NULL,
  registered_by         TEXT  NOT NULL,
  checked_out_by        TEXT  NOT NULL,
  waiver_by             TEXT  NOT NULL,
  waiver_reason         TEXT NOT NULL,
  pass_id               INTEGER       NULL,
  watchlist_alert       INTEGER     NOT NULL,
  purge_time_us         INTEGER       NULL,
  create_time_us        INTEGER       NOT NULL,
  update_time_us        INTEGER       NOT NULL,
  version               INTEGER       NOT NULL,
  FOREIGN KEY (site_id) REFERENCES sites (id),
  FOREIGN KEY (pass_id) REFERENCES visitor_passes (id)
);
CREATE INDEX visits_by_site_time ON visits (site_id, check_in_time_us, id);
CREATE INDEX visits_by_time ON visits (check_in_time_us, id);
CREATE INDEX visits_on_premises ON visits (site_id, status, expected_departure_us);
CREATE INDEX visits_by_unit ON visits (site_id, host_unit_id, check_in_time_us, id);
CREATE INDEX visits_by_document ON visits (doc_blind);
CREATE INDEX visits_to_purge ON visits (purge_time_us, status, check_out_time_us);

CREATE TABLE watchlist_entries (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id         TEXT  NOT NULL,
  person_name     TEXT NOT NULL,
  doc_type        INTEGER     NOT NULL,
  doc_sealed      TEXT NOT NULL,
  doc_blind       TEXT     NOT NULL,
  phone_sealed    TEXT NOT NULL,
  name_phone_blind TEXT    NOT NULL,
  vehicle_plate   TEXT  NOT NULL,
  action          INTEGER     NOT NULL,
  reason          TEXT NOT NULL,
  expire_time_us  INTEGER       NOT NULL,
  created_by      TEXT  NOT NULL,
  create_time_us  INTEGER       NOT NULL,
  deleted_by      TEXT  NOT NULL,
  delete_time_us  INTEGER       NULL,
  version         INTEGER       NOT NULL,
  FOREIGN KEY (site_id) REFERENCES sites (id)
);
CREATE INDEX watchlist_by_document ON watchlist_entries (site_id, doc_blind);
CREATE INDEX watchlist_by_name_phone ON watchlist_entries (site_id, name_phone_blind);
CREATE INDEX watchlist_by_site ON watchlist_entries (site_id, create_time_us, id);

-- Refusals are evidence: append-only, except that retention may blank the
-- personal data once (purge_time_us from NULL to a time).
CREATE TABLE visitor_refusals (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id           TEXT  NOT NULL,
  person_name       TEXT NOT NULL,
  doc_type          INTEGER     NOT NULL,
  doc_sealed        TEXT NOT NULL,
  phone_sealed      TEXT NOT NULL,
  vehicle_plate     TEXT  NOT NULL,
  host_unit_id      TEXT  NOT NULL,
  host_location     TEXT NOT NULL,
  host_name         TEXT NOT NULL,
  reason            INTEGER     NOT NULL,
  note              TEXT NOT NULL,
  watchlist_entry_id INTEGER      NULL,
  refused_by        TEXT  NOT NULL,
  request_key       TEXT NULL,
  purge_time_us     INTEGER       NULL,
  create_time_us    INTEGER       NOT NULL,
  UNIQUE (site_id, request_key),
  FOREIGN KEY (site_id) REFERENCES sites (id)
);
CREATE INDEX visitor_refusals_by_site_time ON visitor_refusals (site_id, create_time_us, id);
CREATE INDEX visitor_refusals_by_time ON visitor_refusals (create_time_us, id);
CREATE INDEX visitor_refusals_to_purge ON visitor_refusals (purge_time_us, create_time_us);

CREATE TRIGGER visitor_refusals_purge_only BEFORE UPDATE ON visitor_refusals
WHEN NOT (OLD.purge_time_us IS NULL AND NEW.purge_time_us IS NOT NULL
          AND NEW.reason = OLD.reason AND NEW.create_time_us = OLD.create_time_us
          AND NEW.refused_by = OLD.refused_by AND NEW.site_id = OLD.site_id)
BEGIN
  SELECT RAISE(ABORT, 'visitor_refusals is append-only: only the retention purge may blank it');
END;

CREATE TRIGGER visitor_refusals_no_delete BEFORE DELETE ON visitor_refusals
BEGIN
  SELECT RAISE(ABORT, 'visitor_refusals is append-only: DELETE refused');
END;

-- Who read personal numbers unmasked. Append-only.
CREATE TABLE sensitive_data_accesses (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id        TEXT   NOT NULL,
  actor          TEXT   NOT NULL,
  method         TEXT   NOT NULL,
  resources      TEXT    NOT NULL,
  resource_count INTEGER           NOT NULL,
  reason         TEXT  NOT NULL,
  create_time_us INTEGER        NOT NULL
);
CREATE INDEX sensitive_data_accesses_by_site_time ON sensitive_data_accesses (site_id, create_time_us, id);
CREATE INDEX sensitive_data_accesses_by_time ON sensitive_data_accesses (create_time_us, id);

CREATE TRIGGER sensitive_data_accesses_no_update BEFORE UPDATE ON sensitive_data_accesses
BEGIN
  SELECT RAISE(ABORT, 'sensitive_data_accesses is append-only: UPDATE refused');
END;

CREATE TRIGGER sensitive_data_accesses_no_delete BEFORE DELETE ON sensitive_data_accesses
BEGIN
  SELECT RAISE(ABORT, 'sensitive_data_accesses is append-only: DELETE refused');
END;

CREATE TABLE data_key_fingerprint (
  id             INTEGER NOT NULL PRIMARY KEY,
  fingerprint    TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL
);

CREATE TABLE visitor_alerts (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id            TEXT    NOT NULL,
  kind               INTEGER NOT NULL,
  watchlist_entry_id INTEGER NOT NULL,
  refusal_id         INTEGER,
  visit_id           INTEGER,
  person_name        TEXT    NOT NULL,
  raised_by          TEXT    NOT NULL,
  create_time_us     INTEGER NOT NULL
);
CREATE INDEX visitor_alerts_by_site_time ON visitor_alerts (site_id, create_time_us, id);
CREATE INDEX visitor_alerts_by_time ON visitor_alerts (create_time_us, id);
