#!/usr/bin/python3
"""Several frontdeskd processes on one MariaDB database, and a database
outage in the middle of serving. Requires MariaDB (tests/with_mariadb.sh):
skipped without $FRONTDESK_TEST_MYSQL, failed when FRONTDESK_REQUIRE_MYSQL=1.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/two_servers_test.py
"""

import collections
import concurrent.futures
import os
import re
import select
import shutil
import socket
import tempfile
import threading
import time
import unittest
import urllib.parse

import grpc

import harness
from harness import DEADLINE, ticket_pb2

# A call while the database is down must fail fast with UNAVAILABLE, not run
# into this deadline.
OUTAGE_DEADLINE = 10
RECOVERY_TIMEOUT = 30


def require_mysql(test):
    url = harness.mysql_admin_url()  # raises when required but missing
    if not url:
        test.skipTest("FRONTDESK_TEST_MYSQL is not set")
    return url


class Forwarder:
    """A TCP forwarder on 127.0.0.1:port → target; stop() closes the
    listening socket and every connection, start() listens again on the
    same port."""

    def __init__(self, target_host, target_port, port=None):
        self.target = (target_host, target_port)
        self.port = port or harness.free_port()
        self._lock = threading.Lock()
        self._conns = []
        self._threads = []
        self._listener = None
        self._stop = threading.Event()
        self.accepted = 0

    def start(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        self._stop.clear()
        t = threading.Thread(target=self._accept_loop, args=(listener,),
                             name="forwarder-accept", daemon=True)
        t.start()
        self._threads.append(t)
        return self

    def _accept_loop(self, listener):
        while not self._stop.is_set():
            ready, _, _ = select.select([listener], [], [], 0.05)
            if not ready:
                continue
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._stop.is_set():
                    client.close()
                    upstream.close()
                    return
                self.accepted += 1
                self._conns += [client, upstream]
                for a, b in ((client, upstream), (upstream, client)):
                    t = threading.Thread(target=self._pump, args=(a, b),
                                         name="forwarder-pump", daemon=True)
                    t.start()
                    self._threads.append(t)

    @staticmethod
    def _pump(src, dst):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def stop(self):
        """Closes the listener and cuts every forwarded connection."""
        self._stop.set()
        with self._lock:
            conns, self._conns = self._conns, []
            threads, self._threads = self._threads, []
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for t in threads:
            t.join(timeout=5)
        for s in conns:
            s.close()
        if self._listener is not None:
            self._listener.close()
            self._listener = None


def sequences_by_date(numbers):
    """{"20261123": [1, 2, ...]} from numbers "HX-20261123-0001"."""
    out = collections.defaultdict(list)
    for n in numbers:
        m = re.fullmatch(r"([A-Z0-9]+)-(\d{8})-(\d{4,})", n)
        assert m, "malformed ticket number %r" % n
        out[m.group(2)].append(int(m.group(3)))
    return out


class TwoServersTest(unittest.TestCase):

    def setUp(self):
        self.admin_url = require_mysql(self)
        self.url = harness.fresh_mysql_url(self.admin_url)
        self.addCleanup(harness.drop_mysql_database, self.url, self.admin_url)
        self.shared = tempfile.mkdtemp(prefix="frontdesk-two-")
        self.addCleanup(shutil.rmtree, self.shared, True)

    def start_servers(self, n, db_url):
        """n servers on one database, started together (their migrations and
        bootstraps race), sharing one token file."""
        token_file = os.path.join(self.shared, "token")
        servers = [harness.Server(db_url=db_url, token_file=token_file,
                                  name="frontdeskd-%d" % i) for i in range(n)]
        for s in servers:
            self.addCleanup(s.cleanup)
        for s in servers:
            s.start(wait=False)
        for s in servers:
            s.wait_serving()
        return servers

    def test_parallel_creates_across_two_servers_number_without_gaps(self):
        servers = self.start_servers(2, self.url)

        # Each migration was applied by exactly one of them; one bootstrap.
        logs = [s.log() for s in servers]
        applied = [set(re.findall(r"migration (\d+) applied", log)) for log in logs]
        self.assertTrue(applied[0] | applied[1], "no migration was applied")
        self.assertEqual(applied[0] & applied[1], set(),
                         "a migration was applied twice")
        self.assertEqual(sum(log.count("first start: admin token") for log in logs), 1)

        stubs = [s.stubs() for s in servers]
        token = servers[0].token
        self.assertEqual(servers[1].token, token)
        md = servers[0].metadata
        stubs[1].directory.CreateSite(harness.site_request("hx", "华馨苑"),
                                      metadata=md, timeout=DEADLINE)

        def create(i):
            return stubs[i % 2].tickets.CreateTicket(
                harness.ticket_request("hx", subject="并发第%d单" % i,
                                       request_id="two-%d" % i),
                metadata=md, timeout=30)

        with concurrent.futures.ThreadPoolExecutor(32) as pool:
            tickets = list(pool.map(create, range(200)))

        numbers = [t.number for t in tickets]
        self.assertEqual(len(set(numbers)), 200, "duplicate ticket numbers")
        self.assertEqual(len({t.name for t in tickets}), 200)
        by_date = sequences_by_date(numbers)
        # Normally one date; a run across the site's midnight has two, each
        # numbered from 1 without gaps.
        for date, seqs in by_date.items():
            self.assertEqual(sorted(seqs), list(range(1, len(seqs) + 1)),
                             "sequences of %s are not 1..%d" % (date, len(seqs)))
        if len(by_date) == 1:
            self.assertEqual(sorted(next(iter(by_date.values()))),
                             list(range(1, 201)))
        for t in tickets:
            self.assertTrue(t.number.startswith("HX-"))
        # Both servers see all of them.
        for st in stubs:
            listed = harness.list_all_tickets(st, md, parent="sites/hx")
            self.assertEqual(sorted(x.number for x in listed), sorted(numbers))
        # And a replay through the other server returns the same ticket.
        again = stubs[1].tickets.CreateTicket(
            harness.ticket_request("hx", subject="并发第0单", request_id="two-0"),
            metadata=md, timeout=DEADLINE)
        self.assertEqual(again, tickets[0])

        for s in servers:
            self.assertEqual(s.stop(), 0)

    def test_escalation_happens_once_with_two_sweeping_servers(self):
        # Tickets are recorded now; two servers whose clocks run 30 h ahead
        # (FRONTDESK_CLOCK_OFFSET) then find their 2 h deadlines breached long
        # ago and sweep together: each step of the chain exactly once.
        token_file = os.path.join(self.shared, "token")
        desk = harness.Server(db_url=self.url, token_file=token_file,
                              name="frontdeskd-desk")
        self.addCleanup(desk.cleanup)
        desk.start()
        md = desk.metadata
        st = desk.stubs()
        st.directory.CreateSite(harness.site_request("hx", "华馨苑"),
                                metadata=md, timeout=DEADLINE)
        names = [st.tickets.CreateTicket(
                     harness.ticket_request("hx", subject="电梯停运%d" % i),
                     metadata=md, timeout=DEADLINE).name for i in range(10)]
        self.assertEqual(desk.stop(), 0)

        sweepers = [harness.Server(db_url=self.url, token_file=token_file,
                                   name="frontdeskd-sweeper-%d" % i,
                                   extra_env={"FRONTDESK_CLOCK_OFFSET": "30h",
                                              "FRONTDESK_SWEEP_INTERVAL": "100ms"})
                    for i in range(2)]
        for s in sweepers:
            self.addCleanup(s.cleanup)
            s.start(wait=False)
        for s in sweepers:
            s.wait_serving()
        other = sweepers[1].stubs()

        def escalations():
            return other.tickets.ListEscalations(
                ticket_pb2.ListEscalationsRequest(parent="sites/hx",
                                                  page_size=1000),
                metadata=md, timeout=DEADLINE).escalations

        # Supervisor at the breach, manager 24 h after it: 2 steps a ticket.
        harness.wait_until(lambda: len(escalations()) >= 2 * len(names),
                           timeout=60, what="both escalation steps of every ticket")
        for s in sweepers:
            self.assertEqual(s.stop(), 0)
        restarted = harness.Server(db_url=self.url, token_file=token_file,
                                   name="frontdeskd-check")
        self.addCleanup(restarted.cleanup)
        restarted.start()
        steps = restarted.stubs().tickets.ListEscalations(
            ticket_pb2.ListEscalationsRequest(parent="sites/hx", page_size=1000),
            metadata=md, timeout=DEADLINE).escalations
        pairs = [(e.name.split("/escalations/")[0], e.level) for e in steps]
        self.assertEqual(len(pairs), 2 * len(names))
        self.assertEqual(len(set(pairs)), 2 * len(names), "a step happened twice")
        self.assertEqual({p[0] for p in pairs}, set(names))
        self.assertTrue(all(e.automatic for e in steps))
        # Both processes did some of the work, or one did it all: either way
        # the logs account for exactly the recorded steps.
        recorded = sum(int(n) for s in sweepers
                       for n in re.findall(r"escalation sweep: (\d+) step", s.log()))
        self.assertEqual(recorded, 2 * len(names))
        self.assertEqual(restarted.stop(), 0)

    def test_database_outage_and_recovery(self):
        admin = urllib.parse.urlsplit(self.admin_url)
        forwarder = Forwarder(admin.hostname, admin.port or 3306).start()
        self.addCleanup(forwarder.stop)
        via_forwarder = harness.mysql_url_with(self.url, host="127.0.0.1",
                                               port=forwarder.port)
        server = harness.Server(db_url=via_forwarder, name="frontdeskd-outage")
        self.addCleanup(server.cleanup)
        server.start()
        stubs, md = server.stubs(), server.metadata
        stubs.directory.CreateSite(harness.site_request("hx"), metadata=md,
                                   timeout=DEADLINE)
        first = stubs.tickets.CreateTicket(harness.ticket_request("hx"),
                                           metadata=md, timeout=DEADLINE)
        self.assertTrue(forwarder.accepted >= 1)

        # The database goes away: every connection cut, nothing listening.
        forwarder.stop()
        calls = [
            ("CreateTicket", lambda: stubs.tickets.CreateTicket(
                harness.ticket_request("hx", subject="停库期间"), metadata=md,
                timeout=OUTAGE_DEADLINE)),
            ("GetTicket", lambda: stubs.tickets.GetTicket(
                ticket_pb2.GetTicketRequest(name=first.name), metadata=md,
                timeout=OUTAGE_DEADLINE)),
            ("ListTickets", lambda: stubs.tickets.ListTickets(
                ticket_pb2.ListTicketsRequest(parent="sites/hx"), metadata=md,
                timeout=OUTAGE_DEADLINE)),
        ]
        # Several rounds, so that every pooled session meets the cut.
        for _ in range(3):
            for label, call in calls:
                with self.subTest(call=label):
                    start = time.monotonic()
                    with self.assertRaises(grpc.RpcError) as cm:
                        call()
                    self.assertEqual(cm.exception.code(), grpc.StatusCode.UNAVAILABLE,
                                     "%s: %s" % (label, cm.exception.details()))
                    self.assertLess(time.monotonic() - start, OUTAGE_DEADLINE)
                    details = harness.rpc_error_details(cm.exception)
                    self.assertIsNotNone(details)
                    self.assertEqual(details.reason, "DATABASE_UNAVAILABLE")
        self.assertTrue(server.running(), "the server died with its database")
        # Health follows the database.
        harness.wait_until(
            lambda: server.health(timeout=DEADLINE) == harness.HEALTH_NOT_SERVING,
            15, what="health NOT_SERVING during the outage")
        self.assertTrue(server.running())

        # The database comes back on the same address: the server recovers
        # by itself, with no restart.
        forwarder.start()

        def recovered():
            try:
                return stubs.tickets.CreateTicket(
                    harness.ticket_request("hx", subject="恢复之后",
                                           request_id="after-outage"),
                    metadata=md, timeout=OUTAGE_DEADLINE)
            except grpc.RpcError as e:
                if e.code() != grpc.StatusCode.UNAVAILABLE:
                    raise AssertionError("unexpected %s: %s" % (e.code(), e.details()))
                return None

        after = harness.wait_until(recovered, RECOVERY_TIMEOUT, interval=0.2,
                                   what="calls succeeding after the database is back")
        self.assertEqual(after.subject, "恢复之后")
        got = stubs.tickets.GetTicket(ticket_pb2.GetTicketRequest(name=first.name),
                                      metadata=md, timeout=DEADLINE)
        self.assertEqual(got, first)
        # Nothing from the outage was written: the first ticket and this one.
        listed = harness.list_all_tickets(stubs, md, parent="sites/hx")
        self.assertEqual({x.name for x in listed}, {first.name, after.name})
        harness.wait_until(
            lambda: all(server.health(s, timeout=DEADLINE) == harness.HEALTH_SERVING
                        for s in ("",) + harness.SERVICES),
            15, what="health SERVING again")
        self.assertEqual(server.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
