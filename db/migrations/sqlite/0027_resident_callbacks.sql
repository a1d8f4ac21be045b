-- SQLite twin of mysql/0027_resident_callbacks.sql.

ALTER TABLE report_settings
  ADD COLUMN resident_handover_date TEXT NOT NULL DEFAULT '';

CREATE TABLE resident_callbacks (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id        TEXT    NOT NULL,
  unit_id        TEXT    NOT NULL,
  result         INTEGER NOT NULL,
  rating         INTEGER NOT NULL,
  comment        TEXT    NOT NULL,
  caller         TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  FOREIGN KEY (site_id, unit_id) REFERENCES units (site_id, id)
);
CREATE INDEX resident_callbacks_by_site_time
  ON resident_callbacks (site_id, create_time_us, id);
CREATE INDEX resident_callbacks_by_unit_time
  ON resident_callbacks (site_id, unit_id, create_time_us);

CREATE TRIGGER resident_callbacks_no_update BEFORE UPDATE ON resident_callbacks
BEGIN
  SELECT RAISE(ABORT, 'resident_callbacks is append-only: UPDATE refused');
END;

CREATE TRIGGER resident_callbacks_no_delete BEFORE DELETE ON resident_callbacks
BEGIN
  SELECT RAISE(ABORT, 'resident_callbacks is append-only: DELETE refused');
END;
