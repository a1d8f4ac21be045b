// The frame every RPC runs in, and the only place where a gRPC call meets a
// desk: authenticate the caller, check the permission table for the method,
// the caller and the request (server/authorize.h), build the Call
// (server/call.h), run the desk's method, map its absl::Status to gRPC
// (server/grpc_status.h), log failures, and never let an exception escape into
// gRPC's threads (an unexpected one becomes INTERNAL and the server keeps
// serving).
//
// The gRPC service classes are thin adapters: one FRONTDESK_SERVE line per
// RPC.
#ifndef FRONTDESK_SERVER_HANDLER_H_
#define FRONTDESK_SERVER_HANDLER_H_

#include <google/protobuf/message.h>
#include <grpcpp/server_context.h>

#include <functional>
#include <type_traits>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "server/call.h"
#include "server/idempotent.h"
#include "server/services.h"

namespace frontdesk {

// `service` and `method` name the RPC as the permission table does
// ("TicketService", "CreateTicket").
grpc::Status Handle(ServiceContext& services, grpc::ServerContext* context,
                    absl::string_view service, absl::string_view method,
                    const google::protobuf::Message& request,
                    const std::function<absl::Status(const Call&)>& body);

// Runs `desk.rpc(call, *request, response)` in the frame.
template <typename Desk, typename Request, typename Response>
grpc::Status Serve(ServiceContext& services, grpc::ServerContext* context,
                   absl::string_view service, absl::string_view method,
                   Desk& desk,
                   absl::Status (Desk::*rpc)(const Call&, const Request&,
                                             Response*),
                   const Request* request, Response* response) {
  return Handle(
      services, context, service, method, *request,
      [&](const Call& call) { return (desk.*rpc)(call, *request, response); });
}

}  // namespace frontdesk

// Inside a gRPC service class with a ServiceContext member `services_` and
// its service's name in `kService` (e.g. "TicketService"):
// the override of the unary RPC `Method` as `desk.Method` in the frame, so
// that an adapter is one line per RPC and cannot hold logic. A macro because
// the override's signature is the generated base class's, spelled out.
#define FRONTDESK_SERVE(Method, Request, Response, desk)                      \
  grpc::Status Method(grpc::ServerContext* context, const Request* request,   \
                      Response* response) override {                          \
    return ::frontdesk::Serve(                                                \
        services_, context, kService, #Method, desk,                          \
        &std::remove_reference_t<decltype(desk)>::Method, request, response); \
  }

#endif  // FRONTDESK_SERVER_HANDLER_H_
