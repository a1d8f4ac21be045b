// Tests only: a caller holding each of `roles` (frontdesk.v1.StaffMember.Role
// numbers) at each of `sites` (site ids), or at every site when no site is
// given; ADMIN (7) is always held at every site, as the directory grants it.
#ifndef FRONTDESK_COMMON_PRINCIPAL_TESTING_H_
#define FRONTDESK_COMMON_PRINCIPAL_TESTING_H_

#include <initializer_list>

#include "common/principal.h"

namespace frontdesk {

inline Principal TestPrincipal(std::initializer_list<int> roles,
                               std::initializer_list<const char*> sites) {
  constexpr int kAdmin = 7;
  Principal who;
  who.staff_id = "li.na";
  for (int role : roles) {
    if (role == kAdmin || sites.size() == 0) {
      who.grants.push_back({role, ""});
      continue;
    }
    for (const char* site : sites) who.grants.push_back({role, site});
  }
  return who;
}

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_PRINCIPAL_TESTING_H_
