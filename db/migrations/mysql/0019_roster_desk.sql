-- The desk's physical inventory a site's incoming receptionist counts at
-- every handover (RosterPolicy.inventory_checklist, 清点各类物品, 000 篇2#2)
-- [R-HANDOVER-ACCEPT]: part of the roster policy, replaced with it as a
-- whole, in the order saved.
CREATE TABLE roster_inventory_items (
  site_id        VARCHAR(16) NOT NULL,
  ordinal        INT         NOT NULL,
  id             VARCHAR(32) NOT NULL,
  display_name   VARCHAR(64) NOT NULL,
  expected_count INT         NOT NULL,
  PRIMARY KEY (site_id, ordinal),
  UNIQUE KEY roster_inventory_items_by_id (site_id, id),
  CONSTRAINT roster_inventory_items_policy_fk FOREIGN KEY (site_id)
    REFERENCES roster_policies (site_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- When the person clocked in on the duty (ClockIn makes it ON_DUTY; the
-- handover reads it to judge the 5-minute lead), and the supervisor who
-- released them before their relief took over, when and why
-- (ReleaseFromDuty) [R-RELIEF-FIRST]. 0 and '' for none.
ALTER TABLE duty_assignments
  ADD COLUMN clock_in_time_us BIGINT       NOT NULL DEFAULT 0,
  ADD COLUMN released_by      VARCHAR(32)  NOT NULL DEFAULT '',
  ADD COLUMN release_time_us  BIGINT       NOT NULL DEFAULT 0,
  ADD COLUMN release_reason   VARCHAR(500) NOT NULL DEFAULT '';
