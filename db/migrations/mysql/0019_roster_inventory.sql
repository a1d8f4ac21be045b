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
