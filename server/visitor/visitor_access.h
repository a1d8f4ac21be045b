// Who may do what at the visitor desk, and the privacy rules every
// VisitorService handler shares (visitor_service.proto, file header):
// - desk work (visits, refusals, passes, keys) needs RECEPTIONIST, SECURITY,
//   SUPERVISOR or MANAGER at the site; the watchlist and the settings need
//   SUPERVISOR or MANAGER; ADMIN is at every site. The frame checks this
//   per method from the permission table (server/permission_table.cc); the
//   desks use RequireSiteRole only for what depends on the request's
//   content (who may borrow a key) and lists narrow with SitesOf();
// - unmasked numbers need SUPERVISOR or MANAGER at the site and a reason,
//   and every unmasked read is logged in the same transaction
//   (server/access_log.h);
// - a supervisor's authorisation at the desk (a document waiver, a key lent
//   outside its list) is proved by the supervisor's own token.
// Refusals are PERMISSION_DENIED and come before any lookup.
#ifndef FRONTDESK_SERVER_VISITOR_VISITOR_ACCESS_H_
#define FRONTDESK_SERVER_VISITOR_VISITOR_ACCESS_H_

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/principal.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "server/authorize.h"
#include "server/call.h"
#include "server/services.h"

namespace frontdesk {

inline constexpr std::initializer_list<int> kDeskRoles = {
    v1::StaffMember::RECEPTIONIST, v1::StaffMember::SECURITY,
    v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER};
inline constexpr std::initializer_list<int> kSupervisorRoles = {
    v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER};

// OK when `who` is ADMIN, or holds one of `roles` and works at `site_id`
// ("" or "-" = every site: then only the role is checked, and lists narrow
// to the caller's sites with SitesOf()).
absl::Status RequireSiteRole(const Principal& who, absl::string_view site_id,
                             std::initializer_list<int> roles,
                             absl::string_view action);

// Whether the response may carry unmasked numbers: false without `unmask`;
// with it, PERMISSION_DENIED (UNMASK_NOT_PERMITTED) unless SUPERVISOR or
// MANAGER at the site (or ADMIN), and INVALID_ARGUMENT on `reason_field`
// unless a reason of 1..200 characters is given.
absl::StatusOr<bool> ResolveUnmask(const Principal& who,
                                   absl::string_view site_id, bool unmask,
                                   absl::string_view reason,
                                   absl::string_view reason_field);

// Validates `authorization` (field path `field`) and returns the authorising
// staff id. The authoriser must be SUPERVISOR or MANAGER at `site_id`; when
// it is not the caller, metadata kAuthorizerMetadata must carry the
// authoriser's own token (Call::authorizer_token). PERMISSION_DENIED
// (SUPERVISOR_AUTHORIZATION_REQUIRED) otherwise; INVALID_ARGUMENT for a missing
// name or reason.
absl::StatusOr<std::string> VerifySupervisorAuthorization(
    ServiceContext& services, const Call& call, absl::string_view site_id,
    const v1::SupervisorAuthorization& authorization, absl::string_view field);

// An etag as a caller sent it: -1 when empty (no check wanted), else the
// version it names; INVALID_ARGUMENT on `field` when it is not one of ours.
absl::StatusOr<long long> ParseEtag(absl::string_view field,
                                    absl::string_view etag);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_VISITOR_ACCESS_H_
