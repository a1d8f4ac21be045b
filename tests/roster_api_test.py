#!/usr/bin/python3
"""gRPC-level tests of RosterService against the real binary, on SQLite and
on MariaDB: the roster policy, shifts and duty assignments, the site
calendar, and who may call what [R-ROLES].

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/roster_api_test.py
"""

import datetime
import unittest

import grpc

from harness import DEADLINE, directory_pb2, roster_pb2

from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, backend_cases

Role = directory_pb2.StaffMember
Assignment = roster_pb2.DutyAssignment


def future_day(days):
    """A local date `days` ahead of today, as "YYYY-MM-DD" and yyyymmdd."""
    day = datetime.date.today() + datetime.timedelta(days=days)
    return day.isoformat(), day.strftime("%Y%m%d")


class RosterApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def policy_name(self, site):
        return "sites/%s/rosterPolicy" % site

    def test_policy_read_at_the_site_changed_by_its_manager(self):
        r = self.stubs.roster
        site, other = self.new_site("rp"), self.new_site("rpo")
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))
        manager = self.token_of(self.new_staff([site], roles=(Role.MANAGER,)))
        elsewhere = self.token_of(
            self.new_staff([other], roles=(Role.MANAGER,)))

        policy = r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=receptionist,
            timeout=DEADLINE)
        self.assertEqual([s.id for s in policy.shifts], ["day", "night"])
        self.assertEqual(policy.max_swaps_per_month, 3)
        self.assertEqual(policy.etag, "0")

        policy.max_swaps_per_month = 2
        policy.inventory_checklist.add(id="radio", display_name="对讲机",
                                       expected_count=4)
        mask = field_mask_pb2.FieldMask(
            paths=["max_swaps_per_month", "inventory_checklist"])
        request = roster_pb2.UpdateRosterPolicyRequest(
            roster_policy=policy, update_mask=mask)
        # Only the site's manager changes it.
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            r.UpdateRosterPolicy, request,
                            metadata=receptionist)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            r.UpdateRosterPolicy, request, metadata=elsewhere)
        saved = r.UpdateRosterPolicy(request, metadata=manager,
                                     timeout=DEADLINE)
        self.assertEqual(saved.max_swaps_per_month, 2)
        self.assertEqual(saved.max_late_per_month, 3)  # not in the mask
        self.assertEqual([i.id for i in saved.inventory_checklist], ["radio"])
        self.assertEqual(saved.etag, "1")
        self.assertEqual(r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=receptionist,
            timeout=DEADLINE), saved)

        # The etag it was read with is stale now.
        self.assertRpcError(grpc.StatusCode.ABORTED, r.UpdateRosterPolicy,
                            request, metadata=manager, reason="ETAG_MISMATCH")

    def test_a_policy_that_breaks_a_rule_names_the_field(self):
        r = self.stubs.roster
        site = self.new_site("rpb")
        manager = self.token_of(self.new_staff([site], roles=(Role.MANAGER,)))
        policy = r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=manager, timeout=DEADLINE)

        gap = roster_pb2.RosterPolicy()
        gap.CopyFrom(policy)
        gap.shifts[1].start_local_time = "21:00"
        self.assertRpcError(
            grpc.StatusCode.FAILED_PRECONDITION, r.UpdateRosterPolicy,
            roster_pb2.UpdateRosterPolicyRequest(
                roster_policy=gap,
                update_mask=field_mask_pb2.FieldMask(paths=["shifts"])),
            metadata=manager, reason="SHIFT_PLAN_NOT_CONTIGUOUS")

        bad = roster_pb2.RosterPolicy()
        bad.CopyFrom(policy)
        bad.max_swaps_per_month = 11
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, r.UpdateRosterPolicy,
            roster_pb2.UpdateRosterPolicyRequest(
                roster_policy=bad, update_mask=field_mask_pb2.FieldMask(
                    paths=["max_swaps_per_month"])),
            metadata=manager, field="roster_policy.max_swaps_per_month")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, r.UpdateRosterPolicy,
            roster_pb2.UpdateRosterPolicyRequest(roster_policy=bad),
            metadata=manager, field="update_mask")
        # Nothing was written, and the server keeps serving.
        self.assertEqual(r.GetRosterPolicy(roster_pb2.GetRosterPolicyRequest(
            name=self.policy_name(site)), metadata=manager,
            timeout=DEADLINE).etag, "0")

    def test_duties_planned_by_a_supervisor_under_the_rules(self):
        r = self.stubs.roster
        site = self.new_site("rd")
        supervisor = self.token_of(
            self.new_staff([site], roles=(Role.SUPERVISOR,)))
        wang = self.new_staff([site], roles=(Role.RECEPTIONIST,))
        li = self.new_staff([site], roles=(Role.RECEPTIONIST,))
        fixer = self.new_staff([site], roles=(Role.MAINTENANCE,))
        as_wang = self.token_of(wang)
        date, key = future_day(10)
        day = "sites/%s/shifts/%s-day" % (site, key)
        night = "sites/%s/shifts/%s-night" % (site, key)

        # Every date has its shifts, computed until someone is put on one.
        shift = r.GetShift(roster_pb2.GetShiftRequest(name=day),
                           metadata=as_wang, timeout=DEADLINE)
        self.assertEqual(shift.date, date)
        self.assertFalse(shift.materialized)
        self.assertTrue(shift.understaffed)
        self.assertEqual(shift.end_time.seconds - shift.start_time.seconds,
                         12 * 3600)

        def assign(shift_name, staff, metadata=supervisor, timeout=DEADLINE,
                   origin=Assignment.PLANNED):
            return r.CreateDutyAssignment(
                roster_pb2.CreateDutyAssignmentRequest(
                    parent=shift_name, duty_assignment=Assignment(
                        staff="staff/" + staff, origin=origin)),
                metadata=metadata, timeout=timeout)

        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, assign, day,
                            wang, metadata=as_wang)
        first = assign(day, wang)
        self.assertEqual(first.status, Assignment.SCHEDULED)
        self.assertEqual(first.start_time, shift.start_time)
        shift = r.GetShift(roster_pb2.GetShiftRequest(name=day),
                           metadata=as_wang, timeout=DEADLINE)
        self.assertTrue(shift.materialized)
        self.assertFalse(shift.understaffed)
        self.assertEqual([a.staff for a in shift.assignments],
                         ["staff/" + wang])

        # The rules, each by its reason; nothing is written.
        self.assertRpcError(grpc.StatusCode.ALREADY_EXISTS, assign, day, wang,
                            reason="DUTY_ALREADY_ASSIGNED")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, assign,
                            night, wang, reason="BACK_TO_BACK_SHIFTS")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, assign, day,
                            fixer, reason="STAFF_NOT_QUALIFIED")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, assign, day,
                            "nobody.here")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, assign,
                            "sites/%s/shifts/20270230-day" % site, wang,
                            field="parent")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, assign,
                            "sites/%s/shifts/%s-mid" % (site, key), wang,
                            reason="SHIFT_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, assign, day, li,
                            origin=Assignment.SWAP,
                            field="duty_assignment.origin")

        # Taking the only receptionist off a shift opens a gap; with a
        # second one on it, one may go.
        self.assertRpcError(
            grpc.StatusCode.FAILED_PRECONDITION, r.DeleteDutyAssignment,
            roster_pb2.DeleteDutyAssignmentRequest(name=first.name),
            metadata=supervisor, reason="COVERAGE_GAP")
        second = assign(day, li)
        cancelled = r.DeleteDutyAssignment(
            roster_pb2.DeleteDutyAssignmentRequest(name=first.name,
                                                   etag=first.etag),
            metadata=supervisor, timeout=DEADLINE)
        self.assertEqual(cancelled.status, Assignment.CANCELLED)
        # Now wang is free for the night.
        assign(night, wang)

        # The roster of the fortnight: the gaps are the other shifts.
        first_date, _ = future_day(9)
        last_date, _ = future_day(11)
        listed = r.ListShifts(roster_pb2.ListShiftsRequest(
            parent="sites/" + site, page_size=2,
            filter='date >= "%s" AND date <= "%s"' % (first_date, last_date)),
            metadata=as_wang, timeout=DEADLINE)
        self.assertEqual(len(listed.shifts), 2)
        self.assertTrue(listed.next_page_token)
        gaps = r.ListShifts(roster_pb2.ListShiftsRequest(
            parent="sites/" + site, filter='understaffed = true AND '
            'date >= "%s" AND date <= "%s"' % (first_date, last_date)),
            metadata=as_wang, timeout=DEADLINE).shifts
        self.assertEqual(len(gaps), 4)
        self.assertNotIn(day, [g.name for g in gaps])
        self.assertNotIn(night, [g.name for g in gaps])
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, r.ListShifts,
                            roster_pb2.ListShiftsRequest(
                                parent="sites/" + site,
                                filter="understaffed = true"),
                            metadata=as_wang, field="filter")

        # A person's schedule across sites.
        mine = r.ListDutyAssignments(roster_pb2.ListDutyAssignmentsRequest(
            parent="sites/-/shifts/-", filter='staff = "staff/%s" AND '
            'date >= "%s" AND date <= "%s"' % (wang, first_date, last_date)),
            metadata=as_wang, timeout=DEADLINE).duty_assignments
        self.assertEqual([(a.name.split("/")[3], a.status) for a in mine],
                         [(key + "-day", Assignment.CANCELLED),
                          (key + "-night", Assignment.SCHEDULED)])
        self.assertEqual(second.staff, "staff/" + li)

    def test_calendar_kept_by_the_manager(self):
        r = self.stubs.roster
        site = self.new_site("rc")
        manager = self.token_of(self.new_staff([site], roles=(Role.MANAGER,)))
        receptionist = self.token_of(
            self.new_staff([site], roles=(Role.RECEPTIONIST,)))

        def day(date, kind, note="", allow_missing=True):
            return roster_pb2.UpdateCalendarDayRequest(
                calendar_day=roster_pb2.CalendarDay(
                    name="sites/%s/calendarDays/%s" % (site, date), kind=kind,
                    note=note), allow_missing=allow_missing)

        Day = roster_pb2.CalendarDay
        holiday = r.UpdateCalendarDay(day("2027-10-01", Day.HOLIDAY, "国庆节"),
                                      metadata=manager, timeout=DEADLINE)
        self.assertEqual(holiday.date, "2027-10-01")
        self.assertEqual(holiday.note, "国庆节")
        self.assertTrue(holiday.updated_by.startswith("staff/"))
        # 2027-10-09 is a Saturday; 2027-10-08 a Friday.
        r.UpdateCalendarDay(day("2027-10-09", Day.MAKEUP_WORKDAY, "调休上班"),
                            metadata=manager, timeout=DEADLINE)
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            r.UpdateCalendarDay,
                            day("2027-10-08", Day.MAKEUP_WORKDAY),
                            metadata=manager, field="calendar_day.kind")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            r.UpdateCalendarDay,
                            day("2027-02-30", Day.HOLIDAY),
                            metadata=manager, field="calendar_day.name")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, r.UpdateCalendarDay,
                            day("2027-10-02", Day.HOLIDAY,
                                allow_missing=False),
                            metadata=manager, reason="CALENDAR_DAY_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                            r.UpdateCalendarDay, day("2027-10-02", Day.HOLIDAY),
                            metadata=receptionist)

        listed = r.ListCalendarDays(roster_pb2.ListCalendarDaysRequest(
            parent="sites/" + site,
            filter='date >= "2027-10-01" AND date <= "2027-10-31"'),
            metadata=receptionist, timeout=DEADLINE).calendar_days
        self.assertEqual([(d.date, d.kind) for d in listed],
                         [("2027-10-01", Day.HOLIDAY),
                          ("2027-10-09", Day.MAKEUP_WORKDAY)])
        r.DeleteCalendarDay(roster_pb2.DeleteCalendarDayRequest(
            name=holiday.name), metadata=manager, timeout=DEADLINE)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, r.DeleteCalendarDay,
                            roster_pb2.DeleteCalendarDayRequest(
                                name=holiday.name),
                            metadata=manager, reason="CALENDAR_DAY_NOT_FOUND")


backend_cases(RosterApiTests, globals())

if __name__ == "__main__":
    unittest.main()
