-- SQLite twin of mysql/0011_ticket_reporter_sealed.sql: reporter name and
-- phone sealed, the phone searched through its blind index; rows written
-- before still hold clear text (reporter_phone_blind NULL) until frontdeskd
-- seals them at its next start (db/legacy_sealing.h).
ALTER TABLE tickets RENAME COLUMN reporter_name TO reporter_name_sealed;
ALTER TABLE tickets RENAME COLUMN reporter_phone TO reporter_phone_sealed;
ALTER TABLE tickets ADD COLUMN reporter_phone_blind TEXT NULL;
DROP INDEX tickets_by_phone_time;
CREATE INDEX tickets_by_phone_blind_time ON tickets (reporter_phone_blind, create_time_us, id);

CREATE TABLE sealing_backlog (
  table_name TEXT NOT NULL PRIMARY KEY
);

INSERT INTO sealing_backlog (table_name) VALUES ('tickets');
