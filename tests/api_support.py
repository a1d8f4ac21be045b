#!/usr/bin/python3
"""What the gRPC-level tests of frontdeskd share: a real server per test
class on a fresh SQLite or MariaDB database, and helpers."""

import unittest
import uuid

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2


Ticket = ticket_pb2.Ticket
TicketEvent = ticket_pb2.TicketEvent


def unique_site_id(prefix):
    return (prefix + uuid.uuid4().hex)[:16]


class ServerPerClass:
    """A real frontdeskd (cls.server, named server_name + the backend) on a
    fresh database of one backend, for one test class. Mixed into one
    unittest.TestCase per backend (see backend_cases())."""

    backend = None  # "sqlite" or "mariadb"
    server_name = "frontdeskd-"

    @classmethod
    def setUpClass(cls):
        url, cleanup = harness.fresh_database(cls.backend)  # fails if required
        if url is None:
            raise unittest.SkipTest("FRONTDESK_TEST_MYSQL is not set")
        cls._db_cleanup = cleanup
        cls.server = harness.Server(db_url=url,
                                    name=cls.server_name + cls.backend)
        try:
            cls.server.start()
        except BaseException:
            cls.server.cleanup()
            cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            cls.server.stop()
        finally:
            cls.server.cleanup()
            cls._db_cleanup()


class ApiTestBase(ServerPerClass):
    """ServerPerClass with the admin's stubs (cls.stubs, cls.md) and the
    helpers the gRPC-level tests share."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.stubs = cls.server.stubs()
        cls.md = cls.server.metadata

    def new_site(self, prefix="s", stubs=None, md=None):
        site_id = unique_site_id(prefix)
        (stubs or self.stubs).directory.CreateSite(
            harness.site_request(site_id), metadata=md or self.md,
            timeout=DEADLINE)
        return site_id

    def create(self, site_id, stubs=None, md=None, **kwargs):
        return (stubs or self.stubs).tickets.CreateTicket(
            harness.ticket_request(site_id, **kwargs), metadata=md or self.md,
            timeout=DEADLINE)

    def get(self, name):
        return self.stubs.tickets.GetTicket(
            ticket_pb2.GetTicketRequest(name=name), metadata=self.md,
            timeout=DEADLINE)

    def events(self, name, page_size=0):
        return harness.list_pages(
            self.stubs.tickets.ListTicketEvents,
            ticket_pb2.ListTicketEventsRequest(parent=name, page_size=page_size),
            "events", self.md)

    def count_tickets(self):
        return len(harness.list_all_tickets(self.stubs, self.md))

    def assertRpcError(self, code, call, *args, field=None, reason=None, **kwargs):
        """harness.expect_rpc_error, and every error is one of ours: an
        ErrorInfo in domain frontdesk.v1 with an UPPER_SNAKE_CASE reason."""
        details = harness.expect_rpc_error(self, code, call, *args, field=field,
                                           reason=reason, **kwargs)
        self.assertEqual(details.status.code, code.value[0])
        self.assertIsNotNone(details.error_info, "no ErrorInfo")
        self.assertEqual(details.error_info.domain, "frontdesk.v1")
        self.assertRegex(details.reason, r"^[A-Z][A-Z0-9_]*$")
        return details

    def assertServing(self):
        for service in ("",) + harness.SERVICES:
            self.assertEqual(self.server.health(service), harness.HEALTH_SERVING)
        self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/-", page_size=1),
            metadata=self.md, timeout=DEADLINE)

    def new_staff(self, sites, roles=(directory_pb2.StaffMember.MAINTENANCE,),
                  prefix="st", display_name="王力"):
        return harness.create_staff(self.stubs, self.md, unique_site_id(prefix),
                                    sites, roles, display_name)

    def token_of(self, staff_id):
        return harness.token_metadata(self.stubs, self.md, staff_id)

    def all_departments(self, site, page_size=0):
        return harness.list_pages(
            self.stubs.directory.ListDepartments,
            directory_pb2.ListDepartmentsRequest(parent="sites/" + site,
                                                 page_size=page_size),
            "departments", self.md, pages=100)

    def all_vendors(self, filter="", page_size=0, prefix=""):
        """Vendors of a filter, every page; only ids starting with `prefix`
        (other tests' vendors share the database)."""
        out = harness.list_pages(
            self.stubs.directory.ListVendors,
            directory_pb2.ListVendorsRequest(filter=filter, page_size=page_size),
            "vendors", self.md, pages=100)
        return [v for v in out if v.name.startswith("vendors/" + prefix)]


    @staticmethod
    def events_on(stubs, md, name):
        return stubs.tickets.ListTicketEvents(
            ticket_pb2.ListTicketEventsRequest(parent=name, page_size=100),
            metadata=md, timeout=DEADLINE).events


def backend_cases(mixin, module, name=None):
    """Defines Sqlite<name> and MariaDB<name> (unittest.TestCase) of `mixin`
    in `module`'s namespace, so that every test runs on both backends.
    `name` defaults to the mixin's."""
    for backend, prefix in (("sqlite", "Sqlite"), ("mariadb", "MariaDB")):
        case = prefix + (name or mixin.__name__)
        module[case] = type(case, (mixin, unittest.TestCase),
                            {"backend": backend,
                             "__module__": module["__name__"]})
