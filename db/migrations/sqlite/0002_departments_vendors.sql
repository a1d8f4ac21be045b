-- frontdesk schema, version 2 (SQLite twin of
-- mysql/0002_departments_vendors.sql; keep the two in step): each site's
-- departments and the company's external vendors. Instants are UTC
-- microseconds (*_us), durations whole seconds (*_s).

CREATE TABLE departments (
  site_id        TEXT    NOT NULL REFERENCES sites (id),
  id             TEXT    NOT NULL,
  display_name   TEXT    NOT NULL,
  kind           INTEGER NOT NULL,
  head_staff_id  TEXT    NOT NULL REFERENCES staff (id),
  phone          TEXT    NOT NULL DEFAULT '',
  create_time_us INTEGER NOT NULL,
  update_time_us INTEGER NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, id)
);
CREATE INDEX departments_by_head ON departments (head_staff_id);

CREATE TABLE vendors (
  id                  TEXT    NOT NULL PRIMARY KEY,
  display_name        TEXT    NOT NULL,
  trade               INTEGER NOT NULL,
  contact_name        TEXT    NOT NULL,
  phone               TEXT    NOT NULL,
  response_deadline_s INTEGER NOT NULL,
  create_time_us      INTEGER NOT NULL,
  update_time_us      INTEGER NOT NULL,
  version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vendors_by_trade ON vendors (trade, id);

CREATE TABLE vendor_sites (
  vendor_id TEXT NOT NULL REFERENCES vendors (id),
  site_id   TEXT NOT NULL REFERENCES sites (id),
  PRIMARY KEY (vendor_id, site_id)
);
CREATE INDEX vendor_sites_by_site ON vendor_sites (site_id, vendor_id);
