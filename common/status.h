// Error construction shared by every layer.
//
// Errors travel as absl::Status. Each carries a machine-readable reason
// (google.rpc.ErrorInfo, UPPER_SNAKE_CASE) and, for INVALID_ARGUMENT, the
// field that broke a rule (google.rpc.BadRequest), as payloads keyed by their
// type URLs, so that server/grpc_status.h can turn them into gRPC error
// details without knowing which layer made them.
#ifndef FRONTDESK_COMMON_STATUS_H_
#define FRONTDESK_COMMON_STATUS_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace frontdesk {

inline constexpr absl::string_view kErrorDomain = "frontdesk.v1";
inline constexpr absl::string_view kErrorInfoUrl =
    "type.googleapis.com/google.rpc.ErrorInfo";
inline constexpr absl::string_view kBadRequestUrl =
    "type.googleapis.com/google.rpc.BadRequest";

struct FieldViolation {
  std::string field;
  std::string description;
};

// INVALID_ARGUMENT naming one field and the rule it broke.
absl::Status InvalidField(absl::string_view field, absl::string_view rule,
                          absl::string_view reason = "INVALID_FIELD");
// INVALID_ARGUMENT naming several fields; the message lists them all.
absl::Status InvalidFields(std::vector<FieldViolation> violations,
                           absl::string_view reason = "INVALID_FIELD");

// Any other code, with a reason and a human message.
absl::Status Error(absl::StatusCode code, absl::string_view reason,
                   absl::string_view message);
// The same with ErrorInfo metadata, e.g. {"refusal": "sites/hx/refusals/7"}:
// resource names a client acts on without parsing the message.
absl::Status Error(
    absl::StatusCode code, absl::string_view reason, absl::string_view message,
    const std::vector<std::pair<std::string, std::string>>& metadata);

// The reason attached by the helpers above, or "" when there is none.
std::string ErrorReason(const absl::Status& status);
// The ErrorInfo metadata value of `key`, or "" when there is none.
std::string ErrorMetadata(const absl::Status& status, absl::string_view key);
// The field violations attached by InvalidField(s), possibly empty.
std::vector<FieldViolation> ErrorFieldViolations(const absl::Status& status);

// Accumulates violations so that a request with several bad fields is told
// about all of them at once.
class Violations {
 public:
  void Add(absl::string_view field, absl::string_view rule) {
    list_.push_back({std::string(field), std::string(rule)});
  }
  // Adds the violations of `status` (from InvalidField) or, for any other
  // non-OK status, remembers it as the error to return.
  void Merge(const absl::Status& status);
  bool empty() const { return list_.empty() && other_.ok(); }
  absl::Status ToStatus() const;

 private:
  std::vector<FieldViolation> list_;
  absl::Status other_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_STATUS_H_
