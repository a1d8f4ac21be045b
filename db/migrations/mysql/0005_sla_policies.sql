-- Per-site SLA policies (kind × priority); absent rows mean the defaults of
-- server/ticket/sla.h.

CREATE TABLE sla_policies (
  site_id                     VARCHAR(16) NOT NULL,
  kind                        SMALLINT    NOT NULL,
  priority                    SMALLINT    NOT NULL,
  first_response_s            BIGINT      NOT NULL,
  resolution_s                BIGINT      NOT NULL,
  callback_s                  BIGINT      NOT NULL,
  escalate_supervisor_after_s BIGINT      NOT NULL,
  escalate_manager_after_s    BIGINT      NOT NULL,
  update_time_us              BIGINT      NOT NULL,
  version                     BIGINT      NOT NULL DEFAULT 1,
  PRIMARY KEY (site_id, kind, priority),
  CONSTRAINT sla_policies_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
