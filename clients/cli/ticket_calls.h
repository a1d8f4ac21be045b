// One TicketService call from a command file, on stub_calls.h: a stub on
// the client's channel, the client's deadline and token, errors printed by
// Client::Call. Generated gRPC headers are heavy: include this only from
// command files.
#ifndef FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_

#include "clients/cli/client.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"

namespace frontdesk::cli {

template <typename Request, typename Response>
using TicketStubMethod = StubMethod<v1::TicketService::Stub, Request, Response>;

// True when the call succeeded; otherwise the error was printed.
template <typename Request, typename Response>
bool CallTickets(const Client& client,
                 TicketStubMethod<Request, Response> method,
                 const Request& request, Response* response) {
  return CallStub(client, method, request, response);
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_
