-- frontdesk: database and users on MariaDB (10.5 or later).
--
-- Run once as an administrator:
--   sudo mariadb < grant.sql
-- CHANGE BOTH PASSWORDS BELOW before running it (or ALTER USER afterwards),
-- then put the frontdesk one, percent-encoded, into FRONTDESK_DB in
-- /etc/frontdesk/frontdeskd.env.
--
-- The script is idempotent: running it again changes nothing but the
-- grants (IF NOT EXISTS keeps existing users and their passwords).

CREATE DATABASE IF NOT EXISTS frontdesk
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;

-- The service account used by every frontdeskd. '%' admits any host; narrow
-- it to the application servers' subnet where possible, e.g.
-- 'frontdesk'@'10.0.2.%' (a local-socket connection is 'frontdesk'@'localhost',
-- which '%' also matches once anonymous users are removed, as
-- mariadb-secure-installation does).
-- CHANGE THIS PASSWORD.
CREATE USER IF NOT EXISTS 'frontdesk'@'%'
  IDENTIFIED BY 'CHANGE-ME-frontdesk-password';

-- Data access, plus what the migrations that frontdeskd applies on start
-- need: CREATE/ALTER/INDEX/DROP for schema changes, TRIGGER for the
-- append-only history tables, REFERENCES for foreign keys, LOCK TABLES for
-- consistent copies. No SUPER, no GRANT OPTION, nothing outside frontdesk.*.
-- (With binary logging on, trigger creation also needs
-- log_bin_trust_function_creators = 1; see frontdesk.cnf.)
GRANT SELECT, INSERT, UPDATE, DELETE,
      CREATE, ALTER, INDEX, DROP, TRIGGER, REFERENCES, LOCK TABLES
  ON frontdesk.* TO 'frontdesk'@'%';

-- Read-only account for report replicas and report jobs that query the
-- database directly. Create it on the primary: it replicates with the data.
-- CHANGE THIS PASSWORD.
CREATE USER IF NOT EXISTS 'frontdesk_report'@'%'
  IDENTIFIED BY 'CHANGE-ME-report-password';
GRANT SELECT ON frontdesk.* TO 'frontdesk_report'@'%';

-- A runaway client must not take every connection (max_connections in
-- frontdesk.cnf is sized for servers x FRONTDESK_THREADS).
ALTER USER 'frontdesk_report'@'%' WITH MAX_USER_CONNECTIONS 20;

FLUSH PRIVILEGES;
