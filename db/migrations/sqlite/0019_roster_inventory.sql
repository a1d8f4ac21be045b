-- SQLite twin of mysql/0019_roster_inventory.sql.
-- The desk's physical inventory a site's incoming receptionist counts at
-- every handover (RosterPolicy.inventory_checklist, 清点各类物品, 000 篇2#2)
-- [R-HANDOVER-ACCEPT]: part of the roster policy, replaced with it as a
-- whole, in the order saved.
CREATE TABLE roster_inventory_items (
  site_id        TEXT    NOT NULL REFERENCES roster_policies (site_id),
  ordinal        INTEGER NOT NULL,
  id             TEXT    NOT NULL,
  display_name   TEXT    NOT NULL,
  expected_count INTEGER NOT NULL,
  PRIMARY KEY (site_id, ordinal)
);
CREATE UNIQUE INDEX roster_inventory_items_by_id
  ON roster_inventory_items (site_id, id);
