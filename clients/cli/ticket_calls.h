// One TicketService call from a command file: a stub on the client's
// channel, the client's deadline and token, errors printed by Client::Call.
// Generated gRPC headers are heavy: include this only from command files.
#ifndef FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_

#include <grpcpp/grpcpp.h>

#include "clients/cli/client.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"

namespace frontdesk::cli {

template <typename Request, typename Response>
using TicketStubMethod = grpc::Status (v1::TicketService::Stub::*)(
    grpc::ClientContext*, const Request&, Response*);

// True when the call succeeded; otherwise the error was printed.
template <typename Request, typename Response>
bool CallTickets(const Client& client,
                 TicketStubMethod<Request, Response> method,
                 const Request& request, Response* response) {
  auto stub = v1::TicketService::NewStub(client.channel());
  return client.Call([&](grpc::ClientContext* context) {
    return (stub.get()->*method)(context, request, response);
  });
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_
