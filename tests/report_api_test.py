#!/usr/bin/python3
"""gRPC-level tests of ReportService against the real binary, on SQLite and
on MariaDB: the daily duty report and the monthly statistics computed from
the history of tickets made by the test, their bad input, who may read them
[REP-ROLES], the "sites/-" roll-up, and the report settings [REP-SETTINGS].

Each site is given the zone in which it is now about noon (an Etc/GMT zone),
so "today" at the site is a whole day away from either midnight and the
tickets the test records fall on it.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/report_api_test.py
"""

import datetime
import sqlite3
import unittest
import zoneinfo

import grpc

import harness
import harness_db
from harness import DEADLINE, directory_pb2, ticket_pb2

from frontdesk.v1 import report_service_pb2 as report_pb2
from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, backend_cases, unique_site_id

Role = directory_pb2.StaffMember
Ticket = ticket_pb2.Ticket


def noon_zone(hours_east_of_noon=0):
    """An IANA zone where the local time is now between 10:00 and 14:00
    (shifted by `hours_east_of_noon`), and the local date there."""
    now = datetime.datetime.now(datetime.timezone.utc)
    offset = 12 - now.hour + hours_east_of_noon
    offset = max(-12, min(14, offset))
    # Etc/GMT-8 is UTC+8: the sign of the name is the opposite.
    name = "Etc/GMT%+d" % -offset if offset else "Etc/GMT"
    local = now + datetime.timedelta(hours=offset)
    return name, local.date()


# The staff report's fixture (test_staff_report_of_two_people): duties,
# punches, a swap, a correction and a leave written as the roster's stores
# write them, at a site in Shanghai (UTC+8, no DST), on dates counted back
# from the site's today.
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
SECOND = 1000000
MINUTE = 60 * SECOND


def local_us(day, hour, minute=0, second=0):
    """Microseconds of `day` hour:minute:second in Shanghai."""
    t = datetime.datetime(day.year, day.month, day.day, hour, minute, second,
                          tzinfo=SHANGHAI)
    return int(t.timestamp()) * SECOND


def date_key(day):
    return day.year * 10000 + day.month * 100 + day.day


def run_sql(url, statements):
    """Runs `statements` on the test database of `url` (either backend)."""
    if url.startswith("sqlite:"):
        with sqlite3.connect(url[len("sqlite:"):]) as db:
            for statement in statements:
                db.execute(statement)
        return
    name = harness_db.parse_mysql_url(url)["database"]
    harness_db._mariadb(url, "USE `%s`; %s;" % (name, "; ".join(statements)))


class Roster:
    """Statements that put people on a site's day shifts (08:00-20:00)."""

    def __init__(self, site):
        self.site = site
        self.statements = []
        self.shifts = set()

    def duty(self, staff, day, status=1, origin=1, swap=False, held=True,
             start_us=None, end_us=None):
        start = local_us(day, 8) if start_us is None else start_us
        end = local_us(day, 20) if end_us is None else end_us
        if day not in self.shifts:
            self.shifts.add(day)
            self.statements.append(
                "INSERT INTO roster_shifts (site_id, date_key, definition_id,"
                " display_name, kind, start_local_time, duration_s,"
                " min_headcount, start_time_us, end_time_us, create_time_us)"
                " VALUES ('%s', %d, 'day', 'day', 1, '08:00', 43200, 1, %d,"
                " %d, %d)" % (self.site, date_key(day), local_us(day, 8),
                              local_us(day, 20), local_us(day, 8)))
        swap_id = ("(SELECT MAX(id) FROM shift_swaps WHERE site_id = '%s')"
                   % self.site) if swap else "0"
        self.statements.append(
            "INSERT INTO duty_assignments (site_id, date_key, definition_id,"
            " staff_id, held_by, status, origin, shift_swap_id,"
            " leave_application_id, start_time_us, end_time_us, created_by,"
            " create_time_us, update_time_us, version) VALUES ('%s', %d,"
            " 'day', '%s', %s, %d, %d, %s, 0, %d, %d, 'admin', %d, %d, 1)" %
            (self.site, date_key(day), staff,
             "'%s'" % staff if held else "NULL", status, origin, swap_id,
             start, end, start, start))

    def punches(self, staff, day, clock_in=0, clock_out=0, out_source=1):
        self.statements.append(
            "INSERT INTO attendance_records (duty_assignment_id, staff_id,"
            " site_id, clock_in_time_us, clock_in_source, clock_out_time_us,"
            " clock_out_source, create_time_us, update_time_us, version)"
            " SELECT id, staff_id, site_id, %d, %d, %d, %d, %d, %d, 1"
            " FROM duty_assignments WHERE site_id = '%s' AND date_key = %d"
            " AND staff_id = '%s'" %
            (clock_in, 1 if clock_in else 0, clock_out,
             out_source if clock_out else 0, clock_in or clock_out,
             clock_in or clock_out, self.site, date_key(day), staff))

    def correction(self, staff, day, claimed_us):
        """An approved correction of the clock-out (kind 2, status 2)."""
        self.statements.append(
            "INSERT INTO attendance_corrections (staff_id, duty_assignment_id,"
            " site_id, month_key, kind, claimed_time_us, reason, status,"
            " decided_by, decide_time_us, create_time_us, update_time_us,"
            " version) SELECT staff_id, id, site_id, %d, 2, %d, '忘记打卡', 2,"
            " 'admin', %d, %d, %d, 1 FROM duty_assignments"
            " WHERE site_id = '%s' AND date_key = %d AND staff_id = '%s'" %
            (date_key(day) // 100, claimed_us, claimed_us, claimed_us,
             claimed_us, self.site, date_key(day), staff))

    def swap(self, requester, counterpart, day):
        """An approved swap (status 3) of `requester`'s duty on `day`."""
        self.statements.append(
            "INSERT INTO shift_swaps (site_id, requester_id,"
            " requester_assignment, counterpart_id, reason, status, month_key,"
            " first_start_time_us, create_time_us, update_time_us, version)"
            " VALUES ('%s', '%s', 'x', '%s', '家中有事', 3, %d, %d, %d, %d, 1)"
            % (self.site, requester, counterpart, date_key(day) // 100,
               local_us(day, 8), local_us(day, 8), local_us(day, 8)))

    def leave(self, staff, start_us, end_us):
        """Approved annual leave (status 2, type 1) filed at the site."""
        self.statements.append(
            "INSERT INTO leave_applications (staff_id, site_id, type,"
            " start_time_us, end_time_us, reason, status, current_step,"
            " create_time_us, update_time_us, version) VALUES ('%s', '%s', 1,"
            " %d, %d, '年假', 2, -1, %d, %d, 1)" %
            (staff, self.site, start_us, end_us, start_us, start_us))


class ReportApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def noon_site(self, prefix, hours_east_of_noon=0):
        zone, today = noon_zone(hours_east_of_noon)
        site = unique_site_id(prefix)
        self.stubs.directory.CreateSite(
            harness.site_request(site, time_zone=zone), metadata=self.md,
            timeout=DEADLINE)
        return site, today

    def daily(self, site, date="", md=None, stubs=None, timeout=DEADLINE):
        return (stubs or self.stubs).reports.GetDailyDutyReport(
            report_pb2.GetDailyDutyReportRequest(site=site, date=date),
            metadata=md or self.md, timeout=timeout)

    def monthly(self, site, month="", md=None, timeout=DEADLINE):
        return self.stubs.reports.GetMonthlyStatistics(
            report_pb2.GetMonthlyStatisticsRequest(site=site, month=month),
            metadata=md or self.md, timeout=timeout)

    def record_day(self, site, worker):
        """Today's traffic at `site`: 2 repairs by phone (one dispatched),
        a service complaint at the desk, an inquiry by app that is answered
        at once, and a repeat call marked DUPLICATE of the first repair."""
        t = self.stubs.tickets
        repair = self.create(site, kind=Ticket.REPAIR, channel=Ticket.PHONE)
        self.create(site, kind=Ticket.REPAIR, channel=Ticket.PHONE,
                    subject="楼道灯不亮")
        self.create(site, kind=Ticket.COMPLAINT, channel=Ticket.WALK_IN,
                    complaint_class=Ticket.SERVICE, subject="保安态度差")
        inquiry = self.create(site, kind=Ticket.INQUIRY, channel=Ticket.APP,
                              subject="物业费缴费时间")
        repeat = self.create(site, kind=Ticket.REPAIR, channel=Ticket.PHONE)
        t.DispatchTicket(ticket_pb2.DispatchTicketRequest(
            name=repair.name, route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
            assignee="staff/" + worker), metadata=self.md, timeout=DEADLINE)
        t.ResolveTicket(ticket_pb2.ResolveTicketRequest(
            name=inquiry.name, summary="每月5日前"), metadata=self.md,
            timeout=DEADLINE)
        t.MarkTicketDuplicate(ticket_pb2.MarkTicketDuplicateRequest(
            name=repeat.name, duplicate_of=repair.name), metadata=self.md,
            timeout=DEADLINE)
        return repair

    def test_daily_report_counts_the_days_records_once(self):
        site, today = self.noon_site("rd")
        worker = self.new_staff([site])
        self.record_day(site, worker)

        report = self.daily("sites/" + site, today.isoformat())
        scope = report.scope
        self.assertEqual(scope.site, "sites/" + site)
        self.assertEqual(scope.period.start_date, today.isoformat())
        self.assertEqual(scope.period.end_date, today.isoformat())
        self.assertTrue(scope.partial, "today is not over")
        self.assertEqual(scope.definitions_version, "1")
        # Five calls, one of them a repeat of another: four matters.
        r = report.received
        self.assertEqual((r.total, r.repairs, r.complaints, r.inquiries),
                         (4, 2, 1, 1))
        by_channel = {c.channel: c.count for c in report.received_by_channel}
        self.assertEqual(by_channel, {Ticket.PHONE: 2, Ticket.WALK_IN: 1,
                                      Ticket.APP: 1})
        self.assertEqual(report.dispatched, 1)
        self.assertEqual(report.resolved, 1)
        # Still open: the two repairs and the complaint; none is overdue.
        self.assertEqual((report.open_at_end, report.overdue_at_end), (3, 0))
        self.assertTrue(report.night_callbacks_within_1h.no_data)
        # Yesterday (the default date) saw none of it.
        yesterday = self.daily("sites/" + site)
        self.assertEqual(yesterday.scope.period.start_date,
                         (today - datetime.timedelta(days=1)).isoformat())
        self.assertFalse(yesterday.scope.partial)
        self.assertEqual(yesterday.received.total, 0)
        self.assertEqual(yesterday.open_at_end, 0)

    def test_a_past_day_reads_the_same_after_later_changes(self):
        """A second server on the same database, its clock a day ahead:
        the day's report is complete there, and what is done the next day
        (a cancellation, a new call) leaves it as it was [REP-FROM-HISTORY].
        """
        site, today = self.noon_site("rh")
        worker = self.new_staff([site])
        self.record_day(site, worker)
        at_the_time = self.daily("sites/" + site, today.isoformat())

        later = harness.Server(db_url=self.server.db_url,
                               token_file=self.server.token_file,
                               name="frontdeskd-tomorrow-" + self.backend,
                               extra_env={"FRONTDESK_CLOCK_OFFSET": "24h"})
        self.addCleanup(later.cleanup)
        later.start()
        self.addCleanup(later.stop)
        tomorrow = later.stubs()
        before = self.daily("sites/" + site, stubs=tomorrow)  # yesterday there
        self.assertEqual(before.scope.period.start_date, today.isoformat())
        self.assertFalse(before.scope.partial)
        for field in ("received", "received_by_channel", "dispatched",
                      "resolved", "open_at_end", "escalated"):
            self.assertEqual(getattr(before, field),
                             getattr(at_the_time, field), field)

        complaint = [t for t in harness.list_all_tickets(
            tomorrow, self.md, "sites/" + site)
            if t.kind == Ticket.COMPLAINT][0]
        tomorrow.tickets.CancelTicket(ticket_pb2.CancelTicketRequest(
            name=complaint.name, reason="业主撤诉"), metadata=self.md,
            timeout=DEADLINE)
        self.create(site, stubs=tomorrow, kind=Ticket.REPAIR)
        after = self.daily("sites/" + site, stubs=tomorrow)
        after.scope.ClearField("generate_time")
        after.scope.ClearField("data_as_of")
        before.scope.ClearField("generate_time")
        before.scope.ClearField("data_as_of")
        self.assertEqual(after, before)

    def open_items(self, site, checkpoint=0, date="", md=None, stubs=None,
                   timeout=DEADLINE):
        return (stubs or self.stubs).reports.GetOpenItemsList(
            report_pb2.GetOpenItemsListRequest(
                site=site, checkpoint=checkpoint, date=date),
            metadata=md or self.md, timeout=timeout)

    def test_open_items_at_a_checkpoint_as_they_stood_then(self):
        """[REP-OPEN-ITEMS]: the list now, the 11:00 checkpoint (before the
        calls, empty), and, on a server a day ahead, yesterday's 14:30 list
        unchanged by a cancellation today, which today's list reports as
        closed since the previous checkpoint."""
        site, today = self.noon_site("ro")
        worker = self.new_staff([site])
        repair = self.record_day(site, worker)
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        List = report_pb2.OpenItemsList
        now = self.open_items("sites/" + site, md=receptionist)
        self.assertEqual((now.open, now.overdue), (3, 0))
        items = [i for g in now.groups for i in g.items]
        self.assertEqual(sorted(i.kind for i in items),
                         [Ticket.REPAIR, Ticket.REPAIR, Ticket.COMPLAINT])
        self.assertTrue(all(i.novelty == report_pb2.OpenItem.NEW
                            for i in items))
        # The dispatched repair is held by its worker, in the group of
        # tickets no department holds.
        held = [i for i in items if i.ticket == repair.name][0]
        self.assertEqual(held.assignee, "staff/" + worker)
        self.assertEqual(held.department, "")
        self.assertEqual(len(now.closed_since_previous), 0)

        morning = self.open_items("sites/" + site, List.MORNING_1100)
        self.assertEqual(morning.open, 0, "the calls came after 11:00")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.open_items,
                            "sites/" + site, List.AFTERNOON_1430,
                            field="checkpoint", reason="PERIOD_IN_FUTURE")

        later = harness.Server(db_url=self.server.db_url,
                               token_file=self.server.token_file,
                               name="frontdeskd-open-items-" + self.backend,
                               extra_env={"FRONTDESK_CLOCK_OFFSET": "24h"})
        self.addCleanup(later.cleanup)
        later.start()
        self.addCleanup(later.stop)
        tomorrow = later.stubs()
        afternoon = self.open_items("sites/" + site, List.AFTERNOON_1430,
                                    today.isoformat(), stubs=tomorrow)
        self.assertEqual(afternoon.open, 3)
        complaint = [i for g in afternoon.groups for i in g.items
                     if i.kind == Ticket.COMPLAINT][0]
        tomorrow.tickets.CancelTicket(ticket_pb2.CancelTicketRequest(
            name=complaint.ticket, reason="业主撤诉"), metadata=self.md,
            timeout=DEADLINE)
        again = self.open_items("sites/" + site, List.AFTERNOON_1430,
                                today.isoformat(), stubs=tomorrow)
        self.assertEqual(again.groups, afternoon.groups)
        current = self.open_items("sites/" + site, stubs=tomorrow)
        self.assertEqual(current.open, 2)
        self.assertEqual(list(current.closed_since_previous),
                         [complaint.ticket])
        self.assertTrue(all(i.novelty == report_pb2.OpenItem.CARRIED
                            for g in current.groups for i in g.items))

    def quality(self, site, start, end, md=None, timeout=DEADLINE):
        return self.stubs.reports.GetServiceQualityReport(
            report_pb2.GetServiceQualityReportRequest(
                site=site, period=report_pb2.ReportPeriod(
                    start_date=start, end_date=end)),
            metadata=md or self.md, timeout=timeout)

    def test_quality_indicators_of_a_day_of_work(self):
        """A complaint dispatched, worked, resolved and called back; a
        repair dispatched whose worker's arrival is not confirmed; an
        inquiry answered at once and never called back."""
        site, today = self.noon_site("rq")
        worker = self.new_staff([site])
        t = self.stubs.tickets
        complaint = self.create(site, kind=Ticket.COMPLAINT,
                                complaint_class=Ticket.FACILITY,
                                subject="电梯异响")
        repair = self.create(site, kind=Ticket.REPAIR)
        inquiry = self.create(site, kind=Ticket.INQUIRY, subject="停车收费")
        for name in (complaint.name, repair.name):
            t.DispatchTicket(ticket_pb2.DispatchTicketRequest(
                name=name, route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
                assignee="staff/" + worker), metadata=self.md,
                timeout=DEADLINE)
        order = t.ListWorkOrders(ticket_pb2.ListWorkOrdersRequest(
            parent=complaint.name), metadata=self.md,
            timeout=DEADLINE).work_orders[0]
        t.ConfirmArrival(ticket_pb2.ConfirmArrivalRequest(name=order.name),
                         metadata=self.md, timeout=DEADLINE)
        t.CompleteWorkOrder(ticket_pb2.CompleteWorkOrderRequest(
            name=order.name, work_done="紧固导轨", accepted_by_reporter=True),
            metadata=self.md, timeout=DEADLINE)
        for name in (complaint.name, inquiry.name):
            t.ResolveTicket(ticket_pb2.ResolveTicketRequest(
                name=name, summary="已处理"), metadata=self.md,
                timeout=DEADLINE)
        t.RecordCallback(ticket_pb2.RecordCallbackRequest(
            name=complaint.name, result=ticket_pb2.TicketCallback.SATISFIED,
            rating=5), metadata=self.md, timeout=DEADLINE)

        day = today.isoformat()
        q = self.quality("sites/" + site, day, day)
        self.assertEqual(q.scope.definitions_version, "1")
        pairs = {name: (getattr(q, name).numerator,
                        getattr(q, name).denominator) for name in (
            "complaint_answered_24h", "complaint_finished_in_deadline",
            "callback_rate", "satisfaction_rate", "information_timeliness",
            "information_accuracy", "arrival_confirmation_rate")}
        self.assertEqual(pairs, {
            "complaint_answered_24h": (1, 1),
            "complaint_finished_in_deadline": (1, 1),
            "callback_rate": (1, 2),  # the inquiry was never called back
            "satisfaction_rate": (1, 1),
            "information_timeliness": (2, 2),
            "information_accuracy": (2, 2),
            "arrival_confirmation_rate": (1, 2),
        })
        self.assertTrue(q.complaint_answered_24h.met)
        self.assertFalse(q.callback_rate.met)
        self.assertTrue(q.work_orders_on_time.no_data, "nothing promised")
        ratings = {c.category: c.count for c in q.satisfaction.by_rating}
        self.assertEqual(ratings["VERY_SATISFIED"], 1)
        self.assertEqual(q.satisfaction.rated_callbacks, 1)
        # No units in the directory: the per-household rate has no data;
        # per ticket received it is 1 complaint in 3.
        self.assertTrue(q.effective_complaint_rate.no_data)
        self.stubs.reports.UpdateReportSettings(
            report_pb2.UpdateReportSettingsRequest(
                report_settings=report_pb2.ReportSettings(
                    name="sites/%s/reportSettings" % site,
                    effective_complaint_basis=report_pb2.ReportSettings.TICKETS),
                update_mask=field_mask_pb2.FieldMask(
                    paths=["effective_complaint_basis"])),
            metadata=self.md, timeout=DEADLINE)
        rate = self.quality("sites/" + site, day, day).effective_complaint_rate
        self.assertEqual((rate.numerator, rate.denominator), (1, 3))
        self.assertFalse(rate.met)
        self.assertEqual(len(q.days), 1)
        self.assertEqual(q.days[0].resolved, 2)

        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.quality,
                            "sites/" + site, day, day, md=receptionist)
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.quality,
                            "sites/" + site, day, "2020-01-01",
                            field="period.start_date",
                            reason="PERIOD_REVERSED")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.quality,
                            "sites/" + site, "2020-01-01", day,
                            field="period", reason="PERIOD_TOO_LONG")

    def test_monthly_statistics_and_the_all_sites_roll_up(self):
        east, today_east = self.noon_site("me", hours_east_of_noon=1)
        west, today_west = self.noon_site("mw", hours_east_of_noon=-1)
        worker = self.new_staff([east, west])
        self.record_day(east, worker)
        self.record_day(west, worker)
        self.create(west, kind=Ticket.COMPLAINT, channel=Ticket.PHONE,
                    complaint_class=Ticket.FACILITY, subject="电梯异响")

        one = self.monthly("sites/" + west, today_west.strftime("%Y-%m"))
        self.assertEqual(one.month, today_west.strftime("%Y-%m"))
        self.assertEqual(one.received.total, 5)
        routes = {c.category: c.count for c in one.repairs_by_route}
        self.assertEqual(set(routes), {"OWN_MAINTENANCE", "DEVELOPER_WARRANTY",
                                       "EXTERNAL_VENDOR", "COORDINATION",
                                       "UNROUTED"})
        # The dispatched repair is routed; the other is not yet.
        self.assertEqual((routes["OWN_MAINTENANCE"], routes["UNROUTED"]),
                         (1, 1))
        classes = {c.category: c.count for c in one.complaints_by_class}
        self.assertEqual(classes, {"SERVICE": 1, "FACILITY": 1})
        self.assertEqual(one.resolved, 1)
        self.assertEqual(one.previous_month.total, 0)
        # One entry per day of the month so far; today's holds the calls.
        self.assertEqual(len(one.days), today_west.day)
        self.assertEqual(one.days[-1].date, today_west.isoformat())
        self.assertEqual(one.days[-1].received.total, 5)
        self.assertEqual(sum(d.received.total for d in one.days), 5)
        self.assertEqual(one.days[-1].resolved, 1)
        self.assertEqual(one.days[-1].resolved_in_deadline.numerator, 1)

        # A supervisor of both sites sees both under "sites/-", and the
        # totals are the sums of the sites.
        supervisor = self.token_of(
            self.new_staff([east, west], roles=(Role.SUPERVISOR,)))
        month = min(today_east, today_west).strftime("%Y-%m")
        everything = self.monthly("sites/-", month, md=supervisor)
        self.assertEqual(everything.scope.site, "sites/-")
        self.assertEqual([s.scope.site for s in everything.by_site],
                         sorted(["sites/" + east, "sites/" + west]))
        self.assertEqual(everything.received.total,
                         sum(s.received.total for s in everything.by_site))
        self.assertEqual(everything.received.total, 9)
        self.assertEqual(everything.resolved, 2)
        for category in everything.repairs_by_route:
            self.assertEqual(category.count, sum(
                c.count for s in everything.by_site
                for c in s.repairs_by_route
                if c.category == category.category))

    def test_bad_input_names_the_field_and_the_rule(self):
        site, today = self.noon_site("rb")
        tomorrow = (today + datetime.timedelta(days=1)).isoformat()
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.daily,
                            "sites/" + site, tomorrow, field="date",
                            reason="PERIOD_IN_FUTURE")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.daily,
                            "sites/" + site, "2026-02-30", field="date")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.monthly,
                            "sites/" + site, "2026-13", field="month")
        next_month = (today.replace(day=1) +
                      datetime.timedelta(days=32)).strftime("%Y-%m")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.monthly,
                            "sites/" + site, next_month, field="month",
                            reason="PERIOD_IN_FUTURE")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.daily,
                            site, field="site")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.daily,
                            "sites/" + unique_site_id("nx"),
                            reason="SITE_NOT_FOUND")
        # The server carries on serving.
        self.assertEqual(self.daily("sites/" + site).received.total, 0)

    def test_who_may_read_which_report(self):
        site, _ = self.noon_site("rw")
        other, _ = self.noon_site("rwo")
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        job = self.token_of(self.new_staff([site], roles=(Role.REPORT_JOB,)))
        elsewhere = self.token_of(
            self.new_staff([other], roles=(Role.SUPERVISOR,)))
        self.daily("sites/" + site, md=receptionist)
        self.daily("sites/" + site, md=job)
        self.monthly("sites/" + site, md=job)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.monthly,
                            "sites/" + site, md=receptionist)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.daily,
                            "sites/" + site, md=elsewhere)
        # "sites/-" is narrowed to the caller's own sites.
        mine = self.monthly("sites/-", md=elsewhere)
        self.assertEqual([s.scope.site for s in mine.by_site],
                         ["sites/" + other])

    def staff_report(self, site, start, end, staff=(), md=None,
                     timeout=DEADLINE):
        return self.stubs.reports.GetStaffReport(
            report_pb2.GetStaffReportRequest(
                site=site, staff=list(staff), period=report_pb2.ReportPeriod(
                    start_date=start, end_date=end)),
            metadata=md or self.md, timeout=timeout)

    def test_staff_report_of_two_people(self):
        """Two receptionists over the last 15 days of a Shanghai site: A
        late once, late for the handover once, leaving early once, absent
        once, a clock-out corrected, a duty swapped to B; B on a swapped-in
        duty, one with no clock-out, today's not yet over, a duty on leave
        and a half-month leave crossing the period's start. Today A records
        two tickets and dispatches one to a maintenance worker W, B records
        one and calls the repaired one back unsatisfied (rework for W).
        Every figure is hand-computed [REP-STAFF-WORKLOAD]
        [REP-STAFF-ATTENDANCE]."""
        site = unique_site_id("sr")
        self.stubs.directory.CreateSite(
            harness.site_request(site, time_zone="Asia/Shanghai"),
            metadata=self.md, timeout=DEADLINE)
        today = datetime.datetime.now(SHANGHAI).date()

        def day(n):
            return today - datetime.timedelta(days=n)

        a = self.new_staff([site], roles=(Role.RECEPTIONIST,), prefix="sa",
                           display_name="王丽")
        b = self.new_staff([site], roles=(Role.RECEPTIONIST,), prefix="sb",
                           display_name="陈洁")
        w = self.new_staff([site], prefix="sw", display_name="李强")
        r = Roster(site)
        # A. 08:07 in, 20:30 out: late, 30 minutes' overtime, 12h23m.
        r.duty(a, day(10))
        r.punches(a, day(10), local_us(day(10), 8, 7), local_us(day(10), 20, 30))
        # 07:57 in (after 07:55, the handover lead), 19:00 out: 11h03m.
        r.duty(a, day(9))
        r.punches(a, day(9), local_us(day(9), 7, 57), local_us(day(9), 19))
        # No punch at all, long final: absent.
        r.duty(a, day(8), status=8)
        # 07:50 in, the 20:00 clock-out put in by an approved correction.
        r.duty(a, day(7), status=4)
        r.punches(a, day(7), local_us(day(7), 7, 50), local_us(day(7), 20),
                  out_source=4)
        r.correction(a, day(7), local_us(day(7), 20))
        # Swapped to B: excused, not scheduled; one swap for each.
        r.swap(a, b, day(6))
        r.duty(a, day(6), status=5, held=False, swap=True)
        r.duty(b, day(6), status=4, origin=2, swap=True)
        r.punches(b, day(6), local_us(day(6), 7, 54), local_us(day(6), 20))
        # Cancelled: nothing. Before the period: not counted.
        r.duty(a, day(4), status=7, held=False)
        r.duty(a, day(20))
        r.punches(a, day(20), local_us(day(20), 9), local_us(day(20), 17))
        # B. 08:00:30 in is not late (whole minutes) but late for the
        # handover; no clock-out, final: a missed clock-out.
        r.duty(b, day(5), status=2)
        r.punches(b, day(5), local_us(day(5), 8, 0, 30))
        # Today's duty has not ended: nothing is missing yet.
        now_us = int(datetime.datetime.now().timestamp()) * SECOND
        r.duty(b, today, start_us=now_us - 3600 * SECOND,
               end_us=now_us + 11 * 3600 * SECOND)
        # On leave: excused. The leave runs from day 29 to noon of day 12:
        # in the period days 14 and 13 whole, day 12 half: 2.5 days.
        r.duty(b, day(13), status=6, held=False)
        r.leave(b, local_us(day(29), 0), local_us(day(12), 12))
        run_sql(self.server.db_url, r.statements)

        t = self.stubs.tickets
        a_md, b_md = self.token_of(a), self.token_of(b)
        repair = self.create(site, md=a_md, kind=Ticket.REPAIR)
        self.create(site, md=a_md, kind=Ticket.INQUIRY, subject="停车收费")
        self.create(site, md=b_md, kind=Ticket.COMPLAINT,
                    complaint_class=Ticket.SERVICE, subject="保安态度差")
        t.DispatchTicket(ticket_pb2.DispatchTicketRequest(
            name=repair.name, route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
            assignee="staff/" + w), metadata=a_md, timeout=DEADLINE)
        order = t.ListWorkOrders(ticket_pb2.ListWorkOrdersRequest(
            parent=repair.name), metadata=self.md,
            timeout=DEADLINE).work_orders[0]
        t.CompleteWorkOrder(ticket_pb2.CompleteWorkOrderRequest(
            name=order.name, work_done="更换阀门", accepted_by_reporter=True),
            metadata=self.md, timeout=DEADLINE)
        t.ResolveTicket(ticket_pb2.ResolveTicketRequest(
            name=repair.name, summary="已修复"), metadata=self.md,
            timeout=DEADLINE)
        t.RecordCallback(ticket_pb2.RecordCallbackRequest(
            name=repair.name, result=ticket_pb2.TicketCallback.UNSATISFIED,
            rating=2, comment="仍然漏水"), metadata=b_md, timeout=DEADLINE)

        supervisor = self.token_of(
            self.new_staff([site], roles=(Role.SUPERVISOR,)))
        start, end = day(14).isoformat(), today.isoformat()
        report = self.staff_report("sites/" + site, start, end,
                                   md=supervisor)
        self.assertEqual(report.scope.period.start_date, start)
        self.assertTrue(report.scope.partial)
        self.assertEqual(report.scope.definitions_version, "1")
        # By display name: 李强 (W), 王丽 (A), 陈洁 (B).
        self.assertEqual([row.staff for row in report.rows],
                         ["staff/" + w, "staff/" + a, "staff/" + b])
        self.assertEqual(report.rows[1].display_name, "王丽")
        self.assertEqual(list(report.rows[1].roles), [Role.RECEPTIONIST])
        columns = ("tickets_recorded", "dispatches_made", "callbacks_made",
                   "work_orders_finished", "work_orders_reworked",
                   "visits_registered", "key_transactions",
                   "handovers_written", "scheduled_shifts", "worked_shifts",
                   "late_count", "handover_arrival_late_count",
                   "early_leave_count", "absence_count", "missed_clock_count",
                   "correction_count", "swap_count", "overtime_minutes")

        def figures(row):
            out = {c: getattr(row, c) for c in columns if getattr(row, c)}
            if row.worked_time.seconds:
                out["worked_s"] = row.worked_time.seconds
            if row.leave_days:
                out["leave_days"] = row.leave_days
            return out

        self.assertEqual(figures(report.rows[0]), {
            "work_orders_finished": 1, "work_orders_reworked": 1})
        a_figures = {
            "tickets_recorded": 2, "dispatches_made": 1,
            "scheduled_shifts": 4, "worked_shifts": 3,
            "worked_s": (12 * 60 + 23 + 11 * 60 + 3 + 12 * 60 + 10) * 60,
            "late_count": 1, "handover_arrival_late_count": 1,
            "early_leave_count": 1, "absence_count": 1,
            "correction_count": 1, "swap_count": 1, "overtime_minutes": 30}
        self.assertEqual(figures(report.rows[1]), a_figures)
        b_figures = {
            "tickets_recorded": 1, "callbacks_made": 1,
            "scheduled_shifts": 3, "worked_shifts": 1,
            "worked_s": (12 * 60 + 6) * 60,
            "handover_arrival_late_count": 1, "missed_clock_count": 1,
            "swap_count": 1, "leave_days": 2.5}
        self.assertEqual(figures(report.rows[2]), b_figures)
        self.assertEqual(figures(report.totals), {
            "tickets_recorded": 3, "dispatches_made": 1, "callbacks_made": 1,
            "work_orders_finished": 1, "work_orders_reworked": 1,
            "scheduled_shifts": 7, "worked_shifts": 4,
            "worked_s": a_figures["worked_s"] + b_figures["worked_s"],
            "late_count": 1, "handover_arrival_late_count": 2,
            "early_leave_count": 1, "absence_count": 1,
            "missed_clock_count": 1, "correction_count": 1, "swap_count": 2,
            "overtime_minutes": 30, "leave_days": 2.5})
        self.assertEqual(report.totals.staff, "")

        # Only B; and the same under "sites/-", the supervisor's one site.
        only_b = self.staff_report("sites/" + site, start, end,
                                   staff=["staff/" + b], md=supervisor)
        self.assertEqual([row.staff for row in only_b.rows], ["staff/" + b])
        self.assertEqual(figures(only_b.totals), b_figures)
        everywhere = self.staff_report("sites/-", start, end, md=supervisor)
        self.assertEqual([s.scope.site for s in everywhere.by_site],
                         ["sites/" + site])
        self.assertEqual(list(everywhere.rows), list(report.rows))
        self.assertEqual(everywhere.totals, report.totals)
        # A period that ends before A's day 10 sees only day 20's duty.
        early = self.staff_report("sites/" + site, day(25).isoformat(),
                                  day(15).isoformat(), md=supervisor)
        self.assertEqual([row.staff for row in early.rows], ["staff/" + a,
                                                             "staff/" + b])
        self.assertEqual(figures(early.rows[0]), {
            "scheduled_shifts": 1, "worked_shifts": 1,
            "worked_s": 8 * 3600, "late_count": 1, "early_leave_count": 1})
        # B's leave: day 25 .. day 15 whole, 11 days.
        self.assertEqual(figures(early.rows[1]), {"leave_days": 11.0})

    def test_staff_report_bad_input_and_who_reads_it(self):
        site, today = self.noon_site("sx")
        day = today.isoformat()
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            self.staff_report, "sites/" + site, day, day,
                            staff=["wang.li"], field="staff")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            self.staff_report, "sites/" + site, day, day,
                            staff=["staff/p%d" % i for i in range(101)],
                            field="staff")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            self.staff_report, "sites/" + site, "2020-01-01",
                            day, field="period", reason="PERIOD_TOO_LONG")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            self.staff_report, "sites/" + site, "", day,
                            field="period.start_date")
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            self.staff_report, "sites/" + site, day, day,
                            md=receptionist)
        job = self.token_of(self.new_staff([site], roles=(Role.REPORT_JOB,)))
        empty = self.staff_report("sites/" + site, day, day, md=job)
        self.assertEqual(list(empty.rows), [])
        self.assertEqual(empty.totals.scheduled_shifts, 0)

    def test_settings_default_until_the_supervisor_saves_them(self):
        site, _ = self.noon_site("rs")
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        supervisor = self.token_of(
            self.new_staff([site], roles=(Role.SUPERVISOR,)))
        r = self.stubs.reports
        name = "sites/%s/reportSettings" % site
        settings = r.GetReportSettings(
            report_pb2.GetReportSettingsRequest(name=name),
            metadata=receptionist, timeout=DEADLINE)
        self.assertTrue(settings.is_default)
        self.assertEqual(settings.complaint_deadline.seconds, 72 * 3600)
        self.assertEqual(settings.dispatch_limit_normal.seconds, 30 * 60)
        self.assertEqual(settings.dispatch_limit_urgent.seconds, 10 * 60)
        self.assertEqual(settings.effective_complaint_basis,
                         report_pb2.ReportSettings.UNITS)

        settings.complaint_deadline.seconds = 7 * 24 * 3600
        update = report_pb2.UpdateReportSettingsRequest(
            report_settings=settings,
            update_mask=field_mask_pb2.FieldMask(paths=["complaint_deadline"]))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            r.UpdateReportSettings, update,
                            metadata=receptionist)
        saved = r.UpdateReportSettings(update, metadata=supervisor,
                                       timeout=DEADLINE)
        self.assertFalse(saved.is_default)
        self.assertEqual(saved.complaint_deadline.seconds, 7 * 24 * 3600)
        self.assertEqual(saved.dispatch_limit_normal.seconds, 30 * 60)
        self.assertEqual(saved.etag, "1")
        # A stale etag, and a value beyond its limit, are refused.
        stale = report_pb2.UpdateReportSettingsRequest()
        stale.CopyFrom(update)
        stale.report_settings.etag = "7"
        self.assertRpcError(grpc.StatusCode.ABORTED, r.UpdateReportSettings,
                            stale, metadata=supervisor, reason="ETAG_MISMATCH")
        bad = report_pb2.UpdateReportSettingsRequest()
        bad.CopyFrom(update)
        bad.report_settings.complaint_deadline.seconds = 60
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            r.UpdateReportSettings, bad, metadata=supervisor,
                            field="report_settings.complaint_deadline")
        self.assertEqual(r.GetReportSettings(
            report_pb2.GetReportSettingsRequest(name=name),
            metadata=receptionist, timeout=DEADLINE), saved)


backend_cases(ReportApiTests, globals())

if __name__ == "__main__":
    unittest.main()
