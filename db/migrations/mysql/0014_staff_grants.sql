-- Roles are held per site [D-GRANTS-PER-SITE]: one row per role and site,
-- site_id '' for a grant at every site (ADMIN, a head-office manager).
-- Until now a person held each of their roles at each of their sites, so
-- every (role, site) pair becomes a grant, and nothing is lost: ADMIN, and
-- every role of someone listed at no site, was held company-wide (the only
-- reading the old rows had), and stays so explicitly.

CREATE TABLE staff_grants (
  staff_id VARCHAR(32) NOT NULL,
  role     SMALLINT    NOT NULL,
  site_id  VARCHAR(16) NOT NULL DEFAULT '',
  PRIMARY KEY (staff_id, role, site_id),
  KEY staff_grants_by_site (site_id, role, staff_id),
  KEY staff_grants_by_role (role, staff_id),
  CONSTRAINT staff_grants_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO staff_grants (staff_id, role, site_id)
SELECT r.staff_id, r.role, s.site_id
FROM staff_roles r JOIN staff_sites s ON s.staff_id = r.staff_id
WHERE r.role <> 7;

INSERT INTO staff_grants (staff_id, role, site_id)
SELECT r.staff_id, r.role, ''
FROM staff_roles r
WHERE r.role = 7
   OR NOT EXISTS (SELECT 1 FROM staff_sites s WHERE s.staff_id = r.staff_id);

DROP TABLE staff_roles;
DROP TABLE staff_sites;
