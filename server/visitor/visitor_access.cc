#include "server/visitor/visitor_access.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
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

absl::StatusOr<std::string> VerifySupervisorAuthorization(
    ServiceContext& services, const Call& call, absl::string_view site_id,
    const v1::SupervisorAuthorization& authorization, absl::string_view field) {
  auto staff = ParseStaffName(absl::StrCat(field, ".authorized_by"),
                              authorization.authorized_by());
  if (!staff.ok()) return staff.status();
  absl::Status reason =
      CheckText(absl::StrCat(field, ".reason"), authorization.reason(), 1, 200);
  if (!reason.ok()) return reason;
  auto denied = [&](absl::string_view why) {
    return Error(absl::StatusCode::kPermissionDenied,
                 "SUPERVISOR_AUTHORIZATION_REQUIRED",
                 absl::StrCat(field, ": ", why));
  };
  Principal authorizer = call.who;
  if (*staff != call.who.staff_id) {
    if (call.authorizer_token.empty()) {
      return denied(
          absl::StrCat(authorization.authorized_by(),
                       " must confirm with their own token in metadata \"",
                       kAuthorizerMetadata, "\""));
    }
    auto confirmed = services.auth.AuthenticateSecret(call.authorizer_token);
    if (!confirmed.ok() || confirmed->staff_id != *staff) {
      return denied(absl::StrCat("the token in \"", kAuthorizerMetadata,
                                 "\" is not ", authorization.authorized_by(),
                                 "'s"));
    }
    authorizer = *confirmed;
  }
  if (!HoldsAt(authorizer,
               {v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER},
               site_id)) {
    return denied(absl::StrCat(authorization.authorized_by(),
                               " is not a SUPERVISOR or MANAGER at ",
                               SiteName(site_id)));
  }
  return *staff;
}

absl::StatusOr<long long> ParseEtag(absl::string_view field,
                                    absl::string_view etag) {
  long long version = -1;
  if (etag.empty()) return version;
  if (!absl::SimpleAtoi(etag, &version) || version < 0) {
    return InvalidField(field, "is not an etag this server issued");
  }
  return version;
}

}  // namespace frontdesk
