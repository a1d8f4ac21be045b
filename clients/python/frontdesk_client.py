"""A small frontdesk.v1 client over the generated stubs (Debian's python3-grpcio).

    import frontdesk_client
    from frontdesk.v1 import ticket_service_pb2 as ticket_pb2

    with frontdesk_client.connect() as client:   # $FRONTDESK_SERVER, token from env/file
        ticket = client.tickets.CreateTicket(ticket_pb2.CreateTicketRequest(...))
        for event in client.tickets.WatchTickets(request, timeout=60):
            ...

The contract, for every call through a Client (the stubs' methods, same
names, as client.directory, .tickets, .visitors, .roster, .reports):
- metadata `authorization: Bearer <token>`; the token is the argument, else
  $FRONTDESK_TOKEN, else the file $FRONTDESK_TOKEN_FILE (default
  ~/.config/frontdesk/token, where frontdeskd writes the first admin token);
- a deadline: the call's `timeout` (seconds), else the client's (default 10);
  a stream fails with DEADLINE_EXCEEDED when it runs out;
- a request whose message has a request_id field and no request_id set is
  sent as a copy with a fresh UUID (the caller's message is not changed). A
  caller that may retry a mutation sets its own request_id and reuses it:
  the server then returns the first result and creates nothing new;
- a failure raises FrontdeskError, a grpc.RpcError (code(), details(),
  trailing_metadata() as usual) with the `grpc-status-details-bin` trailer
  decoded: .status (google.rpc.Status), .reason and .error_info
  (google.rpc.ErrorInfo), .field_violations (google.rpc.BadRequest), and
  .decoded_details (every detail: google.rpc types unpacked, others kept as
  the raw google.protobuf.Any).
Server-streaming calls return a ResponseStream: iterate it; cancel() ends it.

This file sits beside the generated frontdesk/ and google/ packages (the
python_stubs build target writes them into clients/python/); it is not
generated. Debian's python3-grpcio has no grpc_status module, so the
trailer is decoded here with google/rpc/status_pb2.
"""

import os
import uuid

import grpc

from frontdesk.v1 import directory_service_pb2
from frontdesk.v1 import directory_service_pb2_grpc
from frontdesk.v1 import report_service_pb2
from frontdesk.v1 import report_service_pb2_grpc
from frontdesk.v1 import roster_service_pb2
from frontdesk.v1 import roster_service_pb2_grpc
from frontdesk.v1 import ticket_service_pb2
from frontdesk.v1 import ticket_service_pb2_grpc
from frontdesk.v1 import visitor_service_pb2
from frontdesk.v1 import visitor_service_pb2_grpc
from google.rpc import error_details_pb2
from google.rpc import status_pb2

DEFAULT_SERVER = "127.0.0.1:50051"
DEFAULT_TOKEN_FILE = "~/.config/frontdesk/token"
# Seconds each call may take before it fails with DEADLINE_EXCEEDED.
DEFAULT_DEADLINE = 10

DETAILS_KEY = "grpc-status-details-bin"
_TYPE_URL_PREFIX = "type.googleapis.com/"

# Client attribute -> (the service's proto module, its grpc module, name).
SERVICES = {
    "directory": (directory_service_pb2, directory_service_pb2_grpc, "DirectoryService"),
    "tickets": (ticket_service_pb2, ticket_service_pb2_grpc, "TicketService"),
    "visitors": (visitor_service_pb2, visitor_service_pb2_grpc, "VisitorService"),
    "roster": (roster_service_pb2, roster_service_pb2_grpc, "RosterService"),
    "reports": (report_service_pb2, report_service_pb2_grpc, "ReportService"),
}


def server_address():
    """$FRONTDESK_SERVER, else 127.0.0.1:50051."""
    return os.environ.get("FRONTDESK_SERVER") or DEFAULT_SERVER


def load_token():
    """$FRONTDESK_TOKEN, or the contents of $FRONTDESK_TOKEN_FILE."""
    token = os.environ.get("FRONTDESK_TOKEN", "").strip()
    if token:
        return token
    path = os.path.expanduser(
        os.environ.get("FRONTDESK_TOKEN_FILE") or DEFAULT_TOKEN_FILE)
    with open(path) as f:
        return f.read().strip()


# --- errors -------------------------------------------------------------

def decode_status(trailing_metadata):
    """The google.rpc.Status in `grpc-status-details-bin`, or None."""
    for key, value in trailing_metadata or ():
        if key == DETAILS_KEY:
            status = status_pb2.Status()
            status.ParseFromString(value)
            return status
    return None


def unpack_detail(any_msg):
    """A google.rpc detail (ErrorInfo, BadRequest, RetryInfo ...) unpacked;
    a detail of any other type is returned as the google.protobuf.Any."""
    type_name = any_msg.type_url[len(_TYPE_URL_PREFIX):] \
        if any_msg.type_url.startswith(_TYPE_URL_PREFIX) else ""
    package, _, name = type_name.rpartition(".")
    descriptor = error_details_pb2.DESCRIPTOR.message_types_by_name.get(name)
    if package != "google.rpc" or descriptor is None:
        return any_msg
    message = getattr(error_details_pb2, name)()
    any_msg.Unpack(message)
    return message


class FrontdeskError(grpc.RpcError):
    """A failed call with its google.rpc details decoded."""

    def __init__(self, error):
        super().__init__()
        self._code = error.code()
        self._details = error.details() or ""
        self._trailing_metadata = tuple(error.trailing_metadata() or ())
        self.cause = error
        self.details_decode_error = None
        try:
            self.status = decode_status(self._trailing_metadata)
        except Exception as e:  # noqa: BLE001 - a bad trailer must not hide the error
            self.status, self.details_decode_error = None, e
        self.decoded_details = ([unpack_detail(d) for d in self.status.details]
                                if self.status else [])
        self.error_info = self._first(error_details_pb2.ErrorInfo)
        self.bad_request = self._first(error_details_pb2.BadRequest)

    def _first(self, cls):
        return next((d for d in self.decoded_details if isinstance(d, cls)), None)

    def code(self):
        return self._code

    def details(self):
        return self._details

    def trailing_metadata(self):
        return self._trailing_metadata

    @property
    def reason(self):
        """The ErrorInfo reason (e.g. "TICKET_NOT_FOUND"); "" when absent."""
        return self.error_info.reason if self.error_info else ""

    @property
    def field_violations(self):
        """The BadRequest field violations: .field and .description."""
        return list(self.bad_request.field_violations) if self.bad_request else []

    def __str__(self):
        text = "%s: %s" % (self._code.name, self._details)
        if self.reason:
            text += " [%s]" % self.reason
        for v in self.field_violations:
            text += "\n  %s: %s" % (v.field, v.description)
        return text


def decode_error(error):
    """A FrontdeskError for a grpc.RpcError of a call; anything else as is."""
    if isinstance(error, FrontdeskError) or not hasattr(error, "code"):
        return error
    return FrontdeskError(error)


# --- calls --------------------------------------------------------------

class ResponseStream:
    """The responses of a server-streaming call. Iterating raises
    FrontdeskError when the call fails (DEADLINE_EXCEEDED at its deadline);
    cancel() ends it."""

    def __init__(self, call):
        self.call = call

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self.call)
        except grpc.RpcError as e:
            raise decode_error(e) from None

    def cancel(self):
        self.call.cancel()


class _Method:
    def __init__(self, client, callable_, method_descriptor):
        self._client = client
        self._callable = callable_
        self.streaming = method_descriptor.server_streaming
        self.takes_request_id = "request_id" in method_descriptor.input_type.fields_by_name

    def __call__(self, request, timeout=None, metadata=()):
        if self.takes_request_id and not request.request_id:
            filled = type(request)()
            filled.CopyFrom(request)
            filled.request_id = str(uuid.uuid4())
            request = filled
        kwargs = {
            "timeout": self._client.deadline if timeout is None else timeout,
            "metadata": self._client.metadata + tuple(metadata),
        }
        if self.streaming:
            return ResponseStream(self._callable(request, **kwargs))
        try:
            return self._callable(request, **kwargs)
        except grpc.RpcError as e:
            raise decode_error(e) from None


class _Service:
    """One service's methods, by their proto names."""

    def __init__(self, client, stub, service_descriptor):
        for method in service_descriptor.methods:
            if method.client_streaming:
                continue  # frontdesk.v1 has none
            setattr(self, method.name,
                    _Method(client, getattr(stub, method.name), method))


class Client:
    """The services of one frontdeskd, with the caller's token and deadline.

    address: host:port (default server_address()); token (default
    load_token()); deadline: seconds per call (default 10); interceptors:
    grpc client interceptors; options: grpc channel options. The channel is
    insecure: frontdeskd serves plain gRPC on a trusted network. Close it
    with close() or use the client as a context manager."""

    def __init__(self, address=None, token=None, deadline=DEFAULT_DEADLINE,
                 interceptors=(), options=()):
        if not deadline or deadline <= 0:
            raise ValueError("deadline must be a positive number of seconds")
        self.address = address or server_address()
        token = token if token is not None else load_token()
        if not token:
            raise ValueError("a bearer token is required")
        self.metadata = (("authorization", "Bearer " + token),)
        self.deadline = deadline
        self._raw_channel = grpc.insecure_channel(self.address, options=options)
        self.channel = grpc.intercept_channel(self._raw_channel, *interceptors) \
            if interceptors else self._raw_channel
        for attribute, (pb2, pb2_grpc, name) in SERVICES.items():
            stub = getattr(pb2_grpc, name + "Stub")(self.channel)
            setattr(self, attribute,
                    _Service(self, stub, pb2.DESCRIPTOR.services_by_name[name]))

    def close(self):
        self._raw_channel.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def connect(address=None, token=None, deadline=DEFAULT_DEADLINE, **kwargs):
    """A Client; see Client for the arguments."""
    return Client(address, token, deadline, **kwargs)
