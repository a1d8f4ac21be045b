// ApprovalDesk (approval_desk.h): creating and reading approvals.
#include "server/directory/approval_desk.h"

#include <string>
#include <utility>

#include "common/clock.h"
#include "common/crypto.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/approval_store.h"
#include "db/directory/org_store.h"
#include "db/ticket/ticket_store.h"
#include "db/visitor/key_store.h"
#include "server/approval_rules.h"
#include "server/idempotent.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

// The subject by id, as uses of the approval will name it; NOT_FOUND when
// it does not exist at the site.
absl::StatusOr<std::string> CanonicalSubject(db::Tx& tx,
                                             const DataProtector& protector,
                                             const ApprovalSubject& subject,
                                             long long now_us) {
  switch (subject.kind) {
    case ApprovalSubject::kTicket: {
      auto ticket = db::GetTicket(tx, protector, subject.ticket);
      if (!ticket.ok()) return ticket.status();
      return ticket->name();
    }
    case ApprovalSubject::kKey: {
      auto key = db::GetKey(tx, protector, subject.key, now_us);
      if (!key.ok()) return key.status();
      return key->name();
    }
    default:
      return std::string();
  }
}

}  // namespace

absl::Status ApprovalDesk::CreateApproval(
    const Call& call, const v1::CreateApprovalRequest& request,
    v1::Approval* response) {
  const absl::Time now = services_.clock.Now();
  Violations v;
  auto site_id = ParseSiteName("parent", request.parent());
  v.Merge(site_id.status());
  absl::StatusOr<NewApprovalCheck> checked = ValidateNewApproval(
      request.approval(), site_id.ok() ? *site_id : "", now);
  v.Merge(checked.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  const v1::Approval::Action action = request.approval().action();

  // The approver is the caller [ACL-APPROVAL-BY-APPROVER]: refused before
  // the subject is looked up. A department's head approves plans; whether
  // the caller heads one of the site needs a read.
  absl::Status eligible = CheckApprover(action, call.who, *site_id, false);
  if (!eligible.ok() && action == v1::Approval::TICKET_PLAN) {
    bool heads = false;
    absl::Status read = services_.db.Read([&](db::Tx& tx) -> absl::Status {
      auto found = db::HeadsADepartment(tx, *site_id, call.who.staff_id);
      if (!found.ok()) return found.status();
      heads = *found;
      return absl::OkStatus();
    });
    if (!read.ok()) return read;
    eligible = CheckApprover(action, call.who, *site_id, heads);
  }
  if (!eligible.ok()) return eligible;

  // Drawn in the transaction that stores its hash; only the call whose
  // transaction committed it hands it out (the recorded response, which a
  // retry gets, has no code).
  std::string code, created_name;
  absl::Status status = RunIdempotent(
      services_, call.who, "CreateApproval", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto subject = CanonicalSubject(tx, services_.protector,
                                        checked->subject, ToMicros(now));
        if (!subject.ok()) return subject.status();
        db::NewApproval approval;
        approval.site_id = *site_id;
        approval.action = action;
        approval.subject = *subject;
        approval.reason = request.approval().reason();
        approval.approver = call.who.staff_id;
        approval.expire_us = ToMicros(checked->expire_time);
        for (int attempt = 0;; ++attempt) {
          code = NewApprovalCode();
          auto stored =
              db::InsertApproval(tx, approval, Sha256Hex(code), ToMicros(now));
          if (stored.status().code() == absl::StatusCode::kAlreadyExists &&
              attempt < 5) {
            continue;
          }
          if (!stored.ok()) return stored.status();
          created_name = stored->name();
          out->CopyFrom(*stored);
          return absl::OkStatus();
        }
      });
  if (status.ok() && response->name() == created_name) {
    response->set_code(code);
  }
  return status;
}

absl::Status ApprovalDesk::GetApproval(const Call& call,
                                       const v1::GetApprovalRequest& request,
                                       v1::Approval* response) {
  auto ref = ParseSiteChild("name", request.name(), "approvals");
  if (!ref.ok()) return ref.status();
  const bool oversees =
      call.who.HasRole(Role::ADMIN) || SupervisesSite(call.who, ref->site_id);
  auto denied = [&] {
    return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
                 absl::StrCat(call.who.name(), " may read ", request.name(),
                              " only as its approver, or as SUPERVISOR or "
                              "MANAGER at ",
                              SiteName(ref->site_id)));
  };
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto approval = db::GetApproval(tx, ref->site_id, ref->id);
    // Anyone else is refused whether or not it exists (AIP-211).
    if (!oversees &&
        (!approval.ok() || approval->approver() != call.who.name())) {
      return approval.ok() ||
                     approval.status().code() == absl::StatusCode::kNotFound
                 ? denied()
                 : approval.status();
    }
    if (!approval.ok()) return approval.status();
    *response = *std::move(approval);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
