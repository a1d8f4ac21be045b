-- Handovers between shifts (交接班, issue 13 items 1, 2 and 5)
-- [R-HANDOVER-LOG] [R-HANDOVER-ACCEPT] [R-SIGNIFICANT-ITEM-CONSENT]
-- [R-COUNTERSIGN]: one record per shift boundary, named after the outgoing
-- shift, its unfinished matters (written or pulled in from the site's open
-- tickets, work orders, keys, visits and passes) and the incoming
-- receptionist's count of the desk's inventory.
--
-- (site_id, date_key, definition_id) is the outgoing shift and unique: a
-- second handover of one shift is ALREADY_EXISTS, also between two servers.
-- outgoing_start_us orders the lists (newest first, keyset on
-- (outgoing_start_us, id)); the indexes serve a site's list, its records of
-- one status and those awaiting the supervisor's countersignature
-- (countersigned = 0). significant_items counts the significant items
-- (has_significant_items). version is the etag.
CREATE TABLE handovers (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  site_id                VARCHAR(16)   NOT NULL,
  date_key               INT           NOT NULL,
  definition_id          VARCHAR(16)   NOT NULL,
  outgoing_start_us      BIGINT        NOT NULL,
  incoming_date_key      INT           NOT NULL,
  incoming_definition_id VARCHAR(16)   NOT NULL,
  status                 SMALLINT      NOT NULL,
  duty_log               TEXT          NOT NULL,
  written_by             VARCHAR(32)   NOT NULL,
  submitted_by           VARCHAR(32)   NOT NULL DEFAULT '',
  accepted_by            VARCHAR(32)   NOT NULL DEFAULT '',
  submit_time_us         BIGINT        NOT NULL DEFAULT 0,
  accept_time_us         BIGINT        NOT NULL DEFAULT 0,
  incoming_clock_in_us   BIGINT        NOT NULL DEFAULT 0,
  incoming_arrived_early SMALLINT      NOT NULL DEFAULT 0,
  incoming_remarks       TEXT          NOT NULL,
  inventory_discrepancy  SMALLINT      NOT NULL DEFAULT 0,
  significant_items      INT           NOT NULL DEFAULT 0,
  countersigned          SMALLINT      NOT NULL DEFAULT 0,
  countersigned_by       VARCHAR(32)   NOT NULL DEFAULT '',
  countersign_time_us    BIGINT        NOT NULL DEFAULT 0,
  countersign_comment    VARCHAR(500)  NOT NULL DEFAULT '',
  create_time_us         BIGINT        NOT NULL,
  update_time_us         BIGINT        NOT NULL,
  version                BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY handovers_of_shift (site_id, date_key, definition_id),
  KEY handovers_by_site (site_id, outgoing_start_us, id),
  KEY handovers_by_status (site_id, status, outgoing_start_us, id),
  KEY handovers_to_countersign (site_id, countersigned, outgoing_start_us, id),
  CONSTRAINT handovers_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- HandoverItem: id 1, 2, 3... in its handover. source 1 WRITTEN; the
-- others name the open matter the server pulled in (resource).
CREATE TABLE handover_items (
  handover_id     BIGINT       NOT NULL,
  item_id         INT          NOT NULL,
  description     TEXT         NOT NULL,
  ticket          VARCHAR(96)  NOT NULL DEFAULT '',
  significant     SMALLINT     NOT NULL DEFAULT 0,
  disposition     SMALLINT     NOT NULL DEFAULT 0,
  consented_by    VARCHAR(32)  NOT NULL DEFAULT '',
  consent_time_us BIGINT       NOT NULL DEFAULT 0,
  consent_comment VARCHAR(500) NOT NULL DEFAULT '',
  acknowledged    SMALLINT     NOT NULL DEFAULT 0,
  source          SMALLINT     NOT NULL,
  resource        VARCHAR(128) NOT NULL DEFAULT '',
  PRIMARY KEY (handover_id, item_id),
  CONSTRAINT handover_items_handover_fk FOREIGN KEY (handover_id)
    REFERENCES handovers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- InventoryCount: the incoming receptionist's count of each checklist item
-- at acceptance, with the checklist's name and expected count at the time.
CREATE TABLE handover_inventory_counts (
  handover_id    BIGINT       NOT NULL,
  ordinal        INT          NOT NULL,
  item_id        VARCHAR(32)  NOT NULL,
  display_name   VARCHAR(64)  NOT NULL,
  expected_count INT          NOT NULL,
  counted        INT          NOT NULL,
  note           VARCHAR(500) NOT NULL DEFAULT '',
  PRIMARY KEY (handover_id, ordinal),
  CONSTRAINT handover_inventory_counts_handover_fk FOREIGN KEY (handover_id)
    REFERENCES handovers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
