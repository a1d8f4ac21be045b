#!/usr/bin/python3
"""Recording a front-desk ticket from Python: a minimal frontdesk.v1 client.

Build the stubs first (`cmake --build build --target python_stubs` writes the
frontdesk/ and google/ packages next to this file), then:

    export FRONTDESK_SERVER=127.0.0.1:50051          # the default
    export FRONTDESK_TOKEN_FILE=~/.config/frontdesk/token   # the default
    /usr/bin/python3 clients/python/example.py
    HX-20261123-0001

The bearer token comes from $FRONTDESK_TOKEN, else from the file named by
$FRONTDESK_TOKEN_FILE (frontdeskd writes the first admin token there on its
first start). The example makes sure site "hx" exists, records a repair
ticket, reads it back by its number and prints the number.

Every call carries a deadline, and every mutating call a request_id, so that
a retry after a timeout can never record the same call twice.
"""

import os
import sys
import uuid

import grpc

from frontdesk.v1 import common_pb2
from frontdesk.v1 import directory_service_pb2 as directory_pb2
from frontdesk.v1 import directory_service_pb2_grpc as directory_grpc
from frontdesk.v1 import ticket_service_pb2 as ticket_pb2
from frontdesk.v1 import ticket_service_pb2_grpc as ticket_grpc

DEFAULT_SERVER = "127.0.0.1:50051"
DEFAULT_TOKEN_FILE = "~/.config/frontdesk/token"
# Seconds each call may take before it fails with DEADLINE_EXCEEDED.
DEADLINE = 10


class Client:
    """The two services of one server, with the caller's token."""

    def __init__(self, channel, token):
        self.directory = directory_grpc.DirectoryServiceStub(channel)
        self.tickets = ticket_grpc.TicketServiceStub(channel)
        self.metadata = (("authorization", "Bearer " + token),)


def server_address():
    return os.environ.get("FRONTDESK_SERVER") or DEFAULT_SERVER


def load_token():
    """$FRONTDESK_TOKEN, or the first line of $FRONTDESK_TOKEN_FILE."""
    token = os.environ.get("FRONTDESK_TOKEN", "").strip()
    if token:
        return token
    path = os.path.expanduser(
        os.environ.get("FRONTDESK_TOKEN_FILE") or DEFAULT_TOKEN_FILE)
    with open(path) as f:
        return f.read().strip()


def connect(address=None, token=None):
    """An insecure channel (frontdeskd serves plain gRPC on a trusted
    network) and a Client on it. Close the channel when done."""
    channel = grpc.insecure_channel(address or server_address())
    return channel, Client(channel, token or load_token())


def ensure_site(client, site_id, display_name, time_zone="Asia/Shanghai"):
    """Returns site `site_id`, creating it when it does not exist yet."""
    try:
        return client.directory.GetSite(
            directory_pb2.GetSiteRequest(name="sites/" + site_id),
            metadata=client.metadata, timeout=DEADLINE)
    except grpc.RpcError as e:
        if e.code() != grpc.StatusCode.NOT_FOUND:
            raise
    try:
        return client.directory.CreateSite(
            directory_pb2.CreateSiteRequest(
                site_id=site_id,
                site=directory_pb2.Site(display_name=display_name,
                                        time_zone=time_zone),
                request_id=str(uuid.uuid4())),
            metadata=client.metadata, timeout=DEADLINE)
    except grpc.RpcError as e:
        if e.code() != grpc.StatusCode.ALREADY_EXISTS:
            raise
        # Someone else created it meanwhile.
        return client.directory.GetSite(
            directory_pb2.GetSiteRequest(name="sites/" + site_id),
            metadata=client.metadata, timeout=DEADLINE)


def create_ticket(client, site_id, *, subject, reporter_name, reporter_phone,
                  location="", channel=ticket_pb2.Ticket.PHONE,
                  kind=ticket_pb2.Ticket.REPAIR, description="",
                  request_id=None):
    """Records a ticket; returns it with its number (e.g. HX-20261123-0001).

    Retrying with the same request_id returns the same ticket."""
    request = ticket_pb2.CreateTicketRequest(
        parent="sites/" + site_id,
        ticket=ticket_pb2.Ticket(
            channel=channel, kind=kind, subject=subject,
            description=description,
            reporter=common_pb2.Contact(name=reporter_name,
                                        phone=reporter_phone,
                                        location=location)),
        request_id=request_id or str(uuid.uuid4()))
    return client.tickets.CreateTicket(request, metadata=client.metadata,
                                       timeout=DEADLINE)


def get_ticket(client, site_id, number):
    """Reads a ticket by its number."""
    return client.tickets.GetTicket(
        ticket_pb2.GetTicketRequest(name="sites/%s/tickets/%s" % (site_id, number)),
        metadata=client.metadata, timeout=DEADLINE)


def main():
    channel, client = connect()
    with channel:
        ensure_site(client, "hx", "华馨苑")
        created = create_ticket(
            client, "hx", subject="厨房水管漏水", reporter_name="王芳",
            reporter_phone="13800138000", location="3-2-501")
        ticket = get_ticket(client, "hx", created.number)
        print(ticket.number)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except grpc.RpcError as e:
        print("frontdesk: %s: %s" % (e.code().name, e.details()), file=sys.stderr)
        sys.exit(1)
    except OSError as e:
        print("frontdesk: cannot read the token: %s" % e, file=sys.stderr)
        sys.exit(1)
