-- Complaint analysis and the weekly department summary (issue 14)
-- [REP-COMPLAINT-ANALYSIS] [REP-WEEKLY-TRANSFERS]: two more columns of a
-- ticket's recorded state, and the work orders' (site, time) index.
--
-- ticket_states.promised_us: the promise told to the resident then
-- (tickets.promised_us; ChangePromise and AgreeTicketPlan move it), so
-- "finished by the renegotiated time" is judged against the promise in force
-- when the ticket was finished. plan_department: the department found
-- responsible by the agreed handling plan then (tickets.plan_department).
-- The trigger is recreated with the new columns: still only end_us of the
-- current row may be set, once.
DROP TRIGGER ticket_states_end_only;

ALTER TABLE ticket_states
  ADD COLUMN promised_us BIGINT NULL,
  ADD COLUMN plan_department VARCHAR(120) NOT NULL DEFAULT '';

-- Current states take the tickets' values; earlier states did not record
-- them and read as no promise and no department.
UPDATE ticket_states s JOIN tickets t ON t.id = s.ticket_id
SET s.promised_us = t.promised_us, s.plan_department = t.plan_department
WHERE s.end_us = 9223372036854775807;

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
          AND NEW.promised_us <=> OLD.promised_us
          AND NEW.plan_department = OLD.plan_department
          AND OLD.end_us = 9223372036854775807
          AND NEW.end_us >= OLD.start_us) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'ticket_states: only the current state may be ended, once';
  END IF;
END;

-- A site's work orders issued in a period (the weekly slips) are one range.
ALTER TABLE work_orders ADD KEY work_orders_by_site_time (site_id, create_time_us);
