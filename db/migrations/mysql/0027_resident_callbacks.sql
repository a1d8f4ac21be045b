-- Periodic resident callbacks (回访, seed 001) [T-PERIODIC-RESIDENT-VISITS]:
-- the site's handover date to its residents, which decides the cadence
-- (server/report/callback_cadence.h), and the callbacks themselves,
-- append-only like the ticket history: the triggers refuse UPDATE and
-- DELETE, so a record once made stays as made (无涂改, 000 §1.6).
--
-- The plan (db/report/resident_callbacks.h) reads a site's callbacks of a
-- period per unit: (site_id, unit_id, create_time_us); the list reads a
-- site's newest first: (site_id, create_time_us, id).

ALTER TABLE report_settings
  ADD COLUMN resident_handover_date VARCHAR(10) NOT NULL DEFAULT '';

CREATE TABLE resident_callbacks (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  site_id        VARCHAR(16)  NOT NULL,
  unit_id        VARCHAR(50)  NOT NULL,
  result         SMALLINT     NOT NULL,
  rating         SMALLINT     NOT NULL,
  comment        VARCHAR(2000) NOT NULL,
  caller         VARCHAR(32)  NOT NULL,
  create_time_us BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY resident_callbacks_by_site_time (site_id, create_time_us, id),
  KEY resident_callbacks_by_unit_time (site_id, unit_id, create_time_us),
  CONSTRAINT resident_callbacks_unit_fk FOREIGN KEY (site_id, unit_id)
    REFERENCES units (site_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER resident_callbacks_no_update BEFORE UPDATE ON resident_callbacks
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'resident_callbacks is append-only: UPDATE refused';

CREATE TRIGGER resident_callbacks_no_delete BEFORE DELETE ON resident_callbacks
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'resident_callbacks is append-only: DELETE refused';
