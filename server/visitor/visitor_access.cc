#include "server/visitor/visitor_access.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "server/approval_rules.h"
#include "server/permissions.h"

namespace frontdesk {
namespace {

bool IsAllSites(absl::string_view site_id) {
  return site_id.empty() || site_id == "-";
}

// Whether `who` holds one of `roles` at `site_id` (anywhere, for a call
// about every site, which the lists narrow).
bool HoldsAt(const Principal& who, std::initializer_list<int> roles,
             absl::string_view site_id) {
  if (!IsAllSites(site_id)) return who.HasAnyRoleAt(roles, site_id);
  return std::any_of(roles.begin(), roles.end(),
                     [&](int role) { return who.HasRole(role); });
}

}  // namespace

absl::Status RequireSiteRole(const Principal& who, absl::string_view site_id,
                             std::initializer_list<int> roles,
                             absl::string_view action) {
  if (who.HasRole(v1::StaffMember::ADMIN)) return absl::OkStatus();
  absl::Status role = RequireAnyRole(who, roles, action);
  if (!role.ok()) return role;
  if (HoldsAt(who, roles, site_id)) return absl::OkStatus();
  return Error(
      absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
      absl::StrCat(who.name(), " may not ", action, " at ", SiteName(site_id),
                   ": they hold no such role there"));
}

absl::StatusOr<bool> ResolveUnmask(const Principal& who,
                                   absl::string_view site_id, bool unmask,
                                   absl::string_view reason,
                                   absl::string_view reason_field) {
  if (!unmask) return false;
  bool allowed =
      who.HasRole(v1::StaffMember::ADMIN) ||
      HoldsAt(who, {v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER},
              site_id);
  if (!allowed) {
    return Error(absl::StatusCode::kPermissionDenied, "UNMASK_NOT_PERMITTED",
                 absl::StrCat(who.name(),
                              " may not read document and phone numbers "
                              "unmasked; that needs SUPERVISOR or MANAGER at "
                              "the site"));
  }
  absl::Status why = CheckText(reason_field, reason, 1, 200);
  if (!why.ok()) {
    return InvalidField(reason_field,
                        "is required with unmask: why the numbers are read "
                        "(1..200 characters), kept in the access log");
  }
  return true;
}

absl::StatusOr<bool> ResolveListUnmask(const Principal& who, ListScope* scope,
                                       bool unmask, absl::string_view reason,
                                       absl::string_view reason_field) {
  auto unmasked =
      ResolveUnmask(who, scope->site_id, unmask, reason, reason_field);
  if (unmasked.ok() && *unmasked && IsAllSites(scope->site_id)) {
    scope->site_ids = SitesWhereHeld(who, kSupervisorRoles);
  }
  return unmasked;
}

absl::StatusOr<ApprovalRequest> PrepareSupervisorAuthorization(
    const Call& call, absl::string_view site_id, v1::Approval::Action action,
    const v1::SupervisorAuthorization& authorization, absl::string_view field) {
  ApprovalRequest request;
  request.action = action;
  request.site_id = std::string(site_id);
  request.code = authorization.approval();
  request.code_field = absl::StrCat(field, ".approval");
  request.named = authorization.authorized_by();
  request.named_field = absl::StrCat(field, ".authorized_by");
  Violations v;
  v.Merge(PrepareApproval(&request));
  if (request.code.empty()) {
    v.Merge(CheckText(absl::StrCat(field, ".reason"), authorization.reason(), 1,
                      200));
  }
  if (!v.empty()) return v.ToStatus();
  if (request.code.empty()) {
    if (!CallerMayApprove(call, request)) {
      return Error(
          absl::StatusCode::kPermissionDenied,
          "SUPERVISOR_AUTHORIZATION_REQUIRED",
          absl::StrCat(field, ": ", call.who.name(),
                       " is not a SUPERVISOR or MANAGER at ", SiteName(site_id),
                       "; a supervisor authorises with their own call, or "
                       "creates an approval whose code goes in ",
                       request.code_field));
    }
    absl::Status named = CheckNamedApprover(request.named_field, request.named,
                                            call.who.staff_id);
    if (!named.ok()) return named;
  }
  return request;
}

absl::StatusOr<v1::SupervisorAuthorization> ResolveSupervisorAuthorization(
    db::Tx& tx, const Call& call, const ApprovalRequest& request,
    const v1::SupervisorAuthorization& authorization,
    const std::string& subject, absl::Time now) {
  auto approver = ResolveApprover(tx, call, request, subject, now);
  if (!approver.ok()) return approver.status();
  if (!approver->has_value()) {
    return Error(
        absl::StatusCode::kPermissionDenied,
        "SUPERVISOR_AUTHORIZATION_REQUIRED",
        absl::StrCat(call.who.name(), " is not a SUPERVISOR or MANAGER at ",
                     SiteName(request.site_id)));
  }
  v1::SupervisorAuthorization recorded;
  recorded.set_authorized_by(StaffName((*approver)->staff_id));
  recorded.set_reason((*approver)->reason.empty() ? authorization.reason()
                                                  : (*approver)->reason);
  return recorded;
}

}  // namespace frontdesk
