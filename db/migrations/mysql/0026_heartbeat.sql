-- The primary's heartbeat (issue 14: reports read from a replica)
-- [REP-REPLICA]: every frontdeskd writing to the primary moves beat_us to
-- its clock every second (--heartbeat_interval); a replica holds the last
-- beat it has applied, so a report computed there is as of that instant
-- (ReportScope.data_as_of), however far behind the replica is.
CREATE TABLE replication_heartbeat (
  id      SMALLINT NOT NULL,
  beat_us BIGINT   NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO replication_heartbeat (id, beat_us) VALUES (1, 0);
