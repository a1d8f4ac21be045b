-- SQLite twin of mysql/0026_heartbeat.sql: the primary's heartbeat, read
-- by reports computed on a copy of the database.
CREATE TABLE replication_heartbeat (
  id      INTEGER NOT NULL PRIMARY KEY,
  beat_us INTEGER NOT NULL
);

INSERT INTO replication_heartbeat (id, beat_us) VALUES (1, 0);
