-- Request ids are the caller's own (issue 12, point 5): a recorded response
-- is keyed by who sent the request as well (`caller`, Principal::name(),
-- e.g. "staff/wang.li"), so the same request_id from two callers is two
-- independent requests and one caller can neither take nor replay another's
-- id (db/idempotency.h).
--
-- Records made before this migration keep caller '' and match no caller: a
-- retry that spans the upgrade runs as a new request. Retries come within
-- minutes and records are purged after days (--request_id_ttl), so this
-- touches only a retry in flight during the upgrade.
ALTER TABLE idempotency_keys
  ADD COLUMN caller VARCHAR(64) NOT NULL DEFAULT '' FIRST,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (caller, method, request_id);
