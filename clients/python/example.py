#!/usr/bin/python3
"""Recording a front-desk ticket from Python: a minimal frontdesk.v1 client.

Build the stubs first (`cmake --build build --target python_stubs` writes the
frontdesk/ and google/ packages next to this file), then:

    export FRONTDESK_SERVER=127.0.0.1:50051          # the default
    export FRONTDESK_TOKEN_FILE=~/.config/frontdesk/token   # the default
    /usr/bin/python3 clients/python/example.py
    HX-20261123-0001

The example makes sure site "hx" exists, records a repair ticket, reads it
back by its number and prints the number. It calls the server through
frontdesk_client.py (beside this file), which puts the bearer token
($FRONTDESK_TOKEN, else the file $FRONTDESK_TOKEN_FILE, where frontdeskd
writes the first admin token on its first start) and a deadline on every
call, and a request_id on every mutating call, so that a retry after a
timeout can never record the same call twice. A failure prints its code,
message, reason and the fields it names, and exits 1.
"""

import sys

import grpc

import frontdesk_client
from frontdesk_client import FrontdeskError
from frontdesk.v1 import common_pb2
from frontdesk.v1 import directory_service_pb2 as directory_pb2
from frontdesk.v1 import ticket_service_pb2 as ticket_pb2


def ensure_site(client, site_id, display_name, time_zone="Asia/Shanghai"):
    """Returns site `site_id`, creating it when it does not exist yet."""
    get = directory_pb2.GetSiteRequest(name="sites/" + site_id)
    try:
        return client.directory.GetSite(get)
    except FrontdeskError as e:
        if e.code() != grpc.StatusCode.NOT_FOUND:
            raise
    try:
        return client.directory.CreateSite(directory_pb2.CreateSiteRequest(
            site_id=site_id,
            site=directory_pb2.Site(display_name=display_name, time_zone=time_zone)))
    except FrontdeskError as e:
        if e.code() != grpc.StatusCode.ALREADY_EXISTS:
            raise
        return client.directory.GetSite(get)  # someone else created it meanwhile


def create_ticket(client, site_id, *, subject, reporter_name, reporter_phone,
                  location="", channel=ticket_pb2.Ticket.PHONE,
                  kind=ticket_pb2.Ticket.REPAIR, description="",
                  request_id=""):
    """Records a ticket; returns it with its number (e.g. HX-20261123-0001).

    Retrying with the same request_id returns the same ticket; without one
    the client sends a fresh one."""
    return client.tickets.CreateTicket(ticket_pb2.CreateTicketRequest(
        parent="sites/" + site_id,
        ticket=ticket_pb2.Ticket(
            channel=channel, kind=kind, subject=subject,
            description=description,
            reporter=common_pb2.Contact(name=reporter_name,
                                        phone=reporter_phone,
                                        location=location)),
        request_id=request_id))


def get_ticket(client, site_id, number):
    """Reads a ticket by its number."""
    return client.tickets.GetTicket(ticket_pb2.GetTicketRequest(
        name="sites/%s/tickets/%s" % (site_id, number)))


def main():
    with frontdesk_client.connect() as client:
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
    except FrontdeskError as e:
        print("frontdesk: %s" % e, file=sys.stderr)
        sys.exit(1)
    except OSError as e:
        print("frontdesk: cannot read the token: %s" % e, file=sys.stderr)
        sys.exit(1)
