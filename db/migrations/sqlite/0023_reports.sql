-- SQLite twin of mysql/0023_reports.sql: ticket_states (the state a ticket
-- was in between two history entries), the history's (site, type, time)
-- index and the sites' report settings.
CREATE TABLE ticket_states (
  event_id  INTEGER NOT NULL PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets (id),
  site_id   TEXT    NOT NULL,
  start_us  INTEGER NOT NULL,
  end_us    INTEGER NOT NULL,
  kind      INTEGER NOT NULL,
  priority  INTEGER NOT NULL,
  status    INTEGER NOT NULL,
  is_open   INTEGER NOT NULL,
  due_us    INTEGER NULL,
  assignee  TEXT    NOT NULL,
  route             INTEGER NOT NULL,
  complaint_class   INTEGER NOT NULL,
  resolution_due_us INTEGER NULL,
  parent_id         INTEGER NULL
);
CREATE INDEX ticket_states_by_ticket ON ticket_states (ticket_id, event_id);
CREATE INDEX ticket_states_current ON ticket_states (ticket_id, end_us);
CREATE INDEX ticket_states_by_site_open_end
  ON ticket_states (site_id, is_open, end_us, start_us);

CREATE TRIGGER ticket_states_end_only BEFORE UPDATE ON ticket_states
WHEN NOT (NEW.event_id = OLD.event_id AND NEW.ticket_id = OLD.ticket_id
          AND NEW.site_id = OLD.site_id AND NEW.start_us = OLD.start_us
          AND NEW.kind = OLD.kind AND NEW.priority = OLD.priority
          AND NEW.status = OLD.status AND NEW.is_open = OLD.is_open
          AND NEW.due_us IS OLD.due_us AND NEW.assignee = OLD.assignee
          AND NEW.route = OLD.route
          AND NEW.complaint_class = OLD.complaint_class
          AND NEW.resolution_due_us IS OLD.resolution_due_us
          AND NEW.parent_id IS OLD.parent_id
          AND OLD.end_us = 9223372036854775807
          AND NEW.end_us >= OLD.start_us)
BEGIN
  SELECT RAISE(ABORT, 'ticket_states: only the current state may be ended, once');
END;

CREATE TRIGGER ticket_states_no_delete BEFORE DELETE ON ticket_states
BEGIN
  SELECT RAISE(ABORT, 'ticket_states is append-only: DELETE refused');
END;

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

CREATE INDEX ticket_events_by_site_type_time
  ON ticket_events (site_id, type, create_time_us);

CREATE TABLE report_settings (
  site_id                   TEXT    NOT NULL PRIMARY KEY REFERENCES sites (id),
  complaint_deadline_s      INTEGER NOT NULL,
  dispatch_limit_normal_s   INTEGER NOT NULL,
  dispatch_limit_urgent_s   INTEGER NOT NULL,
  effective_complaint_basis INTEGER NOT NULL,
  satisfaction_target       REAL    NOT NULL,
  update_time_us            INTEGER NOT NULL,
  version                   INTEGER NOT NULL
);
