#!/usr/bin/python3
"""Reports read from a replica (--report-db) [REP-REPLICA], against the
real binary: on the primary's own database acting as an up-to-date replica
(SQLite and MariaDB) the figures are the primary's and data_as_of is the
latest heartbeat; on SQLite, a copy of the database taken earlier stands
for a replica that stopped applying: its reports leave out what came
later and say as of when they are (the copy's heartbeat, to the
microsecond); a copy without a heartbeat answers UNAVAILABLE; a copy at an
older schema keeps the server from starting.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \\
      tests/with_mariadb.sh /usr/bin/python3 tests/report_replica_api_test.py
"""

import os
import sqlite3
import tempfile
import unittest

import grpc

import harness
from harness import DEADLINE, ticket_pb2

from frontdesk.v1 import report_service_pb2 as report_pb2

from api_support import ApiTestBase, backend_cases, unique_site_id
from report_api_test import noon_zone

Ticket = ticket_pb2.Ticket


def micros(timestamp):
    return timestamp.seconds * 1000000 + timestamp.nanos // 1000


class ReportReplicaTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def setUp(self):
        zone, self.today = noon_zone()
        self.site = unique_site_id("rr")
        self.stubs.directory.CreateSite(
            harness.site_request(self.site, time_zone=zone), metadata=self.md,
            timeout=DEADLINE)

    def reader(self, report_db, label, **env):
        """A second frontdeskd on the same primary whose reports read
        `report_db`."""
        env["FRONTDESK_REPORT_DB"] = report_db
        server = harness.Server(db_url=self.server.db_url,
                                token_file=self.server.token_file,
                                name="frontdeskd-%s-%s" % (label, self.backend),
                                extra_env=env)
        self.addCleanup(server.cleanup)
        server.start()
        self.addCleanup(server.stop)
        return server.stubs()

    def daily(self, stubs, timeout=DEADLINE):
        return stubs.reports.GetDailyDutyReport(
            report_pb2.GetDailyDutyReportRequest(
                site="sites/" + self.site, date=self.today.isoformat()),
            metadata=self.md, timeout=timeout)

    def daily_as_of_at_least(self, stubs, at_least_us):
        """The daily report once the replica's heartbeat has passed
        `at_least_us` (a beat a second: a few calls at most)."""
        for _ in range(200):
            report = self.daily(stubs)
            if micros(report.scope.data_as_of) >= at_least_us:
                return report
        self.fail("the replica's heartbeat never passed %d" % at_least_us)

    def test_an_up_to_date_replica_gives_the_primarys_figures(self):
        self.create(self.site)
        last = self.create(self.site, kind=Ticket.INQUIRY, subject="停车收费")
        replica = self.reader(self.server.db_url, "replica")
        on_replica = self.daily_as_of_at_least(
            replica, micros(last.create_time))
        on_primary = self.daily(self.stubs)
        self.assertEqual(on_replica.received.total, 2)
        generated = micros(on_replica.scope.generate_time)
        as_of = micros(on_replica.scope.data_as_of)
        # The heartbeat is written every second (and at each start).
        self.assertLessEqual(as_of, generated)
        self.assertGreater(as_of, generated - 30 * 1000000)
        for report in (on_replica, on_primary):
            report.scope.ClearField("generate_time")
            report.scope.ClearField("data_as_of")
        self.assertEqual(on_replica, on_primary)

    def copy_of_the_database(self, edit=None):
        """A consistent copy of the SQLite database (a stopped replica),
        optionally changed by `edit(connection)`; its sqlite: URL."""
        source = self.server.db_url[len("sqlite:"):]
        path = os.path.join(tempfile.mkdtemp(prefix="frontdesk-replica-"),
                            "replica.db")
        with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
            if edit:
                edit(dst)
        return "sqlite:" + path, path

    def test_a_stale_replica_says_how_stale_it_is(self):
        if self.backend != "sqlite":
            self.skipTest("a copy stands for a stopped replica on SQLite; "
                          "MariaDB replication is issue 16's test")
        first = self.create(self.site)
        # The copy's last beat: just after the first ticket.
        beat = micros(first.create_time) + 1
        url, _ = self.copy_of_the_database(lambda db: db.execute(
            "UPDATE replication_heartbeat SET beat_us = %d" % beat))
        # What happens on the primary after the copy is not on the replica.
        self.create(self.site, subject="楼道灯不亮")
        stale = self.daily(self.reader(url, "stale",
                                       FRONTDESK_HEARTBEAT_INTERVAL="0"))
        self.assertEqual(stale.received.total, 1)
        self.assertEqual(self.daily(self.stubs).received.total, 2)
        self.assertEqual(micros(stale.scope.data_as_of), beat)
        self.assertLess(micros(stale.scope.data_as_of),
                        micros(stale.scope.generate_time))

    def test_a_replica_without_a_heartbeat_answers_unavailable(self):
        if self.backend != "sqlite":
            self.skipTest("needs a copy of the database (SQLite)")
        url, _ = self.copy_of_the_database(lambda db: db.execute(
            "UPDATE replication_heartbeat SET beat_us = 0"))
        replica = self.reader(url, "no-beat", FRONTDESK_HEARTBEAT_INTERVAL="0")
        self.assertRpcError(grpc.StatusCode.UNAVAILABLE, self.daily, replica,
                            reason="REPORT_DB_NO_HEARTBEAT")

    def test_a_replica_behind_the_schema_keeps_the_server_from_starting(self):
        if self.backend != "sqlite":
            self.skipTest("needs a copy of the database (SQLite)")
        url, _ = self.copy_of_the_database(lambda db: db.execute(
            "DELETE FROM schema_migrations WHERE version ="
            " (SELECT MAX(version) FROM schema_migrations)"))
        server = harness.Server(db_url=self.server.db_url,
                                token_file=self.server.token_file,
                                name="frontdeskd-old-replica",
                                extra_env={"FRONTDESK_REPORT_DB": url})
        self.addCleanup(server.cleanup)
        server.start(wait=False)
        self.assertEqual(server.proc.wait(timeout=30), 1)
        self.assertIn("schema version", server.log())


backend_cases(ReportReplicaTests, globals())

if __name__ == "__main__":
    unittest.main()
