#include "common/site_roles.h"

#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

using Role = v1::StaffMember;

bool AtSiteDesk(const Principal& who, absl::string_view site_id) {
  return who.HasAnyRoleAt({Role::RECEPTIONIST, Role::SUPERVISOR, Role::MANAGER},
                          site_id);
}

bool SupervisesSite(const Principal& who, absl::string_view site_id) {
  return who.HasAnyRoleAt({Role::SUPERVISOR, Role::MANAGER}, site_id);
}

}  // namespace frontdesk
