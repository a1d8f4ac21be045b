#include "server/idempotent.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <memory>

#include "common/crypto.h"
#include "common/status.h"
#include "db/idempotency.h"

namespace frontdesk {

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

namespace {

absl::Status ParseRecorded(const std::string& bytes,
                           google::protobuf::Message* response) {
  if (response->ParseFromString(bytes)) return absl::OkStatus();
  return Error(absl::StatusCode::kInternal, "CORRUPT_IDEMPOTENCY_RECORD",
               "the recorded response could not be read");
}

}  // namespace

absl::Status RunIdempotent(
    ServiceContext& services, const Principal& who, absl::string_view method,
    const google::protobuf::Message& request, const std::string& request_id,
    google::protobuf::Message* response,
    const std::function<absl::Status(db::Tx&, google::protobuf::Message*)>&
        mutate,
    const Present& present) {
  std::function<absl::Status(db::Tx&, const std::string&)> shown;
  if (present) {
    shown = [&](db::Tx& tx, const std::string& recorded) {
      absl::Status parsed = ParseRecorded(recorded, response);
      if (!parsed.ok()) return parsed;
      return present(tx, response);
    };
  }
  auto bytes = db::RunIdempotent(
      services.db, services.protector, who.name(), method, request_id,
      request_id.empty() ? "" : RequestFingerprint(request),
      ToMicros(services.clock.Now()),
      [&](db::Tx& tx) -> absl::StatusOr<std::string> {
        response->Clear();
        absl::Status s = mutate(tx, response);
        if (!s.ok()) return s;
        return response->SerializeAsString();
      },
      shown);
  if (!bytes.ok()) return bytes.status();
  if (present) return absl::OkStatus();  // `response` is as presented
  return ParseRecorded(*bytes, response);
}

}  // namespace frontdesk
