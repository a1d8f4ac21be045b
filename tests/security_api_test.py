#!/usr/bin/python3
"""gRPC-level tests of the hardening that makes one caller's work their own
(issue 12, points 5 and 7), against the real binary, on SQLite and MariaDB:

- a page token is signed by the server and bound to the caller and the
  query: one staff member's token is refused for another (INVALID_ARGUMENT
  on page_token), as is an altered one;
- request ids are scoped to the caller: the same request_id from two staff
  members is two requests, each replayed only to its own caller;
- a first start that cannot write the admin token file exits non-zero
  saying why, and issues no token (the next start with a writable path
  does).

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/security_api_test.py
"""

import base64
import os
import unittest

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2

from api_support import ApiTestBase, backend_cases


class SecurityApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    def two_desks(self, site):
        """Tokens (call metadata) of two receptionists at `site`."""
        roles = (directory_pb2.StaffMember.RECEPTIONIST,)
        return (self.token_of(self.new_staff([site], roles=roles, prefix="da")),
                self.token_of(self.new_staff([site], roles=roles, prefix="db")))

    def test_page_token_of_one_caller_is_refused_for_another(self):
        site = self.new_site("pt")
        a, b = self.two_desks(site)
        for i in range(3):
            self.create(site, md=a, subject="第%d件" % i)
        request = ticket_pb2.ListTicketsRequest(parent="sites/" + site,
                                                page_size=1)
        t = self.stubs.tickets
        first = t.ListTickets(request, metadata=a, timeout=DEADLINE)
        self.assertEqual(len(first.tickets), 1)
        self.assertTrue(first.next_page_token)
        request.page_token = first.next_page_token

        # B sees the same tickets, but not through A's token.
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, t.ListTickets,
                            request, metadata=b, timeout=DEADLINE,
                            field="page_token", reason="INVALID_PAGE_TOKEN")
        # Nor through an admin's, nor A's token altered.
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, t.ListTickets,
                            request, metadata=self.md, timeout=DEADLINE,
                            field="page_token", reason="INVALID_PAGE_TOKEN")
        raw = bytearray(base64.urlsafe_b64decode(
            first.next_page_token + "=" * (-len(first.next_page_token) % 4)))
        raw[-1] ^= 1
        altered = ticket_pb2.ListTicketsRequest()
        altered.CopyFrom(request)
        altered.page_token = base64.urlsafe_b64encode(bytes(raw)).decode()
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, t.ListTickets,
                            altered, metadata=a, timeout=DEADLINE,
                            field="page_token", reason="INVALID_PAGE_TOKEN")
        # ... and A's own token with another query.
        other = ticket_pb2.ListTicketsRequest()
        other.CopyFrom(request)
        other.filter = "kind = REPAIR"
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, t.ListTickets,
                            other, metadata=a, timeout=DEADLINE,
                            field="page_token", reason="INVALID_PAGE_TOKEN")

        # A walks on with it; B's own walk covers the same tickets.
        second = t.ListTickets(request, metadata=a, timeout=DEADLINE)
        self.assertEqual(len(second.tickets), 1)
        self.assertNotEqual(second.tickets[0].name, first.tickets[0].name)
        names = lambda md: sorted(x.name for x in harness.list_pages(
            t.ListTickets, ticket_pb2.ListTicketsRequest(
                parent="sites/" + site, page_size=1), "tickets", md))
        self.assertEqual(len(names(a)), 3)
        self.assertEqual(names(a), names(b))

    def test_one_request_id_from_two_callers_makes_two_tickets(self):
        site = self.new_site("ri")
        a, b = self.two_desks(site)
        before = self.count_tickets()
        # The very same request from both: still two requests.
        made_a = self.create(site, md=a, request_id="shared-id-1")
        made_b = self.create(site, md=b, request_id="shared-id-1")
        self.assertNotEqual(made_a.name, made_b.name)
        self.assertNotEqual(made_a.created_by, made_b.created_by)
        self.assertEqual(self.count_tickets(), before + 2)

        # Each retry replays its own caller's ticket and makes nothing.
        self.assertEqual(self.create(site, md=a, request_id="shared-id-1"),
                         made_a)
        self.assertEqual(self.create(site, md=b, request_id="shared-id-1"),
                         made_b)
        self.assertEqual(self.count_tickets(), before + 2)

        # B cannot block A's next id by taking it first with another body.
        self.create(site, md=b, request_id="shared-id-2", subject="B 的")
        mine = self.create(site, md=a, request_id="shared-id-2",
                           subject="A 的")
        self.assertEqual(mine.subject, "A 的")
        self.assertEqual(self.count_tickets(), before + 4)
        # ... while one's own id reused for another body is still refused.
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.CreateTicket,
            harness.ticket_request(site, request_id="shared-id-2",
                                   subject="另一件"),
            metadata=a, timeout=DEADLINE, field="request_id",
            reason="REQUEST_ID_REUSED")

    def test_unwritable_token_file_stops_the_first_start_issuing_nothing(self):
        url, cleanup = harness.fresh_database(self.backend)
        try:
            blocker = os.path.join(self.server.tmpdir, "a-file-%s" % self.backend)
            with open(blocker, "w") as f:
                f.write("not a directory\n")
            # A path under a regular file cannot be written, even by root.
            bad_path = os.path.join(blocker, "token")
            server = harness.Server(db_url=url, token_file=bad_path,
                                    name="frontdeskd-badtoken")
            try:
                server.start(wait=False)
                code = server.proc.wait(timeout=harness.START_TIMEOUT)
                log = server.log()
            finally:
                server.cleanup()
            self.assertNotEqual(code, 0, log)
            self.assertIn(bad_path, log)
            self.assertIn("no token was issued", log)

            # Nothing was issued: the next start with a writable path does.
            with harness.Server(db_url=url, name="frontdeskd-goodtoken") as good:
                mode = os.stat(good.token_file).st_mode & 0o777
                self.assertEqual(mode, 0o600)
                stubs = good.stubs()
                stubs.directory.ListSites(directory_pb2.ListSitesRequest(),
                                          metadata=good.metadata,
                                          timeout=DEADLINE)
        finally:
            if cleanup:
                cleanup()


backend_cases(SecurityApiTests, globals())


if __name__ == "__main__":
    unittest.main(verbosity=2)
