#include "server/grpc_status.h"

#include <string>

#include "common/status.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace frontdesk {

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  google::rpc::Status details;
  details.set_code(static_cast<int>(status.code()));
  details.set_message(std::string(status.message()));
  google::rpc::ErrorInfo info;
  auto reason = status.GetPayload(kErrorInfoUrl);
  if (reason && info.ParseFromString(std::string(*reason))) {
    details.add_details()->PackFrom(info);
  } else {
    // Every error carries a reason, even one no layer named.
    info.set_reason(absl::StatusCodeToString(status.code()));
    for (char& c : *info.mutable_reason()) {
      if (c == ' ') c = '_';
      c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    }
    info.set_domain(std::string(kErrorDomain));
    details.add_details()->PackFrom(info);
  }
  auto bad = status.GetPayload(kBadRequestUrl);
  google::rpc::BadRequest bad_request;
  if (bad && bad_request.ParseFromString(std::string(*bad))) {
    details.add_details()->PackFrom(bad_request);
  }
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()),
                      std::string(status.message()),
                      details.SerializeAsString());
}

}  // namespace frontdesk
