#!/usr/bin/python3
"""gRPC-level tests of the periodic resident callbacks (回访计划)
[T-PERIODIC-RESIDENT-VISITS] against the real binary, on SQLite and on
MariaDB: DirectoryService.CreateResidentCallback / ListResidentCallbacks,
ReportSettings.resident_handover_date and
ReportService.GetResidentCallbackPlan.

A unit is due in a duty period only when it was in the directory before the
period began, so the units are created by the class's server now and the
plan is read from a second server on the same database whose clock is 100
days ahead (FRONTDESK_CLOCK_OFFSET): there the units are old enough for any
month or quarter, and the callbacks it records fall in its own month. Each
site's zone puts the local time near noon, far from either midnight.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \\
      tests/with_mariadb.sh /usr/bin/python3 tests/resident_callbacks_api_test.py
"""

import datetime
import unittest

import grpc

import harness
from harness import DEADLINE, directory_pb2

from frontdesk.v1 import report_service_pb2 as report_pb2
from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, backend_cases, unique_site_id

Role = directory_pb2.StaffMember
Callback = directory_pb2.ResidentCallback
Plan = report_pb2.ResidentCallbackPlan

AHEAD = datetime.timedelta(days=100)


def noon_zone():
    """An Etc/GMT zone where it is now between 10:00 and 14:00, and the
    local date there AHEAD from now (the later server's today)."""
    now = datetime.datetime.now(datetime.timezone.utc)
    offset = max(-12, min(14, 12 - now.hour))
    name = "Etc/GMT%+d" % -offset if offset else "Etc/GMT"
    return name, (now + AHEAD + datetime.timedelta(hours=offset)).date()


def quarter_of(day):
    first_month = (day.month - 1) // 3 * 3 + 1
    start = datetime.date(day.year, first_month, 1)
    end_month = first_month + 2
    nxt = (datetime.date(day.year + 1, 1, 1) if end_month == 12
           else datetime.date(day.year, end_month + 1, 1))
    return start, nxt - datetime.timedelta(days=1)


def month_of(day):
    start = day.replace(day=1)
    nxt = (start.replace(year=start.year + 1, month=1) if start.month == 12
           else start.replace(month=start.month + 1))
    return start, nxt - datetime.timedelta(days=1)


class ResidentCallbackApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    server_name = "frontdeskd-visits-"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.later = harness.Server(
            db_url=cls.server.db_url, token_file=cls.server.token_file,
            name="frontdeskd-visits-later-" + cls.backend,
            extra_env={"FRONTDESK_CLOCK_OFFSET": "%dh" % (AHEAD.days * 24)})
        try:
            cls.later.start()
        except BaseException:
            cls.later.cleanup()
            raise
        cls.later_stubs = cls.later.stubs()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.later.stop()
            cls.later.cleanup()
        finally:
            super().tearDownClass()

    # --- helpers -------------------------------------------------------

    def site_with_units(self, prefix, rooms=("101", "102", "103")):
        zone, later_today = noon_zone()
        site = unique_site_id(prefix)
        self.stubs.directory.CreateSite(
            harness.site_request(site, time_zone=zone), metadata=self.md,
            timeout=DEADLINE)
        for room in rooms:
            self.stubs.directory.CreateUnit(directory_pb2.CreateUnitRequest(
                parent="sites/" + site, unit=directory_pb2.Unit(
                    building="1", entrance="2", room=room)),
                metadata=self.md, timeout=DEADLINE)
        return site, later_today

    def set_handover(self, site, date, md=None, stubs=None, timeout=DEADLINE):
        return (stubs or self.later_stubs).reports.UpdateReportSettings(
            report_pb2.UpdateReportSettingsRequest(
                report_settings=report_pb2.ReportSettings(
                    name="sites/%s/reportSettings" % site,
                    resident_handover_date=date),
                update_mask=field_mask_pb2.FieldMask(
                    paths=["resident_handover_date"])),
            metadata=md or self.md, timeout=timeout)

    def call_back(self, unit, result, rating=0, md=None, stubs=None,
                  request_id="", comment="家里一切正常", timeout=DEADLINE):
        return (stubs or self.later_stubs).directory.CreateResidentCallback(
            directory_pb2.CreateResidentCallbackRequest(
                parent=unit, request_id=request_id,
                resident_callback=Callback(result=result, rating=rating,
                                           comment=comment)),
            metadata=md or self.md, timeout=timeout)

    def plan(self, site, month="", md=None, stubs=None, timeout=DEADLINE):
        return (stubs or self.later_stubs).reports.GetResidentCallbackPlan(
            report_pb2.GetResidentCallbackPlanRequest(site=site, month=month),
            metadata=md or self.md, timeout=timeout)

    def listed(self, parent, filter="", md=None, page_size=0,
               timeout=DEADLINE):
        return harness.list_pages(
            self.later_stubs.directory.ListResidentCallbacks,
            directory_pb2.ListResidentCallbacksRequest(
                parent=parent, filter=filter, page_size=page_size),
            "resident_callbacks", md or self.md)

    # --- tests ---------------------------------------------------------

    def test_no_handover_date_means_nothing_due(self):
        site, today = self.site_with_units("vn")
        plan = self.plan("sites/" + site)
        self.assertFalse(plan.handover_date_set)
        self.assertEqual(plan.cadence, Plan.CADENCE_UNSPECIFIED)
        self.assertEqual((plan.due, plan.done), (0, 0))
        self.assertTrue(plan.coverage.no_data)
        self.assertEqual(len(plan.units), 0)
        start, end = month_of(today)
        self.assertEqual(plan.scope.period.start_date, start.isoformat())
        self.assertEqual(plan.scope.period.end_date, end.isoformat())
        self.assertTrue(plan.scope.partial)

    def test_first_year_is_monthly_and_only_reached_counts(self):
        site, today = self.site_with_units("vm")
        handover = today - datetime.timedelta(days=90)
        settings = self.set_handover(site, handover.isoformat())
        self.assertEqual(settings.resident_handover_date, handover.isoformat())
        units = ["sites/%s/units/1-2-%s" % (site, r)
                 for r in ("101", "102", "103")]
        first = self.call_back(units[0], Callback.REACHED, 5,
                               request_id="visit-once")
        self.assertTrue(first.name.startswith(units[0] + "/residentCallbacks/"))
        self.assertTrue(first.caller.startswith("staff/"))
        again = self.call_back(units[0], Callback.REACHED, 5,
                               request_id="visit-once")
        self.assertEqual(again.name, first.name, "a retry records nothing")
        self.call_back(units[1], Callback.UNREACHABLE)

        plan = self.plan("sites/" + site)
        self.assertTrue(plan.handover_date_set)
        self.assertEqual(plan.cadence, Plan.MONTHLY)
        start, end = month_of(today)
        self.assertEqual(plan.scope.period.start_date, start.isoformat())
        self.assertEqual(plan.scope.period.end_date, end.isoformat())
        self.assertEqual((plan.due, plan.done), (3, 1))
        self.assertEqual((plan.coverage.numerator, plan.coverage.denominator),
                         (1, 3))
        self.assertEqual(plan.coverage.target, 1.0)
        self.assertEqual(plan.coverage.direction,
                         report_pb2.RateMetric.AT_LEAST)
        self.assertFalse(plan.coverage.met)
        by_unit = {u.unit: u for u in plan.units}
        self.assertEqual(sorted(by_unit), units)
        self.assertTrue(by_unit[units[0]].done)
        self.assertEqual(by_unit[units[0]].display, "1-2-101")
        self.assertEqual(by_unit[units[0]].callbacks_in_period, 1)
        self.assertFalse(by_unit[units[1]].done, "UNREACHABLE is not done")
        self.assertEqual(by_unit[units[1]].callbacks_in_period, 1)
        self.assertTrue(by_unit[units[1]].HasField("last_callback_time"))
        self.assertFalse(by_unit[units[2]].HasField("last_callback_time"))

        # The list: newest first, one unit or all, filtered.
        everything = self.listed("sites/%s/units/-" % site, page_size=1)
        self.assertEqual([c.result for c in everything],
                         [Callback.UNREACHABLE, Callback.REACHED])
        self.assertEqual(len(self.listed(units[0])), 1)
        self.assertEqual(len(self.listed("sites/%s/units/-" % site,
                                         filter="result = REACHED")), 1)
        future = (datetime.datetime.now(datetime.timezone.utc) + 2 * AHEAD)
        self.assertEqual(len(self.listed(
            "sites/%s/units/-" % site,
            filter='create_time >= "%s"' % future.strftime(
                "%Y-%m-%dT%H:%M:%SZ"))), 0)

        # The month before the handover month has no duty.
        before = (handover.replace(day=1) - datetime.timedelta(days=1))
        earlier = self.plan("sites/" + site, month=before.strftime("%Y-%m"))
        self.assertEqual(earlier.cadence, Plan.CADENCE_UNSPECIFIED)
        self.assertEqual(earlier.due, 0)
        self.assertFalse(earlier.scope.partial)

    def test_after_the_first_year_the_period_is_the_quarter(self):
        site, today = self.site_with_units("vq", rooms=("201", "202"))
        self.set_handover(site, (today - datetime.timedelta(days=730))
                          .isoformat())
        self.call_back("sites/%s/units/1-2-201" % site, Callback.REACHED, 4)
        plan = self.plan("sites/" + site)
        self.assertEqual(plan.cadence, Plan.QUARTERLY)
        start, end = quarter_of(today)
        self.assertEqual(plan.scope.period.start_date, start.isoformat())
        self.assertEqual(plan.scope.period.end_date, end.isoformat())
        self.assertEqual((plan.due, plan.done), (2, 1))

    def test_every_site_rolls_up_to_the_sum(self):
        monthly, today = self.site_with_units("vr")
        quarterly, _ = self.site_with_units("vr", rooms=("301",))
        self.set_handover(monthly, (today - datetime.timedelta(days=30))
                          .isoformat())
        self.set_handover(quarterly, (today - datetime.timedelta(days=800))
                          .isoformat())
        self.call_back("sites/%s/units/1-2-101" % monthly, Callback.REACHED, 5)
        self.call_back("sites/%s/units/1-2-301" % quarterly,
                       Callback.REACHED, 3)
        desk = self.new_staff([monthly, quarterly], roles=(Role.RECEPTIONIST,),
                              prefix="vd")
        md = self.token_of(desk)
        total = self.plan("sites/-", md=md)
        self.assertEqual(total.scope.site, "sites/-")
        self.assertEqual(total.cadence, Plan.CADENCE_UNSPECIFIED)
        self.assertEqual([s.scope.site for s in total.by_site],
                         sorted(["sites/" + monthly, "sites/" + quarterly]))
        self.assertEqual(total.due, sum(s.due for s in total.by_site))
        self.assertEqual(total.done, sum(s.done for s in total.by_site))
        self.assertEqual((total.due, total.done), (4, 2))
        self.assertEqual(total.coverage.denominator, 4)
        self.assertEqual(len(total.units), 0)
        cadences = {s.scope.site: s.cadence for s in total.by_site}
        self.assertEqual(cadences["sites/" + monthly], Plan.MONTHLY)
        self.assertEqual(cadences["sites/" + quarterly], Plan.QUARTERLY)

    def test_who_may_record_list_and_read_the_plan(self):
        site, today = self.site_with_units("vp")
        other, _ = self.site_with_units("vp")
        unit = "sites/%s/units/1-2-101" % site
        worker = self.token_of(self.new_staff([site], prefix="vw"))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.call_back,
                            unit, Callback.REACHED, 5, md=worker)
        # The front desk's callbacks are theirs alone: the residents' app,
        # butlers and security may bring a ticket in, but neither record
        # nor read the callbacks.
        for role in (Role.BUTLER, Role.SECURITY, Role.RESIDENT_APP):
            with self.subTest(role=Role.Role.Name(role)):
                other_md = self.token_of(
                    self.new_staff([site], roles=(role,), prefix="vo"))
                self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                                    self.call_back, unit, Callback.REACHED, 5,
                                    md=other_md)
                self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                                    self.listed, unit, md=other_md)
        desk = self.token_of(self.new_staff([site], roles=(Role.RECEPTIONIST,),
                                            prefix="vk"))
        made = self.call_back(unit, Callback.REACHED, 5, md=desk)
        self.assertTrue(made.caller.startswith("staff/vk"))
        self.assertEqual(len(self.listed(unit, md=desk)), 1)
        self.plan("sites/" + site, md=desk)
        # Another site is not theirs to see.
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.plan,
                            "sites/" + other, md=desk)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.listed,
                            "sites/%s/units/-" % other, md=desk)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.call_back,
                            "sites/%s/units/1-2-101" % other,
                            Callback.REACHED, 5, md=desk)
        # Only the site's supervisor or manager sets the handover date.
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            self.set_handover, site, today.isoformat(),
                            md=desk)

    def test_bad_input_names_the_field(self):
        site, today = self.site_with_units("vb")
        unit = "sites/%s/units/1-2-101" % site
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.call_back,
                            "sites/%s/units/9-9-999" % site, Callback.REACHED,
                            5)
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.call_back,
                            unit, Callback.REACHED, 0,
                            field="resident_callback.rating")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.call_back,
                            unit, Callback.UNREACHABLE, 3,
                            field="resident_callback.rating")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.call_back,
                            unit, Callback.RESULT_UNSPECIFIED, 0,
                            field="resident_callback.result")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.call_back,
                            unit, Callback.REACHED, 5, comment="很" * 501,
                            field="resident_callback.comment")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.listed,
                            "sites/%s/units/9-9-999" % site)
        for bad in ("2026-02-30", "someday",
                    (today + datetime.timedelta(days=1)).isoformat()):
            self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                                self.set_handover, site, bad,
                                field="report_settings.resident_handover_date")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.plan,
                            "sites/" + site, month="2026-13", field="month")
        next_month = month_of(today)[1] + datetime.timedelta(days=1)
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, self.plan,
                            "sites/" + site,
                            month=next_month.strftime("%Y-%m"),
                            reason="PERIOD_IN_FUTURE")


backend_cases(ResidentCallbackApiTests, globals())

if __name__ == "__main__":
    unittest.main()
