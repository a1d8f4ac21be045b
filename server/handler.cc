#include "server/handler.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "common/crypto.h"
#include "common/status.h"
#include "db/idempotency.h"
#include "server/grpc_status.h"

namespace frontdesk {

grpc::Status Handle(ServiceContext& services, grpc::ServerContext* context,
                    absl::string_view method,
                    const std::function<absl::Status(const Principal&)>& body) {
  absl::Status status;
  try {
    auto principal = services.auth.Authenticate(*context);
    status = principal.ok() ? body(*principal) : principal.status();
  } catch (const std::exception& e) {
    spdlog::error("{}: unexpected exception: {}", std::string(method),
                  e.what());
    status = db::StatusFromException(e);
  }
  if (!status.ok()) {
    switch (status.code()) {
      case absl::StatusCode::kInternal:
      case absl::StatusCode::kUnavailable:
      case absl::StatusCode::kUnknown:
        spdlog::warn("{} from {}: {}", std::string(method), context->peer(),
                     status.ToString());
        break;
      default:
        spdlog::debug("{} from {}: {}", std::string(method), context->peer(),
                      status.ToString());
    }
  }
  return ToGrpcStatus(status);
}

std::string RequestFingerprint(const google::protobuf::Message& request) {
  std::unique_ptr<google::protobuf::Message> copy(request.New());
  copy->CopyFrom(request);
  const auto* field = copy->GetDescriptor()->FindFieldByName("request_id");
  if (field != nullptr) copy->GetReflection()->ClearField(copy.get(), field);
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    copy->SerializeToCodedStream(&coded);
  }
  return Sha256Hex(bytes);
}

absl::Status RunIdempotent(
    ServiceContext& services, absl::string_view method,
    const google::protobuf::Message& request, const std::string& request_id,
    google::protobuf::Message* response,
    const std::function<absl::Status(db::Tx&, google::protobuf::Message*)>&
        mutate) {
  auto bytes =
      db::RunIdempotent(services.db, method, request_id,
                        request_id.empty() ? "" : RequestFingerprint(request),
                        ToMicros(services.clock.Now()),
                        [&](db::Tx& tx) -> absl::StatusOr<std::string> {
                          response->Clear();
                          absl::Status s = mutate(tx, response);
                          if (!s.ok()) return s;
                          return response->SerializeAsString();
                        });
  if (!bytes.ok()) return bytes.status();
  if (!response->ParseFromString(*bytes)) {
    return Error(absl::StatusCode::kInternal, "CORRUPT_IDEMPOTENCY_RECORD",
                 "the recorded response could not be read");
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
