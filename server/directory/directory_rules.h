// Input rules of DirectoryService for sites, units, staff and access tokens:
// pure functions, no database, no gRPC. Each returns OK or INVALID_ARGUMENT
// listing every offending field. Departments and vendors are in org_rules.h.
#ifndef FRONTDESK_SERVER_DIRECTORY_DIRECTORY_RULES_H_
#define FRONTDESK_SERVER_DIRECTORY_DIRECTORY_RULES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

absl::Status ValidateNewSite(const std::string& site_id, const v1::Site& site);

// Returns the unit id "{building}-{entrance}-{room}".
absl::StatusOr<std::string> ValidateNewUnit(const v1::Unit& unit);

// Input rules of a new staff member, grants or shorthand [D-GRANTS-PER-SITE];
// a vendor's contact holds VENDOR_CONTACT alone and names their vendor,
// and nobody else names one [D-VENDOR-CONTACT].
absl::Status ValidateNewStaffMember(const std::string& staff_id,
                                    const v1::StaffMember& staff);

// A vendor's contact acts only where their vendor works [D-VENDOR-CONTACT]:
// `vendor` (the one `staff` names, as stored) must serve each site of
// StaffGrants(staff), and every site for a grant at "sites/-" (a vendor
// with no `sites`). FAILED_PRECONDITION VENDOR_NOT_SERVING_SITE naming the
// first site it does not serve.
absl::Status CheckVendorServesContact(const v1::StaffMember& staff,
                                      const v1::Vendor& vendor);

// Who may grant what [D-GRANTS]: ADMIN grants anything; nobody else grants
// ADMIN or SERVICE, and a manager grants roles only at the sites they are
// MANAGER of (at every site only a manager of every site). PERMISSION_DENIED
// naming the first grant of StaffGrants(staff) `granter` may not make.
absl::Status CheckGrant(const Principal& granter, const v1::StaffMember& staff);

// Who may write a vendor [D-VENDOR-SITES]: ADMIN any; a manager only a
// vendor serving sites they all manage (a vendor of every site, `sites`
// empty, only a manager of every site). PERMISSION_DENIED naming the first
// site they do not manage. An update is checked on the vendor before and
// after the change.
absl::Status CheckVendorWriter(const Principal& writer,
                               const v1::Vendor& vendor);

// A staff member's phone is for the people they work with [D-STAFF-PHONE]:
// left in full for ADMIN, for the member themselves and for staff holding a
// person's role at one of their sites (any person, when they hold a role at
// every site); masked (common/identity.h MaskPhone) for anyone else. Reads
// `staff`'s grants.
void MaskStaffPhoneFor(const Principal& reader, v1::StaffMember* staff);

absl::Status ValidateNewAccessToken(const v1::AccessToken& token);

// ListStaffMembers' filter: `site = "sites/hx"` and `role = MANAGER` joined
// by AND, each only with =. INVALID_ARGUMENT on "filter" (INVALID_FILTER)
// otherwise. A field given twice keeps its last value.
struct StaffFilter {
  std::string site_id;  // "" for any
  int role = 0;         // 0 for any
  // Canonical text of the filter, for page-token fingerprints.
  std::string canonical;
};
absl::StatusOr<StaffFilter> ParseStaffFilter(absl::string_view filter);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_DIRECTORY_RULES_H_
