-- SQLite twin of mysql/0008_keys.sql.
-- Key custody (钥匙管理): the keys held at the desk, whom each owner
-- authorised to borrow them, and every key's append-only history.
--
-- A tag is unique per site among keys not retired: live_tag holds the tag
-- while the key is not retired and NULL after, and (site_id, live_tag) is
-- unique (NULLs never collide). Personal numbers are stored sealed only.

CREATE TABLE desk_keys (
  id                     INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id                TEXT    NOT NULL,
  tag                    TEXT    NOT NULL,
  live_tag               TEXT    NULL,
  kind                   INTEGER NOT NULL,
  unit_id                TEXT    NOT NULL,
  description            TEXT    NOT NULL,
  copies                 INTEGER NOT NULL,
  storage_slot           TEXT    NOT NULL,
  entrusted_name         TEXT    NOT NULL,
  entrusted_phone_sealed TEXT    NOT NULL,
  state                  INTEGER NOT NULL,
  retire_reason          INTEGER NOT NULL,
  loan_staff_id          TEXT    NOT NULL,
  loan_name              TEXT    NOT NULL,
  loan_doc_type          INTEGER NOT NULL,
  loan_doc_sealed        TEXT    NOT NULL,
  loan_phone_sealed      TEXT    NOT NULL,
  loan_purpose           TEXT    NOT NULL,
  loan_lend_us           INTEGER NULL,
  loan_due_us            INTEGER NULL,
  loan_lent_by           TEXT    NOT NULL,
  loan_event_id          INTEGER NULL,
  create_time_us         INTEGER NOT NULL,
  update_time_us         INTEGER NOT NULL,
  version                INTEGER NOT NULL,
  UNIQUE (site_id, live_tag),
  FOREIGN KEY (site_id) REFERENCES sites (id)
);
CREATE INDEX desk_keys_by_tag ON desk_keys (site_id, tag, id);
CREATE INDEX desk_keys_all_by_tag ON desk_keys (tag, id);
CREATE INDEX desk_keys_by_state ON desk_keys (site_id, state, loan_due_us);
CREATE INDEX desk_keys_by_unit ON desk_keys (site_id, unit_id);

CREATE TABLE desk_key_borrowers (
  key_id        INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  staff_id      TEXT    NOT NULL,
  person_name   TEXT    NOT NULL,
  doc_type      INTEGER NOT NULL,
  doc_sealed    TEXT    NOT NULL,
  phone_sealed  TEXT    NOT NULL,
  PRIMARY KEY (key_id, position),
  FOREIGN KEY (key_id) REFERENCES desk_keys (id)
);
CREATE INDEX desk_key_borrowers_by_staff ON desk_key_borrowers (staff_id);

-- Append-only except the retention purge (see the MySQL twin).
CREATE TABLE key_events (
  id                     INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id                TEXT    NOT NULL,
  key_id                 INTEGER NOT NULL,
  type                   INTEGER NOT NULL,
  actor                  TEXT    NOT NULL,
  create_time_us         INTEGER NOT NULL,
  borrower_staff_id      TEXT    NOT NULL,
  borrower_name          TEXT    NOT NULL,
  borrower_doc_type      INTEGER NOT NULL,
  borrower_doc_sealed    TEXT    NOT NULL,
  borrower_phone_sealed  TEXT    NOT NULL,
  returned_staff_id      TEXT    NOT NULL,
  returned_name          TEXT    NOT NULL,
  returned_doc_type      INTEGER NOT NULL,
  returned_doc_sealed    TEXT    NOT NULL,
  returned_phone_sealed  TEXT    NOT NULL,
  purpose                TEXT    NOT NULL,
  due_time_us            INTEGER NULL,
  late                   INTEGER NOT NULL,
  auth_by                TEXT    NOT NULL,
  auth_reason            TEXT    NOT NULL,
  retire_reason          INTEGER NOT NULL,
  changes_json           TEXT    NOT NULL,
  note                   TEXT    NOT NULL,
  lent_event_id          INTEGER NULL,
  purge_time_us          INTEGER NULL,
  FOREIGN KEY (key_id) REFERENCES desk_keys (id)
);
CREATE INDEX key_events_by_key ON key_events (key_id, id);
CREATE INDEX key_events_by_site ON key_events (site_id, id);
CREATE INDEX key_events_to_purge ON key_events (site_id, purge_time_us, create_time_us);

CREATE TRIGGER key_events_purge_only BEFORE UPDATE ON key_events
WHEN NOT (OLD.purge_time_us IS NULL AND NEW.purge_time_us IS NOT NULL
          AND NEW.id = OLD.id AND NEW.site_id = OLD.site_id
          AND NEW.key_id = OLD.key_id AND NEW.type = OLD.type
          AND NEW.actor = OLD.actor AND NEW.create_time_us = OLD.create_time_us
          AND NEW.borrower_staff_id = OLD.borrower_staff_id
          AND NEW.borrower_doc_type = OLD.borrower_doc_type
          AND NEW.returned_staff_id = OLD.returned_staff_id
          AND NEW.returned_doc_type = OLD.returned_doc_type
          AND NEW.purpose = OLD.purpose AND NEW.due_time_us IS OLD.due_time_us
          AND NEW.late = OLD.late AND NEW.auth_by = OLD.auth_by
          AND NEW.auth_reason = OLD.auth_reason
          AND NEW.retire_reason = OLD.retire_reason
          AND NEW.changes_json = OLD.changes_json AND NEW.note = OLD.note
          AND NEW.lent_event_id IS OLD.lent_event_id
          AND NEW.borrower_name = '' AND NEW.borrower_doc_sealed = ''
          AND NEW.borrower_phone_sealed = '' AND NEW.returned_name = ''
          AND NEW.returned_doc_sealed = '' AND NEW.returned_phone_sealed = '')
BEGIN
  SELECT RAISE(ABORT, 'key_events is append-only: only the retention purge may blank it');
END;

CREATE TRIGGER key_events_no_delete BEFORE DELETE ON key_events
BEGIN
  SELECT RAISE(ABORT, 'key_events is append-only: DELETE refused');
END;
