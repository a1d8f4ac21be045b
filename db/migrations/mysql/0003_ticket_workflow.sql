-- Ticket workflow: routing, work orders, deadlines, callbacks.
-- Deadline columns hold the values computed by server/ticket/sla.h so that
-- "overdue" and "callback due" lists are index range scans.

ALTER TABLE tickets
  ADD COLUMN route                   SMALLINT NOT NULL DEFAULT 0,
  ADD COLUMN status_before_pending   SMALLINT NOT NULL DEFAULT 0,
  ADD COLUMN first_response_time_us  BIGINT   NULL,
  ADD COLUMN resolve_time_us         BIGINT   NULL,
  ADD COLUMN close_time_us           BIGINT   NULL,
  ADD COLUMN first_response_due_us   BIGINT   NULL,
  ADD COLUMN resolution_due_us       BIGINT   NULL,
  ADD COLUMN promised_us             BIGINT   NULL,
  ADD COLUMN callback_due_us         BIGINT   NULL,
  -- The deadline that decides "overdue" now: the promise if one was made,
  -- else the SLA deadline; NULL while paused or once resolved.
  ADD COLUMN effective_due_us        BIGINT   NULL,
  ADD COLUMN paused_since_us         BIGINT   NULL,
  ADD COLUMN resolution              TEXT     NULL,
  ADD COLUMN duplicate_of_id         BIGINT   NULL,
  ADD COLUMN callback_attempts       INT      NOT NULL DEFAULT 0,
  ADD COLUMN assignee                VARCHAR(120) NOT NULL DEFAULT '',
  ADD KEY tickets_by_site_effective_due (site_id, effective_due_us),
  ADD KEY tickets_by_effective_due (effective_due_us),
  ADD KEY tickets_by_site_callback_due (site_id, callback_due_us);

-- Every interval a ticket spent PENDING: the SLA clock's pauses.
CREATE TABLE ticket_pauses (
  ticket_id BIGINT NOT NULL,
  start_us  BIGINT NOT NULL,
  end_us    BIGINT NULL,
  reason    VARCHAR(500) NOT NULL,
  PRIMARY KEY (ticket_id, start_us),
  CONSTRAINT ticket_pauses_ticket_fk FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE work_orders (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  ticket_id            BIGINT       NOT NULL,
  site_id              VARCHAR(16)  NOT NULL,
  route                SMALLINT     NOT NULL,
  assignee             VARCHAR(120) NOT NULL,
  promised_us          BIGINT       NULL,
  state                SMALLINT     NOT NULL,
  rework               SMALLINT     NOT NULL DEFAULT 0,
  parties_json         TEXT         NOT NULL,
  instructions         TEXT         NOT NULL,
  manager_signoff      VARCHAR(32)  NOT NULL DEFAULT '',
  developer_ack_by     VARCHAR(64)  NOT NULL DEFAULT '',
  arrival_us           BIGINT       NULL,
  complete_us          BIGINT       NULL,
  work_done            TEXT         NOT NULL,
  labour_hours         DOUBLE       NOT NULL DEFAULT 0,
  materials_json       TEXT         NOT NULL,
  accepted_by_reporter SMALLINT     NOT NULL DEFAULT 0,
  acceptance_note      TEXT         NOT NULL,
  dispatched_by        VARCHAR(32)  NOT NULL,
  create_time_us       BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY work_orders_by_ticket (ticket_id, id),
  -- "orders past their promised time": open orders of a site by promise.
  KEY work_orders_by_site_state_promise (site_id, state, promised_us),
  CONSTRAINT work_orders_ticket_fk FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ticket_callbacks (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  ticket_id      BIGINT      NOT NULL,
  site_id        VARCHAR(16) NOT NULL,
  result         SMALLINT    NOT NULL,
  rating         SMALLINT    NOT NULL,
  comment        TEXT        NOT NULL,
  caller         VARCHAR(32) NOT NULL,
  create_time_us BIGINT      NOT NULL,
  rework_order_id BIGINT     NULL,
  PRIMARY KEY (id),
  KEY ticket_callbacks_by_ticket (ticket_id, id),
  KEY ticket_callbacks_by_site_time (site_id, create_time_us),
  CONSTRAINT ticket_callbacks_ticket_fk FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
