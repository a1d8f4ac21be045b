#include "server/handler.h"

#include <spdlog/spdlog.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "db/database.h"
#include "server/authorize.h"
#include "server/grpc_status.h"

namespace frontdesk {
namespace {

std::string Metadata(const grpc::ServerContext& context,
                     absl::string_view key) {
  const auto& metadata = context.client_metadata();
  auto it = metadata.find(grpc::string_ref(key.data(), key.size()));
  if (it == metadata.end()) return "";
  return std::string(it->second.data(), it->second.size());
}

void LogFailure(const grpc::ServerContext& context, absl::string_view method,
                const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInternal:
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kUnknown:
      spdlog::warn("{} from {}: {}", std::string(method), context.peer(),
                   status.ToString());
      break;
    default:
      spdlog::debug("{} from {}: {}", std::string(method), context.peer(),
                    status.ToString());
  }
}

}  // namespace

grpc::Status Handle(ServiceContext& services, grpc::ServerContext* context,
                    absl::string_view service, absl::string_view rpc,
                    const google::protobuf::Message& request,
                    const std::function<absl::Status(const Call&)>& body) {
  const std::string method = absl::StrCat(service, ".", rpc);
  absl::Status status;
  try {
    auto principal =
        services.auth.Authenticate(Metadata(*context, "authorization"));
    if (!principal.ok()) {
      status = principal.status();
    } else {
      status = Authorize(*principal, method, request);
      if (status.ok()) {
        Call call{*std::move(principal), method, context->peer()};
        status = body(call);
      }
    }
  } catch (const std::exception& e) {
    spdlog::error("{}: unexpected exception: {}", std::string(method),
                  e.what());
    status = db::StatusFromException(e);
  }
  if (!status.ok()) LogFailure(*context, method, status);
  return ToGrpcStatus(status);
}

}  // namespace frontdesk
