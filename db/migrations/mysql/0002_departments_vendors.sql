-- frontdesk schema, version 2: where work is dispatched to — each site's
-- departments (工程部, 保安部 ...) and the company's external vendors
-- (telecom, broadband, water heaters, intercoms, doors, elevators, and the
-- developer's project team that acknowledges warranty liaison forms).
-- Instants are UTC microseconds (BIGINT *_us), durations whole seconds (*_s).

CREATE TABLE departments (
  site_id        VARCHAR(16) NOT NULL,
  id             VARCHAR(32) NOT NULL,
  display_name   VARCHAR(64) NOT NULL,
  kind           SMALLINT    NOT NULL,
  -- The person in charge; works at site_id when set (checked by the store).
  head_staff_id  VARCHAR(32) NOT NULL,
  phone          VARCHAR(32) NOT NULL DEFAULT '',
  create_time_us BIGINT      NOT NULL,
  update_time_us BIGINT      NOT NULL,
  version        BIGINT      NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, id),
  KEY departments_by_head (head_staff_id),
  CONSTRAINT departments_site_fk FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT departments_head_fk FOREIGN KEY (head_staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE vendors (
  id                  VARCHAR(32) NOT NULL,
  display_name        VARCHAR(64) NOT NULL,
  trade               SMALLINT    NOT NULL,
  contact_name        VARCHAR(64) NOT NULL,
  phone               VARCHAR(32) NOT NULL,
  -- How soon after dispatch the vendor must come, in seconds.
  response_deadline_s BIGINT      NOT NULL,
  create_time_us      BIGINT      NOT NULL,
  update_time_us      BIGINT      NOT NULL,
  version             BIGINT      NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY vendors_by_trade (trade, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The sites a vendor is restricted to; none means it serves every site.
CREATE TABLE vendor_sites (
  vendor_id VARCHAR(32) NOT NULL,
  site_id   VARCHAR(16) NOT NULL,
  PRIMARY KEY (vendor_id, site_id),
  KEY vendor_sites_by_site (site_id, vendor_id),
  CONSTRAINT vendor_sites_vendor_fk FOREIGN KEY (vendor_id) REFERENCES vendors (id),
  CONSTRAINT vendor_sites_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
