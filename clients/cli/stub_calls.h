// One RPC from a command file on any generated stub (TicketService,
// VisitorService, ...): the stub on the client's channel, Client::Call's
// deadline and token, the error printed on failure. ticket_calls.h and
// visitor_calls.h build their service's calls on it. Generated gRPC headers
// are heavy: include this only from command files.
#ifndef FRONTDESK_CLIENTS_CLI_STUB_CALLS_H_
#define FRONTDESK_CLIENTS_CLI_STUB_CALLS_H_

#include <grpcpp/grpcpp.h>

#include <functional>

#include "clients/cli/client.h"
#include "clients/cli/pagination.h"

namespace frontdesk::cli {

// A unary method of a generated stub, e.g. &v1::TicketService::Stub::GetTicket.
template <typename Stub, typename Request, typename Response>
using StubMethod = grpc::Status (Stub::*)(grpc::ClientContext*, const Request&,
                                          Response*);

// Called on the call's context before the call, e.g. to add metadata.
using PrepareContext = std::function<void(grpc::ClientContext*)>;

// True when the call succeeded; otherwise the error was printed. The call's
// status goes to `*status` when given.
template <typename Stub, typename Request, typename Response>
bool CallStub(const Client& client, StubMethod<Stub, Request, Response> method,
              const Request& request, Response* response,
              const PrepareContext& prepare = nullptr,
              grpc::Status* status = nullptr) {
  Stub stub(client.channel());
  return client.Call([&](grpc::ClientContext* context) {
    if (prepare) prepare(context);
    grpc::Status result = (stub.*method)(context, request, response);
    if (status != nullptr) *status = result;
    return result;
  });
}

// Every page of a List call into `*all`, as FetchAllPages() describes.
template <typename Stub, typename Request, typename Response>
bool CallAllPages(const Client& client,
                  StubMethod<Stub, Request, Response> method,
                  const Request& request, Response* all) {
  Stub stub(client.channel());
  return FetchAllPages(client, request, all,
                       [&](grpc::ClientContext* context,
                           const Request& page_request, Response* page) {
                         return (stub.*method)(context, page_request, page);
                       });
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_STUB_CALLS_H_
