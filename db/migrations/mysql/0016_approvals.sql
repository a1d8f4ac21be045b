-- Approvals [ACL-APPROVAL-BY-APPROVER] [ACL-APPROVAL-SINGLE-USE]: one
-- approver's consent to one action at one site, given with their own call
-- and used up by the first call that sends its code. Only the code's SHA-256
-- is stored, like an access token's. A row changes once: when it is used
-- (consume_time_us from NULL to the time, with who used it and in which
-- method); the triggers refuse every other UPDATE, and every DELETE, so a
-- used approval stays used and its record stays.

CREATE TABLE approvals (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  site_id         VARCHAR(16)  NOT NULL,
  code_sha256     CHAR(64)     NOT NULL,
  action          SMALLINT     NOT NULL,
  subject         VARCHAR(255) NOT NULL DEFAULT '',
  reason          VARCHAR(200) NOT NULL,
  approver        VARCHAR(32)  NOT NULL,
  create_time_us  BIGINT       NOT NULL,
  expire_time_us  BIGINT       NOT NULL,
  consume_time_us BIGINT       NULL,
  consumed_by     VARCHAR(32)  NOT NULL DEFAULT '',
  consumed_method VARCHAR(128) NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  UNIQUE KEY approvals_by_code (code_sha256),
  KEY approvals_by_site (site_id, create_time_us),
  KEY approvals_by_approver (approver, create_time_us),
  CONSTRAINT approvals_site_fk FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT approvals_approver_fk FOREIGN KEY (approver) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER approvals_used_once BEFORE UPDATE ON approvals
FOR EACH ROW BEGIN
  IF NOT (OLD.consume_time_us IS NULL AND NEW.consume_time_us IS NOT NULL
          AND NEW.site_id = OLD.site_id
          AND NEW.code_sha256 = OLD.code_sha256
          AND NEW.action = OLD.action
          AND NEW.subject = OLD.subject
          AND NEW.reason = OLD.reason
          AND NEW.approver = OLD.approver
          AND NEW.create_time_us = OLD.create_time_us
          AND NEW.expire_time_us = OLD.expire_time_us) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'approvals: a row changes only once, when it is used';
  END IF;
END;

CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'approvals are kept: DELETE refused';
