// The frame every RPC runs in, and the only place where a gRPC call meets a
// desk: authenticate the caller, build the Call (server/call.h), run the
// desk's method, map its absl::Status to gRPC (server/grpc_status.h), log
// failures, and never let an exception escape into gRPC's threads (an
// unexpected one becomes INTERNAL and the server keeps serving).
//
// The gRPC service classes are thin adapters: one Serve() line per RPC.
#ifndef FRONTDESK_SERVER_HANDLER_H_
#define FRONTDESK_SERVER_HANDLER_H_

#include <grpcpp/server_context.h>

#include <functional>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"
#include "server/call.h"
#include "server/idempotent.h"
#include "server/services.h"

namespace frontdesk {

grpc::Status Handle(ServiceContext& services, grpc::ServerContext* context,
                    absl::string_view method,
                    const std::function<absl::Status(const Call&)>& body);

// Transitional, for the services not yet split into desks: the body sees
// only the caller.
grpc::Status Handle(ServiceContext& services, grpc::ServerContext* context,
                    absl::string_view method,
                    const std::function<absl::Status(const Principal&)>& body);

// Runs `desk.rpc(call, *request, response)` in the frame.
template <typename Desk, typename Request, typename Response>
grpc::Status Serve(ServiceContext& services, grpc::ServerContext* context,
                   absl::string_view method, Desk& desk,
                   absl::Status (Desk::*rpc)(const Call&, const Request&,
                                             Response*),
                   const Request* request, Response* response) {
  return Handle(services, context, method, [&](const Call& call) {
    return (desk.*rpc)(call, *request, response);
  });
}

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_HANDLER_H_
