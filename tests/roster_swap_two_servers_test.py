#!/usr/bin/python3
"""Two frontdeskd on one MariaDB approving the same shift swap at once
change hands exactly once [R-SWAP-APPROVED]: the swap row is locked and
changed only at the version read, so one approval wins and every other is
refused (SWAP_WRONG_STATE), and each swap leaves exactly one assignment of
origin SWAP. Requires MariaDB (tests/with_mariadb.sh): skipped without
$FRONTDESK_TEST_MYSQL, failed when FRONTDESK_REQUIRE_MYSQL=1.

Duties are seeded with SQL (CreateDutyAssignment is served separately):
a materialised day shift and one SCHEDULED assignment per requester.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/roster_swap_two_servers_test.py
"""

import concurrent.futures
import datetime
import os
import shutil
import tempfile
import threading
import unittest

import grpc

import harness
import harness_db
from harness import DEADLINE, roster_pb2
from frontdesk.v1 import directory_service_pb2 as directory_pb2

Role = directory_pb2.StaffMember
SWAPS = 12
APPROVERS_PER_SWAP = 8
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


def sql(url, statement):
    """Runs `statement` in the database of `url`; the output rows."""
    name = harness_db.parse_mysql_url(url)["database"]
    out = harness_db._mariadb(url, "USE `%s`; %s" % (name, statement))
    return [line.split("\t") for line in out.splitlines()[1:]]


def micros(dt):
    return int(dt.timestamp()) * 1000000


class RosterSwapTwoServersTest(unittest.TestCase):

    def setUp(self):
        admin_url = harness.mysql_admin_url()
        if not admin_url:
            self.skipTest("FRONTDESK_TEST_MYSQL is not set")
        self.url = harness.fresh_mysql_url(admin_url)
        self.addCleanup(harness.drop_mysql_database, self.url, admin_url)
        self.shared = tempfile.mkdtemp(prefix="frontdesk-swap-two-")
        self.addCleanup(shutil.rmtree, self.shared, True)
        token_file = os.path.join(self.shared, "token")
        self.servers = [harness.Server(db_url=self.url, token_file=token_file,
                                       name="frontdeskd-swap-%d" % i)
                        for i in range(2)]
        for s in self.servers:
            self.addCleanup(s.cleanup)
            s.start(wait=False)
        for s in self.servers:
            s.wait_serving()
        self.stubs = [s.stubs() for s in self.servers]
        self.md = self.servers[0].metadata

    def staff(self, staff_id, role):
        harness.create_staff(self.stubs[0], self.md, staff_id, ["hx"], [role])
        return harness.token_metadata(self.stubs[0], self.md, staff_id)

    def seed_duty(self, staff_id, day):
        """A SCHEDULED day duty (08:00-20:00 Shanghai) of `staff_id` on
        `day`; its name."""
        start = datetime.datetime(day.year, day.month, day.day, 8,
                                  tzinfo=SHANGHAI)
        end = start + datetime.timedelta(hours=12)
        key = day.strftime("%Y%m%d")
        sql(self.url,
            "INSERT INTO roster_shifts (site_id, date_key, definition_id,"
            " display_name, kind, start_local_time, duration_s, min_headcount,"
            " start_time_us, end_time_us, create_time_us) VALUES ('hx', %s,"
            " 'day', 'day', 1, '08:00', 43200, 1, %d, %d, 0)"
            " ON DUPLICATE KEY UPDATE create_time_us = 0"
            % (key, micros(start), micros(end)))
        sql(self.url,
            "INSERT INTO duty_assignments (site_id, date_key, definition_id,"
            " staff_id, held_by, status, origin, start_time_us, end_time_us,"
            " created_by, create_time_us, update_time_us, version) VALUES"
            " ('hx', %s, 'day', '%s', '%s', 1, 1, %d, %d, 'boss', 0, 0, 1)"
            % (key, staff_id, staff_id, micros(start), micros(end)))
        rows = sql(self.url,
                   "SELECT id FROM duty_assignments WHERE staff_id = '%s'"
                   " AND date_key = %s" % (staff_id, key))
        return "sites/hx/shifts/%s-day/assignments/%s" % (key, rows[0][0])

    def test_concurrent_approvals_change_hands_once(self):
        self.stubs[0].directory.CreateSite(harness.site_request("hx"),
                                           metadata=self.md, timeout=DEADLINE)
        boss = self.staff("boss", Role.MANAGER)
        sup = self.staff("sup", Role.SUPERVISOR)
        # Far enough ahead for the notice, a week apart.
        first = datetime.datetime.now(SHANGHAI).date() + datetime.timedelta(
            days=14)
        swaps = []
        for i in range(SWAPS):
            requester, counterpart = "req%d" % i, "cov%d" % i
            mine = self.staff(requester, Role.RECEPTIONIST)
            theirs = self.staff(counterpart, Role.RECEPTIONIST)
            duty = self.seed_duty(requester,
                                  first + datetime.timedelta(days=2 * i))
            swap = self.stubs[i % 2].roster.CreateShiftSwap(
                roster_pb2.CreateShiftSwapRequest(
                    parent="sites/hx",
                    shift_swap=roster_pb2.ShiftSwap(
                        requester_assignment=duty,
                        counterpart="staff/" + counterpart,
                        reason="家里有事")),
                metadata=mine, timeout=DEADLINE)
            agreed = self.stubs[(i + 1) % 2].roster.AgreeShiftSwap(
                roster_pb2.AgreeShiftSwapRequest(name=swap.name),
                metadata=theirs, timeout=DEADLINE)
            self.assertEqual(agreed.status, roster_pb2.ShiftSwap.AGREED)
            swaps.append(swap.name)

        barrier = threading.Barrier(APPROVERS_PER_SWAP)

        def approve(args):
            name, n = args
            barrier.wait()
            try:
                self.stubs[n % 2].roster.ApproveShiftSwap(
                    roster_pb2.ApproveShiftSwapRequest(name=name),
                    metadata=(boss, sup)[n // 2 % 2], timeout=30)
                return "ok"
            except grpc.RpcError as e:
                details = harness.rpc_error_details(e)
                reason = details.reason if details else ""
                return "%s %s" % (e.code().name, reason)

        outcomes = {}
        for name in swaps:
            with concurrent.futures.ThreadPoolExecutor(
                    APPROVERS_PER_SWAP) as pool:
                outcomes[name] = list(pool.map(
                    approve,
                    [(name, n) for n in range(APPROVERS_PER_SWAP)]))

        if os.environ.get("SWAP_TEST_VERBOSE"):
            print(outcomes)
        for name, results in outcomes.items():
            self.assertEqual(results.count("ok"), 1, (name, results))
            for r in results:
                if r != "ok":
                    self.assertIn(r, ("FAILED_PRECONDITION SWAP_WRONG_STATE",
                                      "ABORTED ETAG_MISMATCH"),
                                  (name, results))
            swap_id = name.rsplit("/", 1)[1]
            rows = sql(self.url,
                       "SELECT origin, status, staff_id FROM duty_assignments"
                       " WHERE shift_swap_id = %s ORDER BY origin" % swap_id)
            # One given away (SWAPPED_OUT, origin PLANNED), one taken (SWAP).
            self.assertEqual([r[:2] for r in rows], [["1", "5"], ["2", "1"]],
                             (name, rows))
            read = self.stubs[0].roster.GetShiftSwap(
                roster_pb2.GetShiftSwapRequest(name=name), metadata=boss,
                timeout=DEADLINE)
            self.assertEqual(read.status, roster_pb2.ShiftSwap.APPROVED)


if __name__ == "__main__":
    unittest.main()
