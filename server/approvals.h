// Using an approval in a desk [ACL-APPROVAL-BY-APPROVER]
// [ACL-APPROVAL-SINGLE-USE]: the approver of a waiver, an off-list key loan,
// a warranty sign-off or a plan is the caller, when they may approve the
// action themselves (their own call is their approval), or else whoever
// created the approval whose code the call sends; never a name the caller
// merely types. The code is checked and used up in the action's own
// transaction, so a refused action leaves it unused and a retry with the
// same request_id (which replays the first response) does not use it again.
// Approvals are created by DirectoryService.CreateApproval
// (server/directory/approval_desk.h); the rules are approval_rules.h.
#ifndef FRONTDESK_SERVER_APPROVALS_H_
#define FRONTDESK_SERVER_APPROVALS_H_

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/call.h"

namespace frontdesk {

// What a request says about its approval.
struct ApprovalRequest {
  v1::Approval::Action action = v1::Approval::ACTION_UNSPECIFIED;
  std::string site_id;
  std::string code;         // as sent; "" when none
  std::string code_field;   // e.g. "document_waiver.approval"
  std::string named;        // the approver the request names, "" for none
  std::string named_field;  // e.g. "document_waiver.authorized_by"
};

// Before anything is read: the code's form (canonicalised in place) and the
// named approver's ("staff/{staff}"); INVALID_ARGUMENT naming the field.
absl::Status PrepareApproval(ApprovalRequest* request);

// Whether the caller approves `request.action` by their own call, without a
// code (CheckApprover on the caller's grants). `department_head`: TICKET_PLAN
// only, the staff id of the head of the plan's department.
bool CallerMayApprove(const Call& call, const ApprovalRequest& request,
                      const std::string& department_head = "");

struct Approver {
  std::string staff_id;
  // The approval's reason; "" when the caller approved by their own call.
  std::string reason;
  // The approval's name ("sites/{site}/approvals/{id}"); "" for the
  // caller's own approval.
  std::string approval;
};

// In the action's transaction, after PrepareApproval: with a code, the
// approval it names, checked for this action, site and `subject`
// (CheckApprovalUse), its approver still eligible (CheckApprover on their
// grants now), and used up by this call (call.method); without one, the
// caller when CallerMayApprove; nullopt when there is neither, for the
// action to refuse in its own words. Either way a named approver must be
// the one found (NOT_THE_APPROVER).
absl::StatusOr<std::optional<Approver>> ResolveApprover(
    db::Tx& tx, const Call& call, const ApprovalRequest& request,
    const std::string& subject, absl::Time now,
    const std::string& department_head = "");

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_APPROVALS_H_
