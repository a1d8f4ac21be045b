// The frame every RPC handler runs in: authenticate, run the body, map its
// absl::Status to gRPC, log failures, and never let an exception escape into
// gRPC's threads (an unexpected one becomes INTERNAL and the server keeps
// serving).
#ifndef FRONTDESK_SERVER_HANDLER_H_
#define FRONTDESK_SERVER_HANDLER_H_

#include <google/protobuf/message.h>
#include <grpcpp/server_context.h>

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/clock.h"
#include "common/data_protector.h"
#include "common/principal.h"
#include "db/database.h"
#include "server/auth.h"

namespace frontdesk {

// What a service needs from the process: the database, the clock and the
// authenticator. Injected so tests can give a fake clock.
struct ServiceContext {
  db::Database& db;
  const Clock& clock;
  Authenticator& auth;
  // Seals and blinds personal numbers (visitor register, keys).
  const DataProtector& protector;
};

grpc::Status Handle(ServiceContext& services, grpc::ServerContext* context,
                    absl::string_view method,
                    const std::function<absl::Status(const Principal&)>& body);

// SHA-256 of `request` with its request_id cleared, deterministic
// serialization: what an idempotent retry must repeat exactly.
std::string RequestFingerprint(const google::protobuf::Message& request);

// Runs `mutate` once per request_id (db/idempotency.h) and parses the
// recorded response into `response`.
absl::Status RunIdempotent(
    ServiceContext& services, absl::string_view method,
    const google::protobuf::Message& request, const std::string& request_id,
    google::protobuf::Message* response,
    const std::function<absl::Status(db::Tx&, google::protobuf::Message*)>&
        mutate);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_HANDLER_H_
