#!/usr/bin/python3
"""Pre-registering a visitor from an internal app (the resident app).

The app runs with a RESIDENT_APP service account's token for the site. It creates a
visitor pass for the resident's unit and shows the resident the 8-character
code, which the visitor gives at the desk. The code is in the response only:
the server keeps a hash of it.

    FRONTDESK_TOKEN=... /usr/bin/python3 clients/python/visitor_pass_example.py hx 3-2-501 张三
    7KQ2MZ4D  valid until 2026-11-24T16:00:00+00:00

Numbers in responses come back masked ("139****1111"): an app never needs
them in clear. Calls go through frontdesk_client.py (token, deadline,
request_id, decoded errors).
"""

import datetime
import sys

import frontdesk_client
from frontdesk_client import FrontdeskError
from frontdesk.v1 import visitor_service_pb2 as visitor_pb2


def create_pass(client, site_id, unit_id, visitor_name, phone="",
                hours=24, max_uses=1, purpose=visitor_pb2.Visit.VISIT_RESIDENT,
                request_id=""):
    """Creates a pass valid from now for `hours`; returns the VisitorPass
    (its `code` is set only in this response)."""
    expire = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(
        hours=hours)
    visitor_pass = visitor_pb2.VisitorPass(
        visitor=visitor_pb2.Visitor(display_name=visitor_name, phone=phone),
        purpose=purpose, max_uses=max_uses)
    visitor_pass.host.unit = "sites/%s/units/%s" % (site_id, unit_id)
    visitor_pass.expire_time.FromDatetime(expire)
    return client.visitors.CreateVisitorPass(visitor_pb2.CreateVisitorPassRequest(
        parent="sites/" + site_id, visitor_pass=visitor_pass,
        request_id=request_id))


def main(argv):
    if len(argv) != 4:
        print("usage: visitor_pass_example.py SITE UNIT VISITOR_NAME",
              file=sys.stderr)
        return 2
    with frontdesk_client.connect() as client:
        created = create_pass(client, argv[1], argv[2], argv[3])
    print("%s  valid until %s" % (
        created.code, created.expire_time.ToDatetime(
            tzinfo=datetime.timezone.utc).isoformat()))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except FrontdeskError as e:
        print("frontdesk: %s" % e, file=sys.stderr)
        sys.exit(1)
    except OSError as e:
        print("frontdesk: cannot read the token: %s" % e, file=sys.stderr)
        sys.exit(1)
