// Tests only: a caller with `roles` (frontdesk.v1.StaffMember.Role numbers)
// working at `sites` (site ids), for tests of permission rules.
#ifndef FRONTDESK_COMMON_PRINCIPAL_TESTING_H_
#define FRONTDESK_COMMON_PRINCIPAL_TESTING_H_

#include <initializer_list>

#include "common/principal.h"

namespace frontdesk {

inline Principal TestPrincipal(std::initializer_list<int> roles,
                               std::initializer_list<const char*> sites) {
  Principal who;
  who.staff_id = "li.na";
  who.roles.assign(roles.begin(), roles.end());
  for (const char* site : sites) who.sites.push_back(site);
  return who;
}

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_PRINCIPAL_TESTING_H_
