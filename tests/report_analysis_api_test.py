#!/usr/bin/python3
"""gRPC-level tests of the weekly summary [REP-WEEKLY-TRANSFERS] and the
complaint analysis [REP-COMPLAINT-ANALYSIS] against the real binary, on
SQLite and on MariaDB, from the history of tickets the test makes: slips per
department (finished, open, overdue, carried over from an earlier week,
reworked, superseded), and complaints by outcome, class and department
found responsible, renegotiated, reopened twice, escalated, on a repeat unit.

Sites get a zone where it is now about noon (report_api_test.noon_zone); a
second server with its clock a week behind records what happened "last
week", and one a day ahead reads the week as it stands later.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \\
      tests/with_mariadb.sh /usr/bin/python3 tests/report_analysis_api_test.py
"""

import datetime
import unittest
import zoneinfo

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2

from frontdesk.v1 import report_service_pb2 as report_pb2
from frontdesk.v1 import roster_service_pb2 as roster_pb2
from google.protobuf import duration_pb2, timestamp_pb2

from api_support import ApiTestBase, backend_cases, unique_site_id
from report_api_test import noon_zone

Role = directory_pb2.StaffMember
Ticket = ticket_pb2.Ticket
Callback = ticket_pb2.TicketCallback


SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
DUTY_DAY = datetime.date(2026, 11, 24)


def offset_to(local_time):
    """FRONTDESK_CLOCK_OFFSET that puts a server's clock at `local_time`
    (naive, Shanghai)."""
    target = local_time.replace(tzinfo=SHANGHAI)
    now = datetime.datetime.now(datetime.timezone.utc)
    return "%ds" % int((target - now).total_seconds())


def in_hours(hours):
    t = timestamp_pb2.Timestamp()
    t.FromDatetime(datetime.datetime.now(datetime.timezone.utc) +
                   datetime.timedelta(hours=hours))
    return t


class ReportAnalysisApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def setUp(self):
        zone, self.today = noon_zone()
        self.site = unique_site_id("ra")
        self.stubs.directory.CreateSite(
            harness.site_request(self.site, time_zone=zone), metadata=self.md,
            timeout=DEADLINE)
        self.head = self.new_staff([self.site])
        self.worker = self.new_staff([self.site])
        self.stubs.directory.CreateDepartment(
            directory_pb2.CreateDepartmentRequest(
                parent="sites/" + self.site, department_id="eng",
                department=directory_pb2.Department(
                    display_name="工程部",
                    kind=directory_pb2.Department.MAINTENANCE,
                    head="staff/" + self.head)),
            metadata=self.md, timeout=DEADLINE)
        self.eng = "sites/%s/departments/eng" % self.site
        self.vendor = "vendors/" + unique_site_id("rav")
        self.stubs.directory.CreateVendor(
            directory_pb2.CreateVendorRequest(
                vendor_id=self.vendor.split("/")[1],
                vendor=directory_pb2.Vendor(
                    display_name="迅达电梯", trade=directory_pb2.Vendor.ELEVATOR,
                    contact_name="陈工", phone="13900139000",
                    response_deadline=duration_pb2.Duration(seconds=48 * 3600),
                    sites=["sites/" + self.site])),
            metadata=self.md, timeout=DEADLINE)

    # --- helpers -----------------------------------------------------------

    def dispatch(self, name, assignee, route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
                 promised=None, stubs=None):
        (stubs or self.stubs).tickets.DispatchTicket(
            ticket_pb2.DispatchTicketRequest(
                name=name, route=route, assignee=assignee,
                promised_time=promised),
            metadata=self.md, timeout=DEADLINE)

    def orders(self, name):
        return self.stubs.tickets.ListWorkOrders(
            ticket_pb2.ListWorkOrdersRequest(parent=name), metadata=self.md,
            timeout=DEADLINE).work_orders

    def complete_last_order(self, name):
        self.stubs.tickets.CompleteWorkOrder(
            ticket_pb2.CompleteWorkOrderRequest(
                name=self.orders(name)[-1].name, work_done="已修复",
                accepted_by_reporter=True),
            metadata=self.md, timeout=DEADLINE)

    def resolve(self, name):
        self.stubs.tickets.ResolveTicket(ticket_pb2.ResolveTicketRequest(
            name=name, summary="已处理"), metadata=self.md, timeout=DEADLINE)

    def server_with_offset(self, offset, label):
        other = harness.Server(db_url=self.server.db_url,
                               token_file=self.server.token_file,
                               name="frontdeskd-%s-%s" % (label, self.backend),
                               extra_env={"FRONTDESK_CLOCK_OFFSET": offset})
        self.addCleanup(other.cleanup)
        other.start()
        self.addCleanup(other.stop)
        return other.stubs()

    def weekly(self, site, date="", md=None, stubs=None, timeout=DEADLINE):
        return (stubs or self.stubs).reports.GetWeeklySummary(
            report_pb2.GetWeeklySummaryRequest(site=site, date=date),
            metadata=md or self.md, timeout=timeout)

    def complaints(self, site, start, end, md=None, timeout=DEADLINE):
        return self.stubs.reports.GetComplaintAnalysis(
            report_pb2.GetComplaintAnalysisRequest(
                site=site, period=report_pb2.ReportPeriod(
                    start_date=start, end_date=end)),
            metadata=md or self.md, timeout=timeout)

    # --- the weekly summary --------------------------------------------------

    def test_weekly_slips_per_department(self):
        # Last week (a server a week behind): a slip to the engineering
        # department, still open.
        last_week = self.server_with_offset("-168h", "last-week")
        old = self.create(self.site, stubs=last_week)
        self.dispatch(old.name, self.eng, stubs=last_week)
        # This week: R1 to engineering with a promise, finished in time,
        # resolved, and called back unsatisfied (a rework order to
        # engineering); R2 to engineering, promised within the hour, open;
        # R3 to a worker, then redirected to a vendor.
        r1 = self.create(self.site)
        self.dispatch(r1.name, self.eng, promised=in_hours(2))
        self.complete_last_order(r1.name)
        self.resolve(r1.name)
        self.stubs.tickets.RecordCallback(ticket_pb2.RecordCallbackRequest(
            name=r1.name, result=Callback.UNSATISFIED, rating=2,
            comment="还在漏水"), metadata=self.md, timeout=DEADLINE)
        r2 = self.create(self.site, subject="楼道灯不亮")
        self.dispatch(r2.name, self.eng, promised=in_hours(1))
        r3 = self.create(self.site, subject="电梯异响")
        self.dispatch(r3.name, "staff/" + self.worker)
        self.dispatch(r3.name, self.vendor,
                      route=ticket_pb2.REPAIR_ROUTE_EXTERNAL_VENDOR)

        # Read a day later: R2's and the rework order's promises are past.
        later = self.server_with_offset("24h", "next-day")
        week = self.weekly("sites/" + self.site, self.today.isoformat(),
                           stubs=later)
        # Monday to Sunday, or to the day it is there when the week is
        # not over.
        monday = self.today - datetime.timedelta(days=self.today.weekday())
        last = min(monday + datetime.timedelta(days=6),
                   self.today + datetime.timedelta(days=1))
        self.assertEqual(week.scope.period.start_date, monday.isoformat())
        self.assertEqual(week.scope.period.end_date, last.isoformat())
        self.assertEqual(len(week.days), (last - monday).days + 1)
        self.assertEqual(week.received.total, 3)
        self.assertEqual(week.resolved, 1)
        # R1 (reopened by the callback), R2, R3 and last week's ticket.
        self.assertEqual(week.open_at_end, 4)
        lines = {d.department: d for d in week.departments}
        self.assertEqual(list(lines),
                         [self.eng, "", self.vendor])  # issued descending
        eng = lines[self.eng]
        self.assertEqual(eng.display_name, "工程部")
        self.assertEqual(
            (eng.issued, eng.finished, eng.open, eng.overdue,
             eng.carried_over, eng.reworked), (3, 1, 2, 2, 1, 1))
        self.assertEqual((eng.on_time.numerator, eng.on_time.denominator),
                         (1, 1))
        direct = lines[""]
        self.assertEqual((direct.issued, direct.finished, direct.open),
                         (1, 0, 0), "superseded by the vendor's slip")
        self.assertEqual(lines[self.vendor].display_name, "迅达电梯")
        self.assertEqual((lines[self.vendor].issued, lines[self.vendor].open),
                         (1, 1))
        self.assertEqual((week.callback_rate.numerator,
                          week.callback_rate.denominator), (1, 1))
        self.assertEqual(week.information_timeliness.denominator, 5)
        self.assertTrue(week.complaint_answered_24h.no_data)

        # Asked of last week, the old slip is issued there and open.
        previous = self.weekly(
            "sites/" + self.site,
            (self.today - datetime.timedelta(days=7)).isoformat(), stubs=later)
        old_lines = {d.department: d for d in previous.departments}
        self.assertEqual((old_lines[self.eng].issued, old_lines[self.eng].open),
                         (1, 1))

        # The company-wide week is the sum of its sites.
        everything = self.weekly("sites/-", self.today.isoformat(),
                                 stubs=later)
        mine = [s for s in everything.by_site
                if s.scope.site == "sites/" + self.site]
        self.assertEqual(len(mine), 1)
        self.assertEqual(everything.received.total,
                         sum(s.received.total for s in everything.by_site))
        total_eng = [d for d in everything.departments
                     if d.department == self.eng][0]
        self.assertEqual(total_eng.issued, 3)

        receptionist = self.token_of(
            self.new_staff([self.site], roles=(Role.RECEPTIONIST,)))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.weekly,
                            "sites/" + self.site, md=receptionist)
        next_week = (self.today + datetime.timedelta(days=7)).isoformat()
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.weekly,
                            "sites/" + self.site, next_week, field="date",
                            reason="PERIOD_IN_FUTURE")

    # --- the daily report's shifts and night callbacks ---------------------

    def test_daily_shifts_and_night_callbacks(self):
        """2026-11-24 at a Shanghai site, on servers whose clocks are set to
        that day: the supervisor plans the default day (08:00) and night
        (20:00) shifts at 07:30; at 10:00 the day receptionist clocks in
        late and two repairs are resolved, one called back at once; the
        next morning the day's report shows both shifts and one of the two
        repairs called back by 21:00 [T-NIGHT-CALLBACK-HOUR]."""
        site = unique_site_id("rn")
        self.stubs.directory.CreateSite(
            harness.site_request(site, time_zone="Asia/Shanghai"),
            metadata=self.md, timeout=DEADLINE)
        supervisor = self.token_of(
            self.new_staff([site], roles=(Role.SUPERVISOR,)))
        day_staff = self.new_staff([site], roles=(Role.RECEPTIONIST,))
        night_staff = self.new_staff([site], roles=(Role.RECEPTIONIST,))
        key = DUTY_DAY.strftime("%Y%m%d")
        morning = self.server_with_offset(
            offset_to(datetime.datetime(2026, 11, 24, 7, 30)), "morning")
        for shift, staff in (("day", day_staff), ("night", night_staff)):
            morning.roster.CreateDutyAssignment(
                roster_pb2.CreateDutyAssignmentRequest(
                    parent="sites/%s/shifts/%s-%s" % (site, key, shift),
                    duty_assignment=roster_pb2.DutyAssignment(
                        staff="staff/" + staff,
                        origin=roster_pb2.DutyAssignment.PLANNED)),
                metadata=supervisor, timeout=DEADLINE)

        ten = self.server_with_offset(
            offset_to(datetime.datetime(2026, 11, 24, 10, 0)), "ten")
        ten.roster.ClockIn(roster_pb2.ClockInRequest(site="sites/" + site),
                           metadata=self.token_of(day_staff),
                           timeout=DEADLINE)
        repairs = []
        for subject in ("厨房水管漏水", "楼道灯不亮"):
            repair = self.create(site, stubs=ten, subject=subject)
            ten.tickets.DispatchTicket(ticket_pb2.DispatchTicketRequest(
                name=repair.name,
                route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
                assignee="staff/" + self.worker), metadata=self.md,
                timeout=DEADLINE)
            order = ten.tickets.ListWorkOrders(ticket_pb2.ListWorkOrdersRequest(
                parent=repair.name), metadata=self.md,
                timeout=DEADLINE).work_orders[0]
            ten.tickets.CompleteWorkOrder(ticket_pb2.CompleteWorkOrderRequest(
                name=order.name, work_done="已修复", accepted_by_reporter=True),
                metadata=self.md, timeout=DEADLINE)
            ten.tickets.ResolveTicket(ticket_pb2.ResolveTicketRequest(
                name=repair.name, summary="已处理"), metadata=self.md,
                timeout=DEADLINE)
            repairs.append(repair)
        ten.tickets.RecordCallback(ticket_pb2.RecordCallbackRequest(
            name=repairs[0].name, result=Callback.SATISFIED, rating=5),
            metadata=self.md, timeout=DEADLINE)

        # During the day the hour has not come: the one called back is
        # judged, the other not yet.
        today = self.daily(site, stubs=ten, date=DUTY_DAY.isoformat())
        self.assertEqual((today.night_callbacks_within_1h.numerator,
                          today.night_callbacks_within_1h.denominator), (1, 1))

        next_morning = self.server_with_offset(
            offset_to(datetime.datetime(2026, 11, 25, 9, 0)), "next-morning")
        report = self.daily(site, stubs=next_morning)
        self.assertEqual(report.scope.period.start_date, DUTY_DAY.isoformat())
        night = report.night_callbacks_within_1h
        self.assertEqual((night.numerator, night.denominator), (1, 2))
        self.assertFalse(night.met)
        shifts = {s.shift.rsplit("-", 1)[1]: s for s in report.shifts}
        self.assertEqual(sorted(shifts), ["day", "night"])
        day = shifts["day"]
        self.assertEqual(day.shift, "sites/%s/shifts/%s-day" % (site, key))
        self.assertEqual(list(day.staff), ["staff/" + day_staff])
        # Late at 10:00, and never clocked out (final 4 h after 20:00).
        self.assertEqual(day.attendance_irregularities, 2)
        self.assertEqual(day.handover_status, 0, "no handover was begun")
        self.assertEqual(list(shifts["night"].staff), [],
                         "the night receptionist never clocked in")
        self.assertEqual(shifts["night"].attendance_irregularities, 0,
                         "not final until 12:00")
        quality = next_morning.reports.GetServiceQualityReport(
            report_pb2.GetServiceQualityReportRequest(
                site="sites/" + site, period=report_pb2.ReportPeriod(
                    start_date="2026-11-23", end_date="2026-11-24")),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual((quality.night_callbacks_within_1h.numerator,
                          quality.night_callbacks_within_1h.denominator),
                         (1, 2))

    def daily(self, site, stubs, date=""):
        """The daily duty report; by default of the site's yesterday."""
        return stubs.reports.GetDailyDutyReport(
            report_pb2.GetDailyDutyReportRequest(site="sites/" + site,
                                                 date=date),
            metadata=self.md, timeout=DEADLINE)

    # --- the complaint analysis ------------------------------------------------

    def test_complaint_analysis_of_a_day(self):
        t = self.stubs.tickets
        unit = self.stubs.directory.CreateUnit(directory_pb2.CreateUnitRequest(
            parent="sites/" + self.site, unit=directory_pb2.Unit(
                building="3", entrance="2", room="501")),
            metadata=self.md, timeout=DEADLINE).name

        def complaint(subject, klass=Ticket.SERVICE, **kw):
            return self.create(self.site, kind=Ticket.COMPLAINT,
                               complaint_class=klass, subject=subject, **kw)

        # C1: dispatched to engineering, which agrees a plan; the promise
        # is renegotiated; finished, reopened, finished, reopened again.
        c1 = complaint("维修后仍漏水", reporter_unit=unit)
        self.dispatch(c1.name, self.eng)
        t.AgreeTicketPlan(ticket_pb2.AgreeTicketPlanRequest(
            name=c1.name, department=self.eng, plan="更换立管,上门致歉"),
            metadata=self.token_of(self.new_staff(
                [self.site], roles=(Role.SUPERVISOR,))), timeout=DEADLINE)
        t.ChangePromise(ticket_pb2.ChangePromiseRequest(
            name=c1.name, promised_time=in_hours(48), reason="需订购配件"),
            metadata=self.md, timeout=DEADLINE)
        self.complete_last_order(c1.name)
        for _ in range(2):
            self.resolve(c1.name)
            t.ReopenTicket(ticket_pb2.ReopenTicketRequest(
                name=c1.name, reason="业主反映仍有问题"), metadata=self.md,
                timeout=DEADLINE)
        # C2: a facility complaint of the same unit, dispatched to a worker
        # and resolved.
        c2 = complaint("电梯经常停运", Ticket.FACILITY, reporter_unit=unit)
        self.dispatch(c2.name, "staff/" + self.worker)
        self.complete_last_order(c2.name)
        self.resolve(c2.name)
        # C3: the same unit again, judged unfounded.
        c3 = complaint("邻居装修噪音", reporter_unit=unit)
        t.MarkTicketUnfounded(ticket_pb2.MarkTicketUnfoundedRequest(
            name=c3.name, finding="装修在允许时段内"), metadata=self.md,
            timeout=DEADLINE)
        # C4: escalated to the site manager, still open; C5 withdrawn; C6
        # a repeat of C4. Neither C5 nor C6 counts.
        c4 = complaint("保安态度差")
        t.EscalateTicket(ticket_pb2.EscalateTicketRequest(
            name=c4.name, level=ticket_pb2.ESCALATION_LEVEL_MANAGER,
            reason="业主要求主任处理"), metadata=self.md, timeout=DEADLINE)
        c5 = complaint("垃圾未清运", reporter_unit=unit)
        t.CancelTicket(ticket_pb2.CancelTicketRequest(
            name=c5.name, reason="业主撤诉"), metadata=self.md,
            timeout=DEADLINE)
        c6 = complaint("保安态度差")
        t.MarkTicketDuplicate(ticket_pb2.MarkTicketDuplicateRequest(
            name=c6.name, duplicate_of=c4.name), metadata=self.md,
            timeout=DEADLINE)

        day = self.today.isoformat()
        a = self.complaints("sites/" + self.site, day, day)
        self.assertEqual(a.scope.definitions_version, "1")
        self.assertEqual(a.complaints, 4)
        self.assertEqual((a.founded, a.unfounded, a.open), (1, 1, 2))
        self.assertEqual({c.category: c.count for c in a.by_class},
                         {"SERVICE": 3, "FACILITY": 1})
        self.assertEqual([(d.category, d.display_name, d.count)
                          for d in a.by_responsible_department],
                         [(self.eng, "工程部", 1)])
        self.assertEqual((a.answered_24h.numerator, a.answered_24h.denominator),
                         (3, 3), "C4 is neither answered nor 24 h old")
        self.assertEqual((a.finished_in_deadline.numerator,
                          a.finished_in_deadline.denominator), (3, 3))
        self.assertEqual((a.renegotiated, a.finished_by_renegotiated_time),
                         (1, 1))
        self.assertEqual((a.reopened, a.reopen_cycles), (1, 2))
        self.assertEqual([(u.category, u.count) for u in a.repeat_units],
                         [(unit, 3)])
        self.assertEqual(list(a.notable_tickets), [c1.name, c4.name])
        self.assertEqual(a.previous_period_effective, 0)
        self.assertGreater(a.median_time_to_answer.ToTimedelta(),
                           datetime.timedelta(0))

        # The company-wide analysis adds the sites up.
        everything = self.complaints("sites/-", day, day)
        self.assertEqual(everything.complaints,
                         sum(s.complaints for s in everything.by_site))
        self.assertIn(c1.name, everything.notable_tickets)

        receptionist = self.token_of(
            self.new_staff([self.site], roles=(Role.RECEPTIONIST,)))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.complaints,
                            "sites/" + self.site, day, day, md=receptionist)
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.complaints,
                            "sites/" + self.site, day, "2020-01-01",
                            field="period.start_date",
                            reason="PERIOD_REVERSED")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.complaints,
                            "sites/" + unique_site_id("nx"), day, day,
                            reason="SITE_NOT_FOUND")


backend_cases(ReportAnalysisApiTests, globals())

if __name__ == "__main__":
    unittest.main()
