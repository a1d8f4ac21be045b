// DirectoryService's approvals [ACL-APPROVAL-BY-APPROVER]
// [ACL-APPROVAL-SINGLE-USE]: an approver's consent to one action at one
// site, given with their own call, and the one-time code the desk then
// sends with the action (server/approvals.h uses it). The permission table
// lets staff of the site call; who may approve which action is
// CheckApprover's (server/approval_rules.h), checked after the request's
// form and before the subject is looked up. The code is shown once, to the
// call whose transaction created the approval; the store keeps its hash.
#ifndef FRONTDESK_SERVER_DIRECTORY_APPROVAL_DESK_H_
#define FRONTDESK_SERVER_DIRECTORY_APPROVAL_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class ApprovalDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateApproval(const Call& call,
                              const v1::CreateApprovalRequest& request,
                              v1::Approval* response);
  absl::Status GetApproval(const Call& call,
                           const v1::GetApprovalRequest& request,
                           v1::Approval* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_APPROVAL_DESK_H_
