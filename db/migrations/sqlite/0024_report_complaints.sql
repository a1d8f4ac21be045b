-- SQLite twin of mysql/0024_report_complaints.sql: ticket_states records the
-- promise and the responsible department too; the work orders' (site, time)
-- index.
DROP TRIGGER ticket_states_end_only;

ALTER TABLE ticket_states ADD COLUMN promised_us INTEGER NULL;
ALTER TABLE ticket_states ADD COLUMN plan_department TEXT NOT NULL DEFAULT '';

UPDATE ticket_states
SET promised_us = (SELECT t.promised_us FROM tickets t
                   WHERE t.id = ticket_states.ticket_id),
    plan_department = (SELECT t.plan_department FROM tickets t
                       WHERE t.id = ticket_states.ticket_id)
WHERE end_us = 9223372036854775807;

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
          AND NEW.promised_us IS OLD.promised_us
          AND NEW.plan_department = OLD.plan_department
          AND OLD.end_us = 9223372036854775807
          AND NEW.end_us >= OLD.start_us)
BEGIN
  SELECT RAISE(ABORT, 'ticket_states: only the current state may be ended, once');
END;

CREATE INDEX work_orders_by_site_time ON work_orders (site_id, create_time_us);
