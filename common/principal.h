// Who is calling: the staff member or service account behind a bearer token,
// resolved by server/auth before any handler logic runs.
#ifndef FRONTDESK_COMMON_PRINCIPAL_H_
#define FRONTDESK_COMMON_PRINCIPAL_H_

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace frontdesk {

struct Principal {
  std::string staff_id;            // e.g. "wang.li"
  std::vector<int> roles;          // frontdesk.v1.StaffMember.Role numbers
  std::vector<std::string> sites;  // site ids the person works at

  std::string name() const { return "staff/" + staff_id; }
  bool HasRole(int role) const {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
  }
  // Whether they hold `role` at `site_id`.
  bool HasRoleAt(int role, absl::string_view site_id) const {
    return HasRole(role) && WorksAt(site_id);
  }
  // Whether `site_id` is among the sites they work at (roles aside).
  bool WorksAt(absl::string_view site_id) const {
    return std::find(sites.begin(), sites.end(), site_id) != sites.end();
  }
};

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_PRINCIPAL_H_
