-- Per-site SLA policies (SQLite twin of mysql/0005_sla_policies.sql).

CREATE TABLE sla_policies (
  site_id                     TEXT    NOT NULL REFERENCES sites (id),
  kind                        INTEGER NOT NULL,
  priority                    INTEGER NOT NULL,
  first_response_s            INTEGER NOT NULL,
  resolution_s                INTEGER NOT NULL,
  callback_s                  INTEGER NOT NULL,
  escalate_supervisor_after_s INTEGER NOT NULL,
  escalate_manager_after_s    INTEGER NOT NULL,
  update_time_us              INTEGER NOT NULL,
  version                     INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, kind, priority)
);
