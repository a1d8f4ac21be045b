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

-- When the person clocked in on the duty (ClockIn makes it ON_DUTY; the
-- handover reads it to judge the 5-minute lead), and the supervisor who
-- released them before their relief took over, when and why
-- (ReleaseFromDuty) [R-RELIEF-FIRST]. 0 and '' for none.
ALTER TABLE duty_assignments
  ADD COLUMN clock_in_time_us INTEGER NOT NULL DEFAULT 0;
ALTER TABLE duty_assignments
  ADD COLUMN released_by TEXT NOT NULL DEFAULT '';
ALTER TABLE duty_assignments
  ADD COLUMN release_time_us INTEGER NOT NULL DEFAULT 0;
ALTER TABLE duty_assignments
  ADD COLUMN release_reason TEXT NOT NULL DEFAULT '';
