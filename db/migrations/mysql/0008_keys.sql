-- Key custody (钥匙管理): the keys held at the desk, whom each owner
-- authorised to borrow them, and every key's append-only history.
--
-- `keys` is a reserved word in MySQL: the table is desk_keys. A tag is
-- unique per site among keys not retired: live_tag holds the tag while the
-- key is not retired and NULL after, and (site_id, live_tag) is a unique key
-- (both backends allow any number of NULLs in a unique key).
--
-- Personal numbers are never stored in clear: *_sealed columns hold
-- AES-256-GCM ciphertext (common/data_protector.h). Staff are stored by id
-- only; names, documents and phones are those of persons outside the staff.

CREATE TABLE desk_keys (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  site_id                VARCHAR(16)  NOT NULL,
  tag                    VARCHAR(32)  NOT NULL,
  live_tag               VARCHAR(32)  NULL,
  kind                   SMALLINT     NOT NULL,
  unit_id                VARCHAR(50)  NOT NULL,
  description            VARCHAR(800) NOT NULL,
  copies                 INT          NOT NULL,
  storage_slot           VARCHAR(64)  NOT NULL,
  entrusted_name         VARCHAR(255) NOT NULL,
  entrusted_phone_sealed VARCHAR(255) NOT NULL,
  state                  SMALLINT     NOT NULL,
  retire_reason          SMALLINT     NOT NULL,
  loan_staff_id          VARCHAR(32)  NOT NULL,
  loan_name              VARCHAR(255) NOT NULL,
  loan_doc_type          SMALLINT     NOT NULL,
  loan_doc_sealed        VARCHAR(255) NOT NULL,
  loan_phone_sealed      VARCHAR(255) NOT NULL,
  loan_purpose           VARCHAR(800) NOT NULL,
  loan_lend_us           BIGINT       NULL,
  loan_due_us            BIGINT       NULL,
  loan_lent_by           VARCHAR(32)  NOT NULL,
  loan_event_id          BIGINT       NULL,
  create_time_us         BIGINT       NOT NULL,
  update_time_us         BIGINT       NOT NULL,
  version                BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY desk_keys_live_tag (site_id, live_tag),
  KEY desk_keys_by_tag (site_id, tag, id),
  KEY desk_keys_all_by_tag (tag, id),
  KEY desk_keys_by_state (site_id, state, loan_due_us),
  KEY desk_keys_by_unit (site_id, unit_id),
  CONSTRAINT desk_keys_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Who may borrow a key without a supervisor's authorisation, in order.
-- Replaced as a whole when the list changes.
CREATE TABLE desk_key_borrowers (
  key_id        BIGINT       NOT NULL,
  position      INT          NOT NULL,
  staff_id      VARCHAR(32)  NOT NULL,
  person_name   VARCHAR(255) NOT NULL,
  doc_type      SMALLINT     NOT NULL,
  doc_sealed    VARCHAR(255) NOT NULL,
  phone_sealed  VARCHAR(255) NOT NULL,
  PRIMARY KEY (key_id, position),
  KEY desk_key_borrowers_by_staff (staff_id),
  CONSTRAINT desk_key_borrowers_key_fk FOREIGN KEY (key_id) REFERENCES desk_keys (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A key's history. Append-only: the only UPDATE allowed is the retention
-- purge, once per row (purge_time_us from NULL to a time), which blanks the
-- names and sealed numbers of persons outside the staff and nothing else.
-- lent_event_id links a RETURNED event (or a RETIRED one that ended a loan)
-- to the LENT event of its loan.
CREATE TABLE key_events (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  site_id                VARCHAR(16)   NOT NULL,
  key_id                 BIGINT        NOT NULL,
  type                   SMALLINT      NOT NULL,
  actor                  VARCHAR(32)   NOT NULL,
  create_time_us         BIGINT        NOT NULL,
  borrower_staff_id      VARCHAR(32)   NOT NULL,
  borrower_name          VARCHAR(255)  NOT NULL,
  borrower_doc_type      SMALLINT      NOT NULL,
  borrower_doc_sealed    VARCHAR(255)  NOT NULL,
  borrower_phone_sealed  VARCHAR(255)  NOT NULL,
  returned_staff_id      VARCHAR(32)   NOT NULL,
  returned_name          VARCHAR(255)  NOT NULL,
  returned_doc_type      SMALLINT      NOT NULL,
  returned_doc_sealed    VARCHAR(255)  NOT NULL,
  returned_phone_sealed  VARCHAR(255)  NOT NULL,
  purpose                VARCHAR(800)  NOT NULL,
  due_time_us            BIGINT        NULL,
  late                   SMALLINT      NOT NULL,
  auth_by                VARCHAR(32)   NOT NULL,
  auth_reason            VARCHAR(800)  NOT NULL,
  retire_reason          SMALLINT      NOT NULL,
  changes_json           MEDIUMTEXT    NOT NULL,
  note                   VARCHAR(4000) NOT NULL,
  lent_event_id          BIGINT        NULL,
  purge_time_us          BIGINT        NULL,
  PRIMARY KEY (id),
  KEY key_events_by_key (key_id, id),
  KEY key_events_by_site (site_id, id),
  KEY key_events_to_purge (site_id, purge_time_us, create_time_us),
  CONSTRAINT key_events_key_fk FOREIGN KEY (key_id) REFERENCES desk_keys (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER key_events_purge_only BEFORE UPDATE ON key_events
FOR EACH ROW BEGIN
  IF NOT (OLD.purge_time_us IS NULL AND NEW.purge_time_us IS NOT NULL
          AND NEW.id = OLD.id AND NEW.site_id = OLD.site_id
          AND NEW.key_id = OLD.key_id AND NEW.type = OLD.type
          AND NEW.actor = OLD.actor AND NEW.create_time_us = OLD.create_time_us
          AND NEW.borrower_staff_id = OLD.borrower_staff_id
          AND NEW.borrower_doc_type = OLD.borrower_doc_type
          AND NEW.returned_staff_id = OLD.returned_staff_id
          AND NEW.returned_doc_type = OLD.returned_doc_type
          AND NEW.purpose = OLD.purpose AND NEW.due_time_us <=> OLD.due_time_us
          AND NEW.late = OLD.late AND NEW.auth_by = OLD.auth_by
          AND NEW.auth_reason = OLD.auth_reason
          AND NEW.retire_reason = OLD.retire_reason
          AND NEW.changes_json = OLD.changes_json AND NEW.note = OLD.note
          AND NEW.lent_event_id <=> OLD.lent_event_id
          AND NEW.borrower_name = '' AND NEW.borrower_doc_sealed = ''
          AND NEW.borrower_phone_sealed = '' AND NEW.returned_name = ''
          AND NEW.returned_doc_sealed = '' AND NEW.returned_phone_sealed = '') THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'key_events is append-only: only the retention purge may blank it';
  END IF;
END;

CREATE TRIGGER key_events_no_delete BEFORE DELETE ON key_events
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'key_events is append-only: DELETE refused';
