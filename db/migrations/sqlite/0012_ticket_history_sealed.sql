-- SQLite twin of mysql/0012_ticket_history_sealed.sql: reporter values of
-- the history sealed in personal_sealed (NULL: written before, sealed at the
-- next start), recorded responses sealed, and the history append-only
-- except sealing and the retention purge.
DROP TRIGGER ticket_events_no_update;

ALTER TABLE ticket_events ADD COLUMN personal_sealed TEXT NULL;
ALTER TABLE ticket_events ADD COLUMN purge_time_us INTEGER NULL;

UPDATE ticket_events SET personal_sealed = ''
WHERE changes_json NOT LIKE '%"reporter.name"%'
  AND changes_json NOT LIKE '%"reporter.phone"%';

CREATE TRIGGER ticket_events_seal_or_purge_only BEFORE UPDATE ON ticket_events
WHEN NOT (NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id
          AND NEW.site_id = OLD.site_id AND NEW.type = OLD.type
          AND NEW.actor = OLD.actor AND NEW.create_time_us = OLD.create_time_us
          AND NEW.note = OLD.note
          AND ((OLD.personal_sealed IS NULL AND NEW.personal_sealed IS NOT NULL
                AND OLD.purge_time_us IS NULL AND NEW.purge_time_us IS NULL)
               OR (OLD.personal_sealed IS NOT NULL
                   AND OLD.purge_time_us IS NULL
                   AND NEW.purge_time_us IS NOT NULL
                   AND NEW.personal_sealed = ''
                   AND NEW.changes_json = OLD.changes_json)))
BEGIN
  SELECT RAISE(ABORT, 'ticket_events is append-only: only sealing and the retention purge may change a row');
END;

INSERT INTO sealing_backlog (table_name) VALUES ('ticket_events');
INSERT INTO sealing_backlog (table_name) VALUES ('idempotency_keys');
