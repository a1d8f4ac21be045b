// Input rules for departments and vendors (DirectoryService): pure
// functions, no database, no gRPC. Each returns OK or INVALID_ARGUMENT
// listing every offending field ("department.display_name",
// "vendor.response_deadline", ...). Whether a site or the head exists, and
// whether the head works at the site, is the store's to check
// (db/org_store.h).
#ifndef FRONTDESK_SERVER_DIRECTORY_ORG_RULES_H_
#define FRONTDESK_SERVER_DIRECTORY_ORG_RULES_H_

#include <google/protobuf/duration.pb.h>
#include <google/protobuf/field_mask.pb.h>
#include <google/protobuf/message.h>

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

// --- Updates (departments and vendors) --------------------------------------

// An update names the fields it changes: INVALID_ARGUMENT on "update_mask"
// when `mask` is empty.
absl::Status CheckUpdateMaskGiven(const google::protobuf::FieldMask& mask);

// Optimistic concurrency: OK when the caller sent no etag (`given` empty) or
// the current one; otherwise ABORTED (ETAG_MISMATCH) naming `what` ("vendor")
// and the current etag.
absl::Status CheckEtagCurrent(absl::string_view what, const std::string& given,
                              const std::string& current);

// The version an etag of ours carries ("7" -> 7); 0 when it is not a number.
long long EtagVersion(const std::string& etag);

// An update whose result equals the stored resource is not written: the
// resource is answered as it is and keeps its etag, so a client retrying
// the same change does not see a conflict it did not cause.
bool UpdateChangesNothing(const google::protobuf::Message& updated,
                          const google::protobuf::Message& current);

// --- Departments ------------------------------------------------------------

// Every rule a stored department satisfies: display_name 1..64, a known
// kind, head "staff/{staff}", phone empty or a phone of at most 32
// characters. The name is not looked at.
absl::Status ValidateDepartmentFields(const v1::Department& department);

absl::Status ValidateNewDepartment(const std::string& department_id,
                                   const v1::Department& department);

// `current` with the fields of `patch` named in `mask` copied over, checked
// with ValidateDepartmentFields. Mutable paths: display_name, kind, head,
// phone. INVALID_ARGUMENT on "update_mask" for an empty mask or any other
// path.
absl::StatusOr<v1::Department> ApplyDepartmentUpdate(
    const v1::Department& current, const v1::Department& patch,
    const google::protobuf::FieldMask& mask);

// --- Vendors ----------------------------------------------------------------

// A response deadline: set, whole seconds, 1 minute..30 days.
absl::Status CheckResponseDeadline(absl::string_view field,
                                   const v1::Vendor& vendor);

// Every rule a stored vendor satisfies: display_name and contact_name
// 1..64, a known trade, a phone of at most 32 characters, the response
// deadline, and sites "sites/{site}" each listed once. The name is not
// looked at.
absl::Status ValidateVendorFields(const v1::Vendor& vendor);

absl::Status ValidateNewVendor(const std::string& vendor_id,
                               const v1::Vendor& vendor);

// As ApplyDepartmentUpdate. Mutable paths: display_name, trade,
// contact_name, phone, response_deadline, sites (replaced as a whole).
absl::StatusOr<v1::Vendor> ApplyVendorUpdate(
    const v1::Vendor& current, const v1::Vendor& patch,
    const google::protobuf::FieldMask& mask);

// ListVendors' filter: `site = "sites/hx"` and `trade = ELEVATOR`, each at
// most once, joined by AND. INVALID_ARGUMENT on "filter" otherwise.
struct VendorFilter {
  std::string site_id;  // "" for any
  int trade = 0;        // 0 for any
  // Canonical text of the filter, for page-token fingerprints.
  std::string canonical;
};
absl::StatusOr<VendorFilter> ParseVendorFilter(absl::string_view filter);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_ORG_RULES_H_
