#!/usr/bin/python3
"""gRPC-level tests of the live event feed (WatchTickets) across a disconnect
and a shutdown, with events written meanwhile by a second server process on
the same database, on SQLite and on MariaDB.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/watch_api_test.py
"""

import os
import shutil
import tempfile
import time
import unittest

import grpc

import harness
from harness import DEADLINE, ticket_pb2

from google.protobuf import field_mask_pb2

from api_support import backend_cases
from workflow_api_support import Ticket, TicketEvent, WATCH_WAIT, EventReader, Backend


class WatchTestBase:
    """WatchTickets across a disconnect, with events written meanwhile by a
    second server process on the same database (MariaDB, and SQLite with two
    processes on one file)."""

    backend = None

    def setUp(self):
        url, cleanup = harness.fresh_database(self.backend)
        if url is None:
            self.skipTest("FRONTDESK_TEST_MYSQL is not set")
        self.addCleanup(cleanup)
        shared = tempfile.mkdtemp(prefix="frontdesk-watch-")
        self.addCleanup(shutil.rmtree, shared, True)
        token_file = os.path.join(shared, "token")
        servers = [harness.Server(db_url=url, token_file=token_file,
                                  name="frontdeskd-watch-%s-%d" % (self.backend, i))
                   for i in (1, 2)]
        for s in servers:
            self.addCleanup(s.cleanup)
        servers[0].start()  # migrates and bootstraps first
        servers[1].start()
        self.servers = servers
        self.one, self.two = Backend(self, servers[0]), Backend(self, servers[1])
        self.readers = []

    def tearDown(self):
        for r in self.readers:
            r.cancel()
        for s in self.servers:
            s.stop()

    def watch(self, backend, site, after):
        reader = EventReader(backend.tickets, backend.md, site, after)
        self.readers.append(reader)
        return reader

    def site_events_after(self, backend, names, after):
        """The events of tickets `names` with event_id > after, in id order."""
        out = [e for n in names for e in backend.events(n) if e.event_id > after]
        return sorted(out, key=lambda e: e.event_id)

    def test_resume_after_disconnect_without_loss_or_repetition(self):
        one, two = self.one, self.two
        site, other = one.new_site("wa"), one.new_site("wo")
        lift = one.create(site, subject="2栋电梯异响")
        one.note(lift.name, "已通知维保单位")
        one.create(other, subject="别的小区")

        reader = self.watch(one, site, -1)
        first = reader.take(2)
        self.assertEqual([e.type for e in first],
                         [TicketEvent.CREATED, TicketEvent.NOTE_ADDED])
        self.assertEqual([e.event_id for e in first],
                         [e.event_id for e in one.events(lift.name)])
        for e in first:
            self.assertTrue(e.name.startswith(lift.name + "/events/"), e.name)
            self.assertTrue(e.name.endswith("/events/%d" % e.event_id), e.name)
            # The board shows the ticket's number with each event.
            self.assertEqual(e.ticket_number, lift.number)
        self.assertEqual(first[0].actor, "staff/admin")
        last_id = first[-1].event_id
        reader.cancel()

        # While nobody watches: writes through both processes, on both sites.
        one.note(lift.name, "维保单位下午到场")
        noise = two.create(other, subject="别的小区的事")
        two.note(noise.name, "不该出现")
        water = two.create(site, subject="1栋地下室积水")
        two.tickets.UpdateTicket(
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=water.name, priority=Ticket.URGENT),
                update_mask=field_mask_pb2.FieldMask(paths=["priority"])),
            metadata=two.md, timeout=DEADLINE)
        one.note(noise.name, "也不该出现")
        two.note(lift.name, "更换导靴")
        missed = self.site_events_after(one, [lift.name, water.name], last_id)
        self.assertEqual(len(missed), 4)

        # Resumed on the second process, then (after more writes) on the
        # first: each time exactly what was missed, then live events only.
        for via, writer in ((two, one), (one, two)):
            with self.subTest(via=via.server.name):
                resumed = self.watch(via, site, last_id)
                got = resumed.take(len(missed))
                self.assertEqual([(e.event_id, e.name, e.type) for e in got],
                                 [(e.event_id, e.name, e.type) for e in missed])
                self.assertEqual([e.note for e in got], [e.note for e in missed])
                self.assertEqual([e.ticket_number for e in got],
                                 [e.ticket_number for e in missed])
                self.assertEqual({e.ticket_number for e in got},
                                 {lift.number, water.number})
                # Live from here on, written by the other process; the next
                # event is the marker: nothing repeated, nothing foreign.
                writer.note(noise.name, "别的小区的备注")
                marker = writer.note(water.name, "抽水泵已到")
                live = resumed.next()
                self.assertEqual((live.event_id, live.name, live.note),
                                 (marker.event_id, marker.name, marker.note))
                resumed.cancel()
                last_id = marker.event_id
                missed = [via.note(lift.name, "断线期间的备注"),
                          writer.note(water.name, "积水已抽干")]

    def test_only_new_events_and_bad_requests(self):
        one, two = self.one, self.two
        site = one.new_site("wn")
        old = one.create(site, subject="旧的")
        before = max(e.event_id for e in one.events(old.name))
        reader = self.watch(two, site, 0)
        # The stream starts at "now" once the server has the call; notes are
        # written until one arrives (bounded), and it must be one of them.
        written = set()
        got = None
        deadline = time.monotonic() + WATCH_WAIT
        while got is None and time.monotonic() < deadline:
            written.add(one.note(old.name, "note %d" % len(written)).event_id)
            try:
                got = reader.next(timeout=1)
            except AssertionError:
                if reader.error is not None:
                    raise
        self.assertIsNotNone(got, "no event within %d s" % WATCH_WAIT)
        self.assertGreater(got.event_id, before)
        self.assertIn(got.event_id, written)

        for request, code in (
                (ticket_pb2.WatchTicketsRequest(parent="sites/" + site,
                                                after_event_id=-2),
                 grpc.StatusCode.INVALID_ARGUMENT),
                (ticket_pb2.WatchTicketsRequest(parent="sites/nosuchsite",
                                                after_event_id=-1),
                 grpc.StatusCode.NOT_FOUND),
                (ticket_pb2.WatchTicketsRequest(parent="hx", after_event_id=-1),
                 grpc.StatusCode.INVALID_ARGUMENT)):
            with self.subTest(request=str(request)):
                call = one.tickets.WatchTickets(request, metadata=one.md,
                                                timeout=DEADLINE)
                with self.assertRaises(grpc.RpcError) as cm:
                    next(iter(call))
                self.assertEqual(cm.exception.code(), code)
        call = one.tickets.WatchTickets(
            ticket_pb2.WatchTicketsRequest(parent="sites/" + site, after_event_id=-1),
            timeout=DEADLINE)
        with self.assertRaises(grpc.RpcError) as cm:
            next(iter(call))
        self.assertEqual(cm.exception.code(), grpc.StatusCode.UNAUTHENTICATED)

    def test_shutdown_ends_the_stream_promptly(self):
        one = self.one
        site = one.new_site("ws")
        one.create(site, subject="电梯")
        # A channel of its own: Server.stop() closes the server's channels,
        # which would cancel the call on this side first.
        channel = harness.make_channel(self.servers[0].address)
        self.addCleanup(channel.close)
        reader = self.watch(Backend(self, self.servers[0], harness.Stubs(channel)),
                            site, -1)
        reader.next()
        started = time.monotonic()
        self.servers[0].stop()
        self.assertLess(time.monotonic() - started, 10,
                        "a watch stream held up the shutdown")
        error = reader.end()
        self.assertIsNotNone(error)
        self.assertEqual(error.code(), grpc.StatusCode.UNAVAILABLE)


backend_cases(WatchTestBase, globals(), "WatchTest")


if __name__ == "__main__":
    unittest.main(verbosity=2)
