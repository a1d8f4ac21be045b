-- Service accounts have one purpose each [ACL-SERVICE-PURPOSE]: the one
-- SERVICE role (8) was used by the residents' app, so its grants become
-- RESIDENT_APP (9) grants at the same sites.

UPDATE staff_grants SET role = 9 WHERE role = 8;
