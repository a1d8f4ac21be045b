-- A ticket's reporter name and phone are residents' personal data, sealed at
-- rest like the visitor register's numbers [T-REPORTER-SEALED]: the columns
-- hold AES-GCM values ("v1:...", common/data_protector.h) and the phone is
-- found through its blind index (a keyed HMAC of its digits), never in clear.
--
-- Rows written before this migration still hold their name and phone in
-- clear (in the renamed columns) with reporter_phone_blind NULL. SQL cannot
-- seal them: it has no key. frontdeskd does, at its next start, after the
-- data key is checked (db/legacy_sealing.h): every table named in
-- sealing_backlog is sealed in batches, then its entry is deleted.
ALTER TABLE tickets
  CHANGE reporter_name reporter_name_sealed VARCHAR(512) NOT NULL,
  CHANGE reporter_phone reporter_phone_sealed VARCHAR(128) NOT NULL,
  ADD COLUMN reporter_phone_blind CHAR(64) NULL AFTER reporter_phone_sealed,
  DROP INDEX tickets_by_phone_time,
  ADD INDEX tickets_by_phone_blind_time (reporter_phone_blind, create_time_us, id);

CREATE TABLE sealing_backlog (
  table_name VARCHAR(64) NOT NULL,
  PRIMARY KEY (table_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO sealing_backlog (table_name) VALUES ('tickets');
