// The two groups of a site's staff that rules of every service name: its
// desk (receptionists, supervisors and managers there: they record, read
// and follow the site's matters) and those who supervise it (supervisors and
// managers: they judge, approve and see what the desk may not). A role held
// at every site counts at each site; ADMIN is in neither group, so each rule
// says itself what ADMIN may.
#ifndef FRONTDESK_COMMON_SITE_ROLES_H_
#define FRONTDESK_COMMON_SITE_ROLES_H_

#include "absl/strings/string_view.h"
#include "common/principal.h"

namespace frontdesk {

// RECEPTIONIST, SUPERVISOR or MANAGER at `site_id`.
bool AtSiteDesk(const Principal& who, absl::string_view site_id);

// SUPERVISOR or MANAGER at `site_id`.
bool SupervisesSite(const Principal& who, absl::string_view site_id);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_SITE_ROLES_H_
