-- SQLite twin of mysql/0028_request_ids_per_caller.sql. SQLite cannot
-- change a primary key in place: the table is rebuilt, its records kept
-- with caller '' (they match no caller).

CREATE TABLE idempotency_keys_0028 (
  caller         TEXT    NOT NULL DEFAULT '',
  method         TEXT    NOT NULL,
  request_id     TEXT    NOT NULL,
  request_sha256 TEXT    NOT NULL,
  response       TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  PRIMARY KEY (caller, method, request_id)
);

INSERT INTO idempotency_keys_0028
  (caller, method, request_id, request_sha256, response, create_time_us)
  SELECT '', method, request_id, request_sha256, response, create_time_us
  FROM idempotency_keys;

DROP TABLE idempotency_keys;

ALTER TABLE idempotency_keys_0028 RENAME TO idempotency_keys;

CREATE INDEX idempotency_keys_by_time ON idempotency_keys (create_time_us);
