#include "common/status.h"

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/rpc/error_details.pb.h"

namespace frontdesk {
namespace {

void AttachReason(
    absl::Status& status, absl::string_view reason,
    const std::vector<std::pair<std::string, std::string>>& metadata = {}) {
  google::rpc::ErrorInfo info;
  info.set_reason(std::string(reason));
  info.set_domain(std::string(kErrorDomain));
  for (const auto& [key, value] : metadata)
    (*info.mutable_metadata())[key] = value;
  status.SetPayload(kErrorInfoUrl, absl::Cord(info.SerializeAsString()));
}

}  // namespace

absl::Status InvalidField(absl::string_view field, absl::string_view rule,
                          absl::string_view reason) {
  return InvalidFields({{std::string(field), std::string(rule)}}, reason);
}

absl::Status InvalidFields(std::vector<FieldViolation> violations,
                           absl::string_view reason) {
  google::rpc::BadRequest bad;
  std::vector<std::string> parts;
  for (const auto& v : violations) {
    auto* fv = bad.add_field_violations();
    fv->set_field(v.field);
    fv->set_description(v.description);
    parts.push_back(absl::StrCat(v.field, ": ", v.description));
  }
  absl::Status status = absl::InvalidArgumentError(absl::StrJoin(parts, "; "));
  AttachReason(status, reason);
  status.SetPayload(kBadRequestUrl, absl::Cord(bad.SerializeAsString()));
  return status;
}

absl::Status Error(absl::StatusCode code, absl::string_view reason,
                   absl::string_view message) {
  absl::Status status(code, message);
  AttachReason(status, reason);
  return status;
}

absl::Status Error(
    absl::StatusCode code, absl::string_view reason, absl::string_view message,
    const std::vector<std::pair<std::string, std::string>>& metadata) {
  absl::Status status(code, message);
  AttachReason(status, reason, metadata);
  return status;
}

std::string ErrorReason(const absl::Status& status) {
  auto payload = status.GetPayload(kErrorInfoUrl);
  if (!payload) return "";
  google::rpc::ErrorInfo info;
  if (!info.ParseFromString(std::string(*payload))) return "";
  return info.reason();
}

std::string ErrorMetadata(const absl::Status& status, absl::string_view key) {
  auto payload = status.GetPayload(kErrorInfoUrl);
  if (!payload) return "";
  google::rpc::ErrorInfo info;
  if (!info.ParseFromString(std::string(*payload))) return "";
  auto it = info.metadata().find(std::string(key));
  return it == info.metadata().end() ? "" : it->second;
}

std::vector<FieldViolation> ErrorFieldViolations(const absl::Status& status) {
  std::vector<FieldViolation> out;
  auto payload = status.GetPayload(kBadRequestUrl);
  if (!payload) return out;
  google::rpc::BadRequest bad;
  if (!bad.ParseFromString(std::string(*payload))) return out;
  for (const auto& v : bad.field_violations()) {
    out.push_back({v.field(), v.description()});
  }
  return out;
}

void Violations::Merge(const absl::Status& status) {
  if (status.ok()) return;
  auto fields = ErrorFieldViolations(status);
  if (fields.empty()) {
    if (other_.ok()) other_ = status;
    return;
  }
  list_.insert(list_.end(), fields.begin(), fields.end());
}

absl::Status Violations::ToStatus() const {
  if (!other_.ok()) return other_;
  if (list_.empty()) return absl::OkStatus();
  return InvalidFields(list_);
}

}  // namespace frontdesk
