// Resource names of the frontdesk.v1 API (AIP-122). Each parser returns the
// id segments or INVALID_ARGUMENT naming `field` and the expected pattern.
#ifndef FRONTDESK_COMMON_NAMES_H_
#define FRONTDESK_COMMON_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace frontdesk {

// {site}: 2..16 of [a-z0-9], a letter first.
absl::Status CheckSiteId(absl::string_view field, absl::string_view id);
// {staff}: 2..32 of [a-z0-9._-], a letter first.
absl::Status CheckStaffId(absl::string_view field, absl::string_view id);
// {department} and {vendor}: the same rule as {staff}.
absl::Status CheckDepartmentId(absl::string_view field, absl::string_view id);
absl::Status CheckVendorId(absl::string_view field, absl::string_view id);

std::string SiteName(absl::string_view site_id);
std::string UnitName(absl::string_view site_id, absl::string_view unit_id);
std::string StaffName(absl::string_view staff_id);
std::string TicketName(absl::string_view site_id, int64_t ticket_id);
std::string DepartmentName(absl::string_view site_id,
                           absl::string_view department_id);
std::string VendorName(absl::string_view vendor_id);

// "sites/{site}" → site id. With allow_wildcard, "sites/-" → "-".
absl::StatusOr<std::string> ParseSiteName(absl::string_view field,
                                          absl::string_view name,
                                          bool allow_wildcard = false);

struct UnitRef {
  std::string site_id;
  std::string unit_id;
};
absl::StatusOr<UnitRef> ParseUnitName(absl::string_view field,
                                      absl::string_view name);

absl::StatusOr<std::string> ParseStaffName(absl::string_view field,
                                           absl::string_view name);

// "sites/{site}/departments/{department}".
struct DepartmentRef {
  std::string site_id;
  std::string department_id;
};
absl::StatusOr<DepartmentRef> ParseDepartmentName(absl::string_view field,
                                                  absl::string_view name);

// "vendors/{vendor}" → vendor id.
absl::StatusOr<std::string> ParseVendorName(absl::string_view field,
                                            absl::string_view name);

// "sites/{site}/tickets/{ticket}" where {ticket} is the numeric id or a
// ticket number; {site} may be "-" when {ticket} is a number.
struct TicketRef {
  std::string site_id;    // "-" when the caller did not know it
  int64_t ticket_id = 0;  // 0 when given by number
  std::string number;     // upper case, "" when given by id
};
absl::StatusOr<TicketRef> ParseTicketName(absl::string_view field,
                                          absl::string_view name);

// "sites/{site}/{collection}/{id}" with a positive numeric id (visits,
// refusals, passes, watchlist entries ...).
struct SiteChild {
  std::string site_id;
  long long id = 0;
};
absl::StatusOr<SiteChild> ParseSiteChild(absl::string_view field,
                                         absl::string_view name,
                                         absl::string_view collection);

// "sites/{site}/{singleton}" (e.g. "sites/hx/visitorSettings") → site id.
absl::StatusOr<std::string> ParseSiteSingleton(absl::string_view field,
                                               absl::string_view name,
                                               absl::string_view singleton);

// The numeric id that ends a resource name ("sites/hx/visits/12" -> 12),
// 0 when there is none.
long long IdOfName(absl::string_view name);

// The site of a resource name of ours ("sites/hx/keys/3" -> "hx"), "" when
// the name is not under a site.
std::string SiteOfName(absl::string_view name);

// A key's tag: 1..32 of [A-Za-z0-9-], starting with a letter or digit, not
// digits only (so that "sites/hx/keys/12" is always the key with id 12, and
// "sites/hx/keys/-" the site's whole key log, never a tag).
absl::Status CheckKeyTag(absl::string_view field, absl::string_view tag);

// A key as a request names it: by id, or by tag (key_id 0).
struct KeyRef {
  std::string site_id;
  long long key_id = 0;
  std::string tag;
};

// "sites/{site}/keys/{key}" where {key} is the numeric id or a tag.
absl::StatusOr<KeyRef> ParseKeyName(absl::string_view field,
                                    absl::string_view name);
// ParseKeyName, or "sites/{site}/keys/-" (key_id 0, tag "") for the site's
// whole key log.
absl::StatusOr<KeyRef> ParseKeyEventsParent(absl::string_view field,
                                            absl::string_view name);

// "sites/{site}/slaPolicies/{kind}.{priority}", kind and priority in lower
// case, e.g. "sites/hx/slaPolicies/complaint.normal". kind and priority are
// v1::Ticket::Kind and v1::Ticket::Priority values, never UNSPECIFIED.
struct SlaPolicyRef {
  std::string site_id;
  int kind = 0;
  int priority = 0;
};
std::string SlaPolicyName(absl::string_view site_id, int kind, int priority);
absl::StatusOr<SlaPolicyRef> ParseSlaPolicyName(absl::string_view field,
                                                absl::string_view name);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_NAMES_H_
