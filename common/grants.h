// The roles a staff member holds where [D-GRANTS-PER-SITE], as one list of
// grants whichever way a StaffMember states them: its `grants`, or the
// shorthand `roles` x `sites` (every role at every site listed). ADMIN, and
// every role of a shorthand that lists no site, is held at every site; the
// directory's migration 0014 reads the old rows the same way.
#ifndef FRONTDESK_COMMON_GRANTS_H_
#define FRONTDESK_COMMON_GRANTS_H_

#include <string>
#include <vector>

#include "common/principal.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

// Grants at every site name the site "sites/-". Sites are not checked here:
// the caller validates names and existence.
std::vector<v1::RoleGrant> StaffGrants(const v1::StaffMember& staff);

// Whether `role` is a service account's purpose (RESIDENT_APP,
// CLOCK_TERMINAL, REPORT_JOB) rather than a person's role
// [ACL-SERVICE-PURPOSE].
bool IsServicePurpose(int role);

// The Principal form of one grant ("sites/-" becomes the empty site id).
Grant ToGrant(const v1::RoleGrant& grant);
// The StaffMember form of one grant.
v1::RoleGrant ToRoleGrant(const Grant& grant);

// Fills `staff`'s output `roles` and `sites` from its `grants`: each role
// and named site once, in ascending order.
void SummarizeGrants(v1::StaffMember* staff);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_GRANTS_H_
