-- SQLite twin of mysql/0025_staff_report.sql: the staff report's indexes
-- on finished work orders and key events by site and recorded time.
CREATE INDEX work_orders_by_site_complete ON work_orders (site_id, complete_us);
CREATE INDEX key_events_by_site_type_time
  ON key_events (site_id, type, create_time_us);
