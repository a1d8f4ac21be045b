-- The reporter's name and phone in a ticket's history (the old and new
-- values of an UPDATED entry) are sealed at rest like the ticket's own
-- columns [T-REPORTER-SEALED]: changes_json keeps each change with its
-- reporter values blanked, personal_sealed holds those values sealed (the
-- JSON of the reporter changes; '' when the entry has none). Responses kept
-- for request_id replays are sealed whole (db/idempotency.h).
--
-- personal_sealed is NULL on entries written before this migration that may
-- hold reporter values in clear; frontdeskd seals them at its next start
-- (db/legacy_sealing.h), as it does the recorded responses (still base64,
-- sealed ones start "v1:"). Entries without reporter changes need nothing.
--
-- History stays append-only: the new trigger lets a row change only from
-- clear to sealed (once) and, for retention, have its sealed values erased
-- (once, purge_time_us set); nothing else of it ever changes.
DROP TRIGGER ticket_events_no_update;

ALTER TABLE ticket_events
  ADD COLUMN personal_sealed MEDIUMTEXT NULL,
  ADD COLUMN purge_time_us BIGINT NULL;

UPDATE ticket_events SET personal_sealed = ''
WHERE changes_json NOT LIKE '%"reporter.name"%'
  AND changes_json NOT LIKE '%"reporter.phone"%';

CREATE TRIGGER ticket_events_seal_or_purge_only BEFORE UPDATE ON ticket_events
FOR EACH ROW BEGIN
  IF NOT (NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id
          AND NEW.site_id = OLD.site_id AND NEW.type = OLD.type
          AND NEW.actor = OLD.actor AND NEW.create_time_us = OLD.create_time_us
          AND NEW.note = OLD.note
          AND ((OLD.personal_sealed IS NULL AND NEW.personal_sealed IS NOT NULL
                AND OLD.purge_time_us IS NULL AND NEW.purge_time_us IS NULL)
               OR (OLD.personal_sealed IS NOT NULL
                   AND OLD.purge_time_us IS NULL
                   AND NEW.purge_time_us IS NOT NULL
                   AND NEW.personal_sealed = ''
                   AND NEW.changes_json = OLD.changes_json))) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'ticket_events is append-only: only sealing and the retention purge may change a row';
  END IF;
END;

INSERT INTO sealing_backlog (table_name) VALUES ('ticket_events');
INSERT INTO sealing_backlog (table_name) VALUES ('idempotency_keys');
