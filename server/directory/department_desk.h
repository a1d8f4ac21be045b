// DirectoryService's departments: the teams of a site work is dispatched
// to. Who may call what is the permission table's (server/
// permission_table.cc: writes by the site's manager). Creates and updates are
// idempotent per request_id; an update applies its update_mask to the current
// department under its row lock and refuses a stale etag (ABORTED). Input rules
// are in org_rules.h, SQL and the existence checks in db/directory/org_store.h.
#ifndef FRONTDESK_SERVER_DIRECTORY_DEPARTMENT_DESK_H_
#define FRONTDESK_SERVER_DIRECTORY_DEPARTMENT_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class DepartmentDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateDepartment(const Call& call,
                                const v1::CreateDepartmentRequest& request,
                                v1::Department* response);
  absl::Status GetDepartment(const Call& call,
                             const v1::GetDepartmentRequest& request,
                             v1::Department* response);
  absl::Status ListDepartments(const Call& call,
                               const v1::ListDepartmentsRequest& request,
                               v1::ListDepartmentsResponse* response);
  absl::Status UpdateDepartment(const Call& call,
                                const v1::UpdateDepartmentRequest& request,
                                v1::Department* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_DEPARTMENT_DESK_H_
