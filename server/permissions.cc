#include "server/permissions.h"

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

absl::Status RequireAnyRole(const Principal& who,
                            std::initializer_list<int> roles,
                            absl::string_view action) {
  std::string names;
  for (int role : roles) {
    if (who.HasRole(role)) return absl::OkStatus();
    absl::StrAppend(
        &names, names.empty() ? "" : ", ",
        v1::StaffMember::Role_Name(static_cast<v1::StaffMember::Role>(role)));
  }
  return Error(
      absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
      absl::StrCat(who.name(), " may not ", action, "; that needs ", names));
}

}  // namespace frontdesk
