// Coarse role checks for the directory's administrative calls. Fine-grained
// permissions (per site, per action) come later; until then these keep a
// receptionist's or a maintenance worker's token from creating sites and
// staff, or minting tokens for someone else. PERMISSION_DENIED is returned
// before anything is looked up, so it never reveals whether a resource exists.
#ifndef FRONTDESK_SERVER_PERMISSIONS_H_
#define FRONTDESK_SERVER_PERMISSIONS_H_

#include <initializer_list>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"

namespace frontdesk {

// OK when `who` has any of `roles` (StaffMember.Role numbers); otherwise
// PERMISSION_DENIED naming `action` and the roles that may do it.
absl::Status RequireAnyRole(const Principal& who,
                            std::initializer_list<int> roles,
                            absl::string_view action);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_PERMISSIONS_H_
