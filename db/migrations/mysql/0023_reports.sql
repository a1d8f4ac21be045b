-- Reports (issue 14) [REP-*]: what the report queries read that the history
-- does not hold in a queryable form, and the sites' report settings.
--
-- ticket_states: the state a ticket was in between two history entries, one
-- row per entry (event_id), written in the same transaction as the entry by
-- db::AppendTicketEvent. A row's end_us is the next entry's time, or
-- 9223372036854775807 while it is the current state; nothing else of a row
-- ever changes (the trigger below). "Open at 17:00 yesterday", "overdue at
-- the 11:00 checkpoint" and "who held it then" are one index range each:
-- the rows of a site with start_us <= t < end_us. is_open: status not
-- RESOLVED, CLOSED, UNFOUNDED, DUPLICATE or CANCELLED. due_us: the deadline
-- in force (tickets.effective_due_us), NULL while paused or finished;
-- resolution_due_us the SLA's resolution deadline (a promise does not move
-- it); parent_id the ticket it is linked under (counted once with it).
CREATE TABLE ticket_states (
  event_id  BIGINT       NOT NULL,
  ticket_id BIGINT       NOT NULL,
  site_id   VARCHAR(16)  NOT NULL,
  start_us  BIGINT       NOT NULL,
  end_us    BIGINT       NOT NULL,
  kind      SMALLINT     NOT NULL,
  priority  SMALLINT     NOT NULL,
  status    SMALLINT     NOT NULL,
  is_open   SMALLINT     NOT NULL,
  due_us    BIGINT       NULL,
  assignee  VARCHAR(120) NOT NULL,
  route             SMALLINT NOT NULL,
  complaint_class   SMALLINT NOT NULL,
  resolution_due_us BIGINT   NULL,
  parent_id         BIGINT   NULL,
  PRIMARY KEY (event_id),
  KEY ticket_states_current (ticket_id, end_us),
  KEY ticket_states_by_ticket (ticket_id, event_id),
  KEY ticket_states_by_site_open_end (site_id, is_open, end_us, start_us),
  CONSTRAINT ticket_states_ticket_fk FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER ticket_states_end_only BEFORE UPDATE ON ticket_states
FOR EACH ROW BEGIN
  IF NOT (NEW.event_id = OLD.event_id AND NEW.ticket_id = OLD.ticket_id
          AND NEW.site_id = OLD.site_id AND NEW.start_us = OLD.start_us
          AND NEW.kind = OLD.kind AND NEW.priority = OLD.priority
          AND NEW.status = OLD.status AND NEW.is_open = OLD.is_open
          AND NEW.due_us <=> OLD.due_us AND NEW.assignee = OLD.assignee
          AND NEW.route = OLD.route
          AND NEW.complaint_class = OLD.complaint_class
          AND NEW.resolution_due_us <=> OLD.resolution_due_us
          AND NEW.parent_id <=> OLD.parent_id
          AND OLD.end_us = 9223372036854775807
          AND NEW.end_us >= OLD.start_us) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'ticket_states: only the current state may be ended, once';
  END IF;
END;

CREATE TRIGGER ticket_states_no_delete BEFORE DELETE ON ticket_states
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'ticket_states is append-only: DELETE refused';

-- Tickets already there get one state from their creation, as they stand
-- now: the steps between were not recorded in this form. Reports on periods
-- before this migration read those tickets' current state.
INSERT INTO ticket_states (event_id, ticket_id, site_id, start_us, end_us,
                           kind, priority, status, is_open, due_us, assignee,
                           route, complaint_class, resolution_due_us,
                           parent_id)
SELECT (SELECT MAX(e.id) FROM ticket_events e WHERE e.ticket_id = t.id),
       t.id, t.site_id, t.create_time_us, 9223372036854775807,
       t.kind, t.priority, t.status,
       CASE WHEN t.status IN (5, 6, 8, 9, 10) THEN 0 ELSE 1 END,
       t.effective_due_us, t.assignee, t.route, t.complaint_class,
       t.resolution_due_us, t.parent_id
FROM tickets t
WHERE EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id);

-- Counting a site's history entries of one type in a period (dispatches,
-- resolutions, reopenings) is one range of this index.
ALTER TABLE ticket_events
  ADD KEY ticket_events_by_site_type_time (site_id, type, create_time_us);

-- Per-site report settings (ReportSettings); absent: the defaults of
-- server/report/report_settings.h.
CREATE TABLE report_settings (
  site_id                   VARCHAR(16) NOT NULL,
  complaint_deadline_s      BIGINT      NOT NULL,
  dispatch_limit_normal_s   BIGINT      NOT NULL,
  dispatch_limit_urgent_s   BIGINT      NOT NULL,
  effective_complaint_basis SMALLINT    NOT NULL,
  satisfaction_target       DOUBLE      NOT NULL,
  update_time_us            BIGINT      NOT NULL,
  version                   BIGINT      NOT NULL,
  PRIMARY KEY (site_id),
  CONSTRAINT report_settings_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
