#!/usr/bin/python3
"""What the gRPC-level workflow tests share: event readers on WatchTickets,
a backend's stubs with workflow helpers, and constants."""

import queue
import threading
import uuid

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2


Ticket = ticket_pb2.Ticket
TicketEvent = ticket_pb2.TicketEvent
TicketCallback = ticket_pb2.TicketCallback
WorkOrder = ticket_pb2.WorkOrder
SUPERVISOR = ticket_pb2.ESCALATION_LEVEL_SUPERVISOR
MANAGER = ticket_pb2.ESCALATION_LEVEL_MANAGER

DAY = 86400
# The longest a watcher may take to see an event once it is committed: the
# server polls every 250 ms and waits up to 2 s for a gap in the ids.
WATCH_WAIT = 15
# The overall deadline of a watch stream in these tests.
STREAM_DEADLINE = 120


def unique_id(prefix):
    return (prefix + uuid.uuid4().hex)[:16]


def micros(timestamp):
    return timestamp.seconds * 1000000 + timestamp.nanos // 1000


class EventReader:
    """Reads a WatchTickets stream on a thread of its own, so that the test
    can wait for each event with a bounded wait."""

    _END = object()

    def __init__(self, stub, metadata, site, after_event_id):
        self.call = stub.WatchTickets(
            ticket_pb2.WatchTicketsRequest(parent="sites/" + site,
                                           after_event_id=after_event_id),
            metadata=metadata, timeout=STREAM_DEADLINE)
        self._queue = queue.Queue()
        self.error = None
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name="watch-" + site)
        self._thread.start()

    def _run(self):
        try:
            for event in self.call:
                self._queue.put(event)
        except grpc.RpcError as e:
            self.error = e
        self._queue.put(self._END)

    def next(self, timeout=WATCH_WAIT):
        """The next event; AssertionError when none comes within `timeout`
        seconds or the stream ended."""
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no event within %.1f s" % timeout) from None
        if item is self._END:
            self._queue.put(self._END)  # keep reporting the end
            raise AssertionError(
                "the stream ended: %s" %
                (self.error.code() if self.error else "OK"))
        return item

    def take(self, n, timeout=WATCH_WAIT):
        return [self.next(timeout) for _ in range(n)]

    def poll(self):
        """An event already received, or None (no waiting)."""
        try:
            item = self._queue.get_nowait()
        except queue.Empty:
            return None
        if item is self._END:
            self._queue.put(self._END)
            return None
        return item

    def end(self, timeout=DEADLINE):
        """Waits (bounded) for the stream to end; returns its error."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise AssertionError("the stream did not end within %d s" % timeout)
        return self.error

    def cancel(self):
        self.call.cancel()
        self._thread.join(DEADLINE)


class Backend:
    """One backend's stubs and helpers, for the tests below."""

    def __init__(self, test, server, stubs=None):
        self.test = test
        self.server = server
        self.stubs = stubs or server.stubs()
        self.md = server.metadata

    @property
    def tickets(self):
        return self.stubs.tickets

    def new_site(self, prefix="s"):
        site_id = unique_id(prefix)
        self.stubs.directory.CreateSite(harness.site_request(site_id),
                                        metadata=self.md, timeout=DEADLINE)
        return site_id

    def new_staff(self, sites, roles=(directory_pb2.StaffMember.MAINTENANCE,)):
        return harness.create_staff(self.stubs, self.md, unique_id("st"), sites,
                                    roles)

    def token_of(self, staff_id):
        return harness.token_metadata(self.stubs, self.md, staff_id)

    def create(self, site, **kwargs):
        return self.tickets.CreateTicket(harness.ticket_request(site, **kwargs),
                                         metadata=self.md, timeout=DEADLINE)

    def get(self, name):
        return self.tickets.GetTicket(ticket_pb2.GetTicketRequest(name=name),
                                      metadata=self.md, timeout=DEADLINE)

    def note(self, name, text):
        return self.tickets.AddTicketNote(
            ticket_pb2.AddTicketNoteRequest(ticket=name, note=text),
            metadata=self.md, timeout=DEADLINE)

    def events(self, name):
        return harness.list_pages(self.tickets.ListTicketEvents,
                                  ticket_pb2.ListTicketEventsRequest(parent=name),
                                  "events", self.md, pages=100)

    def dispatch(self, name, staff_id):
        return self.tickets.DispatchTicket(
            ticket_pb2.DispatchTicketRequest(
                name=name, route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
                assignee="staff/" + staff_id),
            metadata=self.md, timeout=DEADLINE)

    def work_orders(self, name):
        return list(self.tickets.ListWorkOrders(
            ticket_pb2.ListWorkOrdersRequest(parent=name, page_size=100),
            metadata=self.md, timeout=DEADLINE).work_orders)

    def do_the_work(self, name, staff_id):
        """Dispatch, arrival and completed work: ready to be resolved."""
        self.dispatch(name, staff_id)
        order = self.work_orders(name)[-1]
        self.tickets.ConfirmArrival(
            ticket_pb2.ConfirmArrivalRequest(name=order.name),
            metadata=self.md, timeout=DEADLINE)
        self.tickets.CompleteWorkOrder(
            ticket_pb2.CompleteWorkOrderRequest(
                name=order.name, work_done="更换曳引机制动器",
                accepted_by_reporter=True),
            metadata=self.md, timeout=DEADLINE)

    def resolve(self, name, summary="电梯已修复", resolve_children=False):
        return self.tickets.ResolveTicket(
            ticket_pb2.ResolveTicketRequest(name=name, summary=summary,
                                            resolve_children=resolve_children),
            metadata=self.md, timeout=DEADLINE)

    def link(self, child, parent, md=None):
        return self.tickets.LinkTicket(
            ticket_pb2.LinkTicketRequest(name=child, parent=parent),
            metadata=md or self.md, timeout=DEADLINE)

    def escalations(self, site, filter="", page_size=0):
        return harness.list_pages(
            self.tickets.ListEscalations,
            ticket_pb2.ListEscalationsRequest(
                parent="sites/" + site, filter=filter, page_size=page_size),
            "escalations", self.md, pages=100)

    def policies(self, site):
        return list(self.tickets.ListSlaPolicies(
            ticket_pb2.ListSlaPoliciesRequest(parent="sites/" + site),
            metadata=self.md, timeout=DEADLINE).policies)
