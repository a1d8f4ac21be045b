-- SQLite twin of mysql/0020_handover.sql.
-- Handovers between shifts (交接班, issue 13 items 1, 2 and 5)
-- [R-HANDOVER-LOG] [R-HANDOVER-ACCEPT] [R-SIGNIFICANT-ITEM-CONSENT]
-- [R-COUNTERSIGN]: one record per shift boundary, named after the outgoing
-- shift, its unfinished matters and the incoming receptionist's inventory
-- count. See the MariaDB file for the columns.
CREATE TABLE handovers (
  id                     INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id                TEXT    NOT NULL REFERENCES sites (id),
  date_key               INTEGER NOT NULL,
  definition_id          TEXT    NOT NULL,
  outgoing_start_us      INTEGER NOT NULL,
  incoming_date_key      INTEGER NOT NULL,
  incoming_definition_id TEXT    NOT NULL,
  status                 INTEGER NOT NULL,
  duty_log               TEXT    NOT NULL,
  written_by             TEXT    NOT NULL,
  submitted_by           TEXT    NOT NULL DEFAULT '',
  accepted_by            TEXT    NOT NULL DEFAULT '',
  submit_time_us         INTEGER NOT NULL DEFAULT 0,
  accept_time_us         INTEGER NOT NULL DEFAULT 0,
  incoming_clock_in_us   INTEGER NOT NULL DEFAULT 0,
  incoming_arrived_early INTEGER NOT NULL DEFAULT 0,
  incoming_remarks       TEXT    NOT NULL,
  inventory_discrepancy  INTEGER NOT NULL DEFAULT 0,
  significant_items      INTEGER NOT NULL DEFAULT 0,
  countersigned          INTEGER NOT NULL DEFAULT 0,
  countersigned_by       TEXT    NOT NULL DEFAULT '',
  countersign_time_us    INTEGER NOT NULL DEFAULT 0,
  countersign_comment    TEXT    NOT NULL DEFAULT '',
  create_time_us         INTEGER NOT NULL,
  update_time_us         INTEGER NOT NULL,
  version                INTEGER NOT NULL
);
CREATE UNIQUE INDEX handovers_of_shift
  ON handovers (site_id, date_key, definition_id);
CREATE INDEX handovers_by_site ON handovers (site_id, outgoing_start_us, id);
CREATE INDEX handovers_by_status
  ON handovers (site_id, status, outgoing_start_us, id);
CREATE INDEX handovers_to_countersign
  ON handovers (site_id, countersigned, outgoing_start_us, id);

CREATE TABLE handover_items (
  handover_id     INTEGER NOT NULL REFERENCES handovers (id),
  item_id         INTEGER NOT NULL,
  description     TEXT    NOT NULL,
  ticket          TEXT    NOT NULL DEFAULT '',
  significant     INTEGER NOT NULL DEFAULT 0,
  disposition     INTEGER NOT NULL DEFAULT 0,
  consented_by    TEXT    NOT NULL DEFAULT '',
  consent_time_us INTEGER NOT NULL DEFAULT 0,
  consent_comment TEXT    NOT NULL DEFAULT '',
  acknowledged    INTEGER NOT NULL DEFAULT 0,
  source          INTEGER NOT NULL,
  resource        TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (handover_id, item_id)
);

CREATE TABLE handover_inventory_counts (
  handover_id    INTEGER NOT NULL REFERENCES handovers (id),
  ordinal        INTEGER NOT NULL,
  item_id        TEXT    NOT NULL,
  display_name   TEXT    NOT NULL,
  expected_count INTEGER NOT NULL,
  counted        INTEGER NOT NULL,
  note           TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (handover_id, ordinal)
);
