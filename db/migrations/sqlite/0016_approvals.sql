-- SQLite twin of mysql/0016_approvals.sql.

CREATE TABLE approvals (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id         TEXT    NOT NULL REFERENCES sites (id),
  code_sha256     TEXT    NOT NULL,
  action          INTEGER NOT NULL,
  subject         TEXT    NOT NULL DEFAULT '',
  reason          TEXT    NOT NULL,
  approver        TEXT    NOT NULL REFERENCES staff (id),
  create_time_us  INTEGER NOT NULL,
  expire_time_us  INTEGER NOT NULL,
  consume_time_us INTEGER NULL,
  consumed_by     TEXT    NOT NULL DEFAULT '',
  consumed_method TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX approvals_by_code ON approvals (code_sha256);
CREATE INDEX approvals_by_site ON approvals (site_id, create_time_us);
CREATE INDEX approvals_by_approver ON approvals (approver, create_time_us);

CREATE TRIGGER approvals_used_once BEFORE UPDATE ON approvals
WHEN NOT (OLD.consume_time_us IS NULL AND NEW.consume_time_us IS NOT NULL
          AND NEW.site_id = OLD.site_id
          AND NEW.code_sha256 = OLD.code_sha256
          AND NEW.action = OLD.action
          AND NEW.subject = OLD.subject
          AND NEW.reason = OLD.reason
          AND NEW.approver = OLD.approver
          AND NEW.create_time_us = OLD.create_time_us
          AND NEW.expire_time_us = OLD.expire_time_us)
BEGIN
  SELECT RAISE(ABORT, 'approvals: a row changes only once, when it is used');
END;

CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN
  SELECT RAISE(ABORT, 'approvals are kept: DELETE refused');
END;
