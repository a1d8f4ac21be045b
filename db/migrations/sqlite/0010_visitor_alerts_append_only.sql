-- SQLite twin of mysql/0010_visitor_alerts_append_only.sql.

CREATE TRIGGER visitor_alerts_purge_only BEFORE UPDATE ON visitor_alerts
WHEN NOT (NEW.person_name = '' AND NEW.kind = OLD.kind
          AND NEW.site_id = OLD.site_id
          AND NEW.watchlist_entry_id = OLD.watchlist_entry_id
          AND NEW.raised_by = OLD.raised_by
          AND NEW.create_time_us = OLD.create_time_us)
BEGIN
  SELECT RAISE(ABORT, 'visitor_alerts is append-only: only the retention purge may blank it');
END;

CREATE TRIGGER visitor_alerts_no_delete BEFORE DELETE ON visitor_alerts
BEGIN
  SELECT RAISE(ABORT, 'visitor_alerts is append-only: DELETE refused');
END;
