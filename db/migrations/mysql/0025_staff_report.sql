-- The staff report (issue 14, ReportService.GetStaffReport) [REP-STAFF-WORKLOAD]:
-- the two workload figures whose table had no index on the site and the
-- recorded time. Counting a site's finished work orders in a period, and
-- its key lends and returns, is then one index range each
-- (db/report/staff_figures.cc).
ALTER TABLE work_orders
  ADD KEY work_orders_by_site_complete (site_id, complete_us);
ALTER TABLE key_events
  ADD KEY key_events_by_site_type_time (site_id, type, create_time_us);
