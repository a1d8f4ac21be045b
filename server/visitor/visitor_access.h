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
//   outside its list) is the supervisor's own call: the caller's, or an
//   approval the supervisor created (server/approvals.h)
//   [ACL-APPROVAL-BY-APPROVER].
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
#include "server/approvals.h"
#include "server/authorize.h"
#include "server/call.h"
#include "server/services.h"
#include "server/visitor/list_scope.h"

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

// ResolveUnmask for a list: when the numbers are to be shown, a "sites/-"
// list narrows to the sites where the caller may read them unmasked
// (SUPERVISOR or MANAGER there), not every site where they may list.
absl::StatusOr<bool> ResolveListUnmask(const Principal& who, ListScope* scope,
                                       bool unmask, absl::string_view reason,
                                       absl::string_view reason_field);

// A supervisor's authorisation (see SupervisorAuthorization) for `action`
// (VISITOR_DOCUMENT_WAIVER or OFF_LIST_KEY_LOAN) at `site_id`, given in the
// request at `field`. Before anything is looked up: INVALID_ARGUMENT for a
// malformed code or name, or a missing reason when the caller authorises
// their own call; without a code, PERMISSION_DENIED
// SUPERVISOR_AUTHORIZATION_REQUIRED unless the caller is SUPERVISOR or
// MANAGER at the site, and NOT_THE_APPROVER when it names someone else.
// Returns what ResolveSupervisorAuthorization needs.
absl::StatusOr<ApprovalRequest> PrepareSupervisorAuthorization(
    const Call& call, absl::string_view site_id, v1::Approval::Action action,
    const v1::SupervisorAuthorization& authorization, absl::string_view field);

// In the action's transaction: the authorisation as it is recorded, the
// approver as authorized_by and their reason (ResolveApprover: an approval
// is checked for `subject` and used up here).
absl::StatusOr<v1::SupervisorAuthorization> ResolveSupervisorAuthorization(
    db::Tx& tx, const Call& call, const ApprovalRequest& request,
    const v1::SupervisorAuthorization& authorization,
    const std::string& subject, absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_VISITOR_ACCESS_H_
