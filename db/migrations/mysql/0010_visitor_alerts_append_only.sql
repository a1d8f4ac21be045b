-- Visitor alerts are evidence like refusals: append-only, except that the
-- retention purge may blank the person's name.

CREATE TRIGGER visitor_alerts_purge_only BEFORE UPDATE ON visitor_alerts
FOR EACH ROW BEGIN
  IF NOT (NEW.person_name = '' AND NEW.kind = OLD.kind
          AND NEW.site_id = OLD.site_id
          AND NEW.watchlist_entry_id = OLD.watchlist_entry_id
          AND NEW.raised_by = OLD.raised_by
          AND NEW.create_time_us = OLD.create_time_us) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'visitor_alerts is append-only: only the retention purge may blank it';
  END IF;
END;

CREATE TRIGGER visitor_alerts_no_delete BEFORE DELETE ON visitor_alerts
FOR EACH ROW SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'visitor_alerts is append-only: DELETE refused';
