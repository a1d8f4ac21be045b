#!/usr/bin/python3
"""gRPC-level tests of frontdeskd's tickets and of the server itself (input
checks, names, paging, filters, updates, idempotency, shutdown), against the
real binary, on SQLite and on MariaDB (each test class runs once per backend).

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/api_test.py
"""

import concurrent.futures
import os
import subprocess
import tempfile
import threading
import time
import unittest
import uuid

import grpc

import harness
from harness import DEADLINE, ticket_pb2

from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, Ticket, TicketEvent, backend_cases


class ApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def test_bad_input_is_rejected_and_writes_nothing(self):
        site = self.new_site("bad")
        self.create(site)  # the site works
        t = self.stubs.tickets
        list_req = lambda **kw: ticket_pb2.ListTicketsRequest(  # noqa: E731
            parent="sites/" + site, **kw)
        cases = [
            ("empty subject", grpc.StatusCode.INVALID_ARGUMENT, "ticket.subject",
             t.CreateTicket, harness.ticket_request(site, subject="")),
            ("201-char subject", grpc.StatusCode.INVALID_ARGUMENT, "ticket.subject",
             t.CreateTicket, harness.ticket_request(site, subject="漏" * 201)),
            ("unknown kind", grpc.StatusCode.INVALID_ARGUMENT, "ticket.kind",
             t.CreateTicket, harness.ticket_request(site, kind=99)),
            ("unknown channel", grpc.StatusCode.INVALID_ARGUMENT, "ticket.channel",
             t.CreateTicket, harness.ticket_request(site, channel=42)),
            ("malformed phone", grpc.StatusCode.INVALID_ARGUMENT,
             "ticket.reporter.phone",
             t.CreateTicket, harness.ticket_request(site, reporter_phone="138-abc-8000")),
            ("mobile too long", grpc.StatusCode.INVALID_ARGUMENT,
             "ticket.reporter.phone",
             t.CreateTicket, harness.ticket_request(site, reporter_phone="138001380001")),
            ("complaint without class", grpc.StatusCode.INVALID_ARGUMENT,
             "ticket.complaint_class",
             t.CreateTicket, harness.ticket_request(site, kind=Ticket.COMPLAINT)),
            ("bad request_id", grpc.StatusCode.INVALID_ARGUMENT, "request_id",
             t.CreateTicket, harness.ticket_request(site, request_id="a b")),
            ("unknown site", grpc.StatusCode.NOT_FOUND, None,
             t.CreateTicket, harness.ticket_request("nosuchsite")),
            ("unknown unit", grpc.StatusCode.NOT_FOUND, None,
             t.CreateTicket,
             harness.ticket_request(site, reporter_unit="sites/%s/units/9-9-999" % site)),
            ("forged page token", grpc.StatusCode.INVALID_ARGUMENT, "page_token",
             t.ListTickets, list_req(page_token="cDIfZm9yZ2VkHzEyMzQ1Njc4OQ")),
            ("filter on unknown field", grpc.StatusCode.INVALID_ARGUMENT, "filter",
             t.ListTickets, list_req(filter="password = \"x\"")),
            ("filter with unknown enum value", grpc.StatusCode.INVALID_ARGUMENT,
             "filter", t.ListTickets, list_req(filter="status = SOLVED")),
            ("filter with OR", grpc.StatusCode.INVALID_ARGUMENT, "filter",
             t.ListTickets, list_req(filter="status = NEW OR kind = REPAIR")),
            ("negative page_size", grpc.StatusCode.INVALID_ARGUMENT, "page_size",
             t.ListTickets, list_req(page_size=-1)),
        ]
        reasons = {"unknown site": "SITE_NOT_FOUND", "unknown unit": "UNIT_NOT_FOUND",
                   "forged page token": "INVALID_PAGE_TOKEN"}
        for label, code, field, call, request in cases:
            with self.subTest(label):
                before = self.count_tickets()
                self.assertRpcError(code, call, request, metadata=self.md,
                                    field=field, reason=reasons.get(label))
                self.assertEqual(self.count_tickets(), before, "something was written")
                self.assertServing()


    def test_page_token_from_another_query_is_rejected(self):
        site = self.new_site("tok")
        for _ in range(3):
            self.create(site)
        first = self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=1),
            metadata=self.md, timeout=DEADLINE)
        token = first.next_page_token
        self.assertTrue(token)
        # Same token, different filter or parent: refused.
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=1,
                                          page_token=token, filter="kind = HELP"),
            metadata=self.md, field="page_token")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/-", page_size=1,
                                          page_token=token),
            metadata=self.md, field="page_token")
        # A tampered byte: refused.
        tampered = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=1,
                                          page_token=tampered),
            metadata=self.md, field="page_token")


    def test_get_by_name_or_number(self):
        site = self.new_site("num")
        t = self.create(site)
        self.assertRegex(t.number, r"^%s-\d{8}-0001$" % site.upper())
        self.assertEqual(t.name.rsplit("/", 1)[0], "sites/%s/tickets" % site)
        for name in (t.name, "sites/%s/tickets/%s" % (site, t.number),
                     "sites/-/tickets/%s" % t.number):
            with self.subTest(name=name):
                self.assertEqual(self.get(name), t)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.stubs.tickets.GetTicket,
                            ticket_pb2.GetTicketRequest(name=t.name + "999"),
                            metadata=self.md, reason="TICKET_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            self.stubs.tickets.GetTicket,
                            ticket_pb2.GetTicketRequest(name="tickets/1"),
                            metadata=self.md, field="name")


    def test_subject_boundaries(self):
        site = self.new_site("len")
        t = self.create(site, subject="漏" * 200)
        self.assertEqual(self.get(t.name).subject, "漏" * 200)


    def test_sql_injection_looking_text_is_stored_verbatim(self):
        site = self.new_site("sql")
        subject = "'; DROP TABLE tickets; --"
        name = "Robert'); DROP TABLE staff_members;--"
        location = "\" OR 1=1 -- \\ %_"
        t = self.create(site, subject=subject, reporter_name=name,
                        reporter_location=location)
        got = self.get(t.name)
        self.assertEqual(got.subject, subject)
        self.assertEqual(got.reporter.name, name)
        self.assertEqual(got.reporter.location, location)
        listed = harness.list_all_tickets(self.stubs, self.md, parent="sites/" + site)
        self.assertEqual([x.name for x in listed], [t.name])
        self.assertEqual(listed[0].subject, subject)
        # Quotes in a filter value are data, not SQL.
        none = harness.list_all_tickets(
            self.stubs, self.md, parent="sites/" + site,
            filter="reporter_phone = \"1' OR '1'='1\"")
        self.assertEqual(none, [])
        self.create(site)  # and writing still works
        self.assertEqual(
            len(harness.list_all_tickets(self.stubs, self.md, parent="sites/" + site)), 2)


    def test_update_with_stale_etag_is_aborted(self):
        site = self.new_site("etag")
        t = self.create(site)
        mask = field_mask_pb2.FieldMask(paths=["subject"])
        updated = self.stubs.tickets.UpdateTicket(
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=t.name, etag=t.etag, subject="第一次更正"),
                update_mask=mask),
            metadata=self.md, timeout=DEADLINE)
        self.assertNotEqual(updated.etag, t.etag)
        self.assertRpcError(
            grpc.StatusCode.ABORTED, self.stubs.tickets.UpdateTicket,
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=t.name, etag=t.etag, subject="过期的更正"),
                update_mask=mask),
            metadata=self.md, reason="ETAG_MISMATCH")
        self.assertEqual(self.get(t.name).subject, "第一次更正")
        self.assertEqual([e.type for e in self.events(t.name)],
                         [TicketEvent.CREATED, TicketEvent.UPDATED])


    def test_update_with_field_mask_records_old_and_new_values(self):
        site = self.new_site("upd")
        t = self.create(site, subject="厨房水管漏水", description="原描述")
        updated = self.stubs.tickets.UpdateTicket(
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=t.name, etag=t.etag, subject="卫生间水管漏水",
                              kind=Ticket.HELP, description="不在掩码里",
                              reporter=harness.common_pb2.Contact(phone="13900139000")),
                update_mask=field_mask_pb2.FieldMask(
                    paths=["subject", "kind", "reporter.phone"])),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual(updated.subject, "卫生间水管漏水")
        self.assertEqual(updated.kind, Ticket.HELP)
        self.assertEqual(updated.reporter.phone, "13900139000")
        self.assertEqual(updated.description, "原描述")  # not in the mask
        self.assertEqual(updated.reporter.name, t.reporter.name)
        self.assertEqual(updated.number, t.number)
        self.assertEqual(self.get(t.name), updated)

        history = self.events(t.name)
        self.assertEqual([e.type for e in history],
                         [TicketEvent.CREATED, TicketEvent.UPDATED])
        changes = {c.field: (c.old_value, c.new_value) for c in history[1].changes}
        self.assertEqual(changes, {
            "subject": ("厨房水管漏水", "卫生间水管漏水"),
            "kind": ("REPAIR", "HELP"),
            "reporter.phone": ("13800138000", "13900139000"),
        })
        self.assertEqual(history[1].actor, "staff/admin")

        # Bad masks and bad values: INVALID_ARGUMENT, nothing recorded.
        for label, mask, patch, field in [
                ("empty mask", [], Ticket(subject="x"), "update_mask"),
                ("output-only field", ["status"], Ticket(status=Ticket.CLOSED),
                 "update_mask"),
                ("bad new value", ["subject"], Ticket(subject=""), "ticket.subject")]:
            with self.subTest(label):
                patch.name = t.name
                self.assertRpcError(
                    grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.UpdateTicket,
                    ticket_pb2.UpdateTicketRequest(
                        ticket=patch, update_mask=field_mask_pb2.FieldMask(paths=mask)),
                    metadata=self.md, field=field)
        self.assertEqual(len(self.events(t.name)), 2)


    def test_notes_and_event_paging(self):
        site = self.new_site("note")
        t = self.create(site)
        notes = ["第%d次回访：住户说还在漏" % i for i in range(1, 8)]
        for note in notes:
            event = self.stubs.tickets.AddTicketNote(
                ticket_pb2.AddTicketNoteRequest(ticket=t.name, note=note),
                metadata=self.md, timeout=DEADLINE)
            self.assertEqual(event.type, TicketEvent.NOTE_ADDED)
            self.assertEqual(event.note, note)
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.AddTicketNote,
            ticket_pb2.AddTicketNoteRequest(ticket=t.name, note=""),
            metadata=self.md, field="note")

        pages, token = [], ""
        while True:
            resp = self.stubs.tickets.ListTicketEvents(
                ticket_pb2.ListTicketEventsRequest(parent=t.name, page_size=3,
                                                   page_token=token),
                metadata=self.md, timeout=DEADLINE)
            pages.append(list(resp.events))
            token = resp.next_page_token
            if not token:
                break
            self.assertLess(len(pages), 10)
        self.assertEqual([len(p) for p in pages], [3, 3, 2])
        events = [e for p in pages for e in p]
        ids = [e.event_id for e in events]
        self.assertEqual(ids, sorted(set(ids)), "oldest first, no duplicates")
        self.assertEqual(events[0].type, TicketEvent.CREATED)
        self.assertEqual([e.note for e in events[1:]], notes)
        self.assertTrue(all(e.name.startswith(t.name + "/events/") for e in events))
        self.assertEqual(events, self.events(t.name))  # default page size: one page


    def test_list_pagination_newest_first(self):
        site = self.new_site("pg")
        created = [self.create(site, subject="第%d单" % i).name for i in range(120)]
        pages, token = [], ""
        for _ in range(5):
            resp = self.stubs.tickets.ListTickets(
                ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=50,
                                              page_token=token),
                metadata=self.md, timeout=DEADLINE)
            pages.append([x.name for x in resp.tickets])
            token = resp.next_page_token
            if not token:
                break
            self.assertNotIn(site, token)  # opaque
        self.assertEqual([len(p) for p in pages], [50, 50, 20])
        listed = [n for p in pages for n in p]
        self.assertEqual(len(set(listed)), 120, "duplicates across pages")
        self.assertEqual(listed, list(reversed(created)), "not newest first")
        # page_size 0 means 50; larger than 1000 is capped, not refused.
        resp = self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/" + site),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual(len(resp.tickets), 50)
        resp = self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=100000),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual(len(resp.tickets), 120)
        self.assertEqual(resp.next_page_token, "")


    def test_list_filters(self):
        site = self.new_site("flt")
        repair = self.create(site, reporter_phone="13800000001")
        complaint = self.create(site, kind=Ticket.COMPLAINT,
                                complaint_class=Ticket.FACILITY,
                                channel=Ticket.WALK_IN, reporter_phone="13800000002")
        # create_time has microsecond resolution; make sure the later tickets
        # are strictly later than the boundary.
        boundary = complaint.create_time.ToJsonString()
        harness.wait_until(lambda: time.time() * 1e6 >
                           complaint.create_time.ToMicroseconds() + 2000, 5)
        inquiry = self.create(site, kind=Ticket.INQUIRY, reporter_phone="13800000001",
                              priority=Ticket.URGENT)
        late_repair = self.create(site, reporter_phone="021-5555-1234")

        def names(filter):
            return {x.name for x in harness.list_all_tickets(
                self.stubs, self.md, parent="sites/" + site, filter=filter)}

        everything = {repair.name, complaint.name, inquiry.name, late_repair.name}
        cases = [
            ("", everything),
            ("status = NEW", everything),
            ("status = CLOSED", set()),
            ("status != NEW", set()),
            ("kind = REPAIR", {repair.name, late_repair.name}),
            ("kind = COMPLAINT", {complaint.name}),
            ("channel = WALK_IN", {complaint.name}),
            ("priority = URGENT", {inquiry.name}),
            ('reporter_phone = "13800000001"', {repair.name, inquiry.name}),
            ("reporter_phone = 13800000002", {complaint.name}),
            ('reporter_phone = "021-5555-1234"', {late_repair.name}),
            ('create_time > "%s"' % boundary, {inquiry.name, late_repair.name}),
            ('create_time >= "%s"' % boundary,
             {complaint.name, inquiry.name, late_repair.name}),
            ('create_time <= "%s"' % boundary, {repair.name, complaint.name}),
            ('create_time < "%s"' % boundary, {repair.name}),
            ('create_time >= "2000-01-01T00:00:00Z"', everything),
            ('kind = REPAIR AND create_time > "%s"' % boundary, {late_repair.name}),
            ('status = NEW AND reporter_phone = "13800000001" AND kind = INQUIRY',
             {inquiry.name}),
        ]
        for filter, expected in cases:
            with self.subTest(filter=filter):
                self.assertEqual(names(filter), expected)
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/" + site,
                                          filter='create_time >= "yesterday"'),
            metadata=self.md, field="filter")
        # "sites/-" lists every site's tickets.
        all_sites = {x.name for x in harness.list_all_tickets(
            self.stubs, self.md, filter='reporter_phone = "13800000002"')}
        self.assertIn(complaint.name, all_sites)


    def test_idempotent_create_concurrent_restart_and_reuse(self):
        with harness.database(self.backend) as url, \
                harness.Server(db_url=url, name="frontdeskd-idem") as server:
            stubs, md = server.stubs(), server.metadata
            site = self.new_site("idem", stubs=stubs, md=md)
            request = harness.ticket_request(site, request_id="req-" + uuid.uuid4().hex)
            barrier = threading.Barrier(20)

            def call():
                barrier.wait(timeout=DEADLINE)
                return stubs.tickets.CreateTicket(request, metadata=md,
                                                  timeout=DEADLINE)

            with concurrent.futures.ThreadPoolExecutor(20) as pool:
                results = [f.result() for f in
                           [pool.submit(call) for _ in range(20)]]
            first = results[0]
            for r in results:
                self.assertEqual(r, first)
            listed = harness.list_all_tickets(stubs, md, parent="sites/" + site)
            self.assertEqual([x.name for x in listed], [first.name])
            self.assertEqual(len(self.events_on(stubs, md, first.name)), 1)

            server.restart()
            stubs, md = server.stubs(), server.metadata
            again = stubs.tickets.CreateTicket(request, metadata=md, timeout=DEADLINE)
            self.assertEqual(again, first)
            self.assertEqual(len(harness.list_all_tickets(
                stubs, md, parent="sites/" + site)), 1)

            changed = harness.ticket_request(site, subject="另一件事",
                                             request_id=request.request_id)
            with self.assertRaises(grpc.RpcError) as cm:
                stubs.tickets.CreateTicket(changed, metadata=md, timeout=DEADLINE)
            self.assertEqual(cm.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
            details = harness.rpc_error_details(cm.exception)
            self.assertEqual(details.violation_fields, ["request_id"])
            self.assertEqual(details.reason, "REQUEST_ID_REUSED")
            self.assertEqual(len(harness.list_all_tickets(
                stubs, md, parent="sites/" + site)), 1)

            # A new request_id is a new ticket, numbered next.
            other = stubs.tickets.CreateTicket(
                harness.ticket_request(site, request_id="req-" + uuid.uuid4().hex),
                metadata=md, timeout=DEADLINE)
            self.assertNotEqual(other.name, first.name)
            self.assertNotEqual(other.number, first.number)


    def test_idempotent_note_and_update(self):
        site = self.new_site("idn")
        t = self.create(site)
        note = ticket_pb2.AddTicketNoteRequest(ticket=t.name, note="已派维修工",
                                               request_id="note-" + uuid.uuid4().hex)
        a = self.stubs.tickets.AddTicketNote(note, metadata=self.md, timeout=DEADLINE)
        b = self.stubs.tickets.AddTicketNote(note, metadata=self.md, timeout=DEADLINE)
        self.assertEqual(a, b)
        update = ticket_pb2.UpdateTicketRequest(
            ticket=Ticket(name=t.name, subject="新标题"),
            update_mask=field_mask_pb2.FieldMask(paths=["subject"]),
            request_id="upd-" + uuid.uuid4().hex)
        u1 = self.stubs.tickets.UpdateTicket(update, metadata=self.md, timeout=DEADLINE)
        u2 = self.stubs.tickets.UpdateTicket(update, metadata=self.md, timeout=DEADLINE)
        self.assertEqual(u1, u2)
        self.assertEqual([e.type for e in self.events(t.name)],
                         [TicketEvent.CREATED, TicketEvent.NOTE_ADDED,
                          TicketEvent.UPDATED])


    def test_sigterm_drains_and_exits_zero(self):
        with harness.database(self.backend) as url, \
                harness.Server(db_url=url, name="frontdeskd-drain") as server:
            stubs, md = server.stubs(), server.metadata
            site = self.new_site("drn", stubs=stubs, md=md)
            self.create(site, stubs=stubs, md=md)

            # Clients keep creating tickets while the server is told to stop.
            stop = threading.Event()
            created, failures = [], []
            lock = threading.Lock()

            def writer(i):
                n = 0
                while not stop.is_set():
                    n += 1
                    try:
                        t = stubs.tickets.CreateTicket(
                            harness.ticket_request(site, request_id="w%d-%d" % (i, n)),
                            metadata=md, timeout=DEADLINE)
                        with lock:
                            created.append(t.name)
                    except grpc.RpcError as e:
                        with lock:
                            failures.append(e.code())
                        return

            threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
            for th in threads:
                th.start()
            try:
                harness.wait_until(lambda: len(created) >= 8, DEADLINE,
                                   what="some tickets created")
                start = time.monotonic()
                server.proc.terminate()
                code = server.proc.wait(timeout=harness.STOP_TIMEOUT)
                elapsed = time.monotonic() - start
            finally:
                stop.set()
                for th in threads:
                    th.join(timeout=2 * DEADLINE)
            self.assertEqual(code, 0, server.log_tail())
            self.assertLess(elapsed, 25)
            self.assertIn("frontdeskd stopped", server.log())
            # Calls cut off by the shutdown fail as UNAVAILABLE, never worse.
            for c in failures:
                self.assertIn(c, (grpc.StatusCode.UNAVAILABLE,
                                  grpc.StatusCode.CANCELLED))
            # Every ticket a client was told about is there after a restart.
            server.start()
            stubs, md = server.stubs(), server.metadata
            stored = {x.name for x in harness.list_all_tickets(
                stubs, md, parent="sites/" + site)}
            self.assertTrue(set(created) <= stored)
            self.assertEqual(server.stop(), 0)



    def test_second_server_on_same_address_refuses_to_start(self):
        # Same configuration started twice (an overlapping restart, a second
        # `make run`): the second must not share the port with the first.
        with tempfile.TemporaryDirectory() as d:
            env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
            env["FRONTDESK_TOKEN_FILE"] = os.path.join(d, "token")
            if self.server.data_key_file:
                env["FRONTDESK_DATA_KEY_FILE"] = self.server.data_key_file
            second = subprocess.run(
                [self.server.binary, "--listen", self.server.address,
                 "--db", self.server.db_url],
                env=env, cwd=d, stdin=subprocess.DEVNULL, capture_output=True,
                text=True, timeout=harness.START_TIMEOUT)
        self.assertNotEqual(second.returncode, 0, second.stdout + second.stderr)
        self.assertIn("could not listen", second.stdout + second.stderr)
        self.assertServing()


backend_cases(ApiTests, globals())


if __name__ == "__main__":
    unittest.main(verbosity=2)
