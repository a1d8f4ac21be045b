// TicketService calls from a command file (on stub_calls.h): one call, every
// page of a list, and a workflow verb whose result is printed. Generated gRPC
// headers are heavy: include this only from command files.
#ifndef FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_

#include <iostream>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/ticket_view.h"
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

// The view (ticket_view.h) of what a workflow verb returns.
inline void PrintTicketView(const v1::Ticket& ticket) {
  PrintTicket(ticket, std::cout);
}
inline void PrintTicketView(const v1::WorkOrder& order) {
  PrintWorkOrder(order, std::cout);
}
inline void PrintTicketView(const v1::TicketCallback& callback) {
  PrintCallback(callback, std::cout);
}

// Runs one workflow verb and prints what it returns (-o json: as JSON).
// Returns the exit code.
template <typename Request, typename Response>
int RunTicketVerb(const Client& client, OutputFormat format,
                  TicketStubMethod<Request, Response> method,
                  const Request& request) {
  Response response;
  if (!CallTickets(client, method, request, &response)) return kExitRpcError;
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
  } else {
    PrintTicketView(response);
  }
  return kExitOk;
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TICKET_CALLS_H_
