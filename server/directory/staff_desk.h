// DirectoryService's staff members and their access tokens. Who may call
// is the permission table's (server/permission_table.cc); what a manager
// may grant is CheckGrant's (directory_rules.h), and a vendor's contact is
// granted only at sites their vendor serves [D-VENDOR-CONTACT]; anyone may
// mint another token for themselves, only an ADMIN for someone else
// (checked before anything is looked up). Creates are idempotent per
// request_id; a token's secret is shown once, to the call that created it.
// Input rules are in directory_rules.h, SQL in db/directory/staff_store.h.
#ifndef FRONTDESK_SERVER_DIRECTORY_STAFF_DESK_H_
#define FRONTDESK_SERVER_DIRECTORY_STAFF_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class StaffDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateStaffMember(const Call& call,
                                 const v1::CreateStaffMemberRequest& request,
                                 v1::StaffMember* response);
  absl::Status GetStaffMember(const Call& call,
                              const v1::GetStaffMemberRequest& request,
                              v1::StaffMember* response);
  absl::Status ListStaffMembers(const Call& call,
                                const v1::ListStaffMembersRequest& request,
                                v1::ListStaffMembersResponse* response);
  absl::Status CreateAccessToken(const Call& call,
                                 const v1::CreateAccessTokenRequest& request,
                                 v1::AccessToken* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_STAFF_DESK_H_
