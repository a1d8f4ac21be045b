#include "server/approvals.h"

#include "common/clock.h"
#include "common/crypto.h"
#include "common/grants.h"
#include "common/names.h"
#include "common/status.h"
#include "db/directory/approval_store.h"
#include "db/directory/staff_store.h"
#include "server/approval_rules.h"

namespace frontdesk {

absl::Status PrepareApproval(ApprovalRequest* request) {
  Violations v;
  if (!request->code.empty()) {
    auto code = CanonicalApprovalCode(request->code_field, request->code);
    v.Merge(code.status());
    if (code.ok()) request->code = *std::move(code);
  }
  if (!request->named.empty()) {
    v.Merge(ParseStaffName(request->named_field, request->named).status());
  }
  return v.ToStatus();
}

bool CallerMayApprove(const Call& call, const ApprovalRequest& request,
                      const std::string& department_head) {
  return CheckApprover(
             request.action, call.who, request.site_id,
             !department_head.empty() && department_head == call.who.staff_id)
      .ok();
}

absl::StatusOr<std::optional<Approver>> ResolveApprover(
    db::Tx& tx, const Call& call, const ApprovalRequest& request,
    const std::string& subject, absl::Time now,
    const std::string& department_head) {
  Approver approver;
  if (!request.code.empty()) {
    auto approval = db::FindApprovalByCode(tx, Sha256Hex(request.code));
    if (!approval.ok()) return approval.status();
    absl::Status usable = CheckApprovalUse(
        *approval, {request.action, request.site_id, subject}, now);
    if (!usable.ok()) return usable;
    auto approver_id = ParseStaffName("approver", approval->approver());
    if (!approver_id.ok()) return approver_id.status();
    // Eligible now, not only when they approved: a role taken away since
    // takes their outstanding approvals with it.
    auto staff = db::GetStaffMember(tx, *approver_id);
    if (!staff.ok()) return staff.status();
    Principal who;
    who.staff_id = *approver_id;
    for (const auto& grant : StaffGrants(*staff)) {
      who.grants.push_back(ToGrant(grant));
    }
    absl::Status eligible = CheckApprover(
        request.action, who, request.site_id,
        !department_head.empty() && department_head == who.staff_id);
    if (!eligible.ok()) return eligible;
    absl::Status used = db::ConsumeApproval(
        tx, approval->name(), call.who.staff_id, call.method, ToMicros(now));
    if (!used.ok()) return used;
    approver.staff_id = *approver_id;
    approver.reason = approval->reason();
    approver.approval = approval->name();
  } else if (CallerMayApprove(call, request, department_head)) {
    approver.staff_id = call.who.staff_id;
  } else {
    return std::optional<Approver>();
  }
  absl::Status named =
      CheckNamedApprover(request.named_field, request.named, approver.staff_id);
  if (!named.ok()) return named;
  return std::optional<Approver>(std::move(approver));
}

}  // namespace frontdesk
