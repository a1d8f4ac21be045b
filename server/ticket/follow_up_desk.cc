// TicketService follow-up (follow_up_desk.h).
#include "server/ticket/follow_up_desk.h"

#include <google/protobuf/util/time_util.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/page_token.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/org_store.h"
#include "db/directory/staff_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/approvals.h"
#include "server/idempotent.h"
#include "server/ticket/coordination_rules.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/plan_rules.h"
#include "server/ticket/sla.h"
#include "server/ticket/ticket_step.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

}  // namespace

absl::Status FollowUpDesk::PendTicket(const Call& call,
                                      const v1::PendTicketRequest& req,
                                      v1::Ticket* resp) {
  absl::Status valid = CheckText("reason", req.reason(), 1, 500);
  if (!valid.ok()) return valid;
  return Mutate(services_, call.who, "PendTicket", req, req.request_id(),
                req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time now) -> absl::Status {
                  step.event = v1::TicketEvent::PENDED;
                  step.note = req.reason();
                  int before = row.status;
                  absl::Status moved = Advance(tx, row, TicketAction::kPend);
                  if (!moved.ok()) return moved;
                  row.status_before_pending = before;
                  row.paused_since_us = ToMicros(now);
                  return db::OpenPause(tx, row.id, ToMicros(now), req.reason());
                });
}

absl::Status FollowUpDesk::ResumeTicket(const Call& call,
                                        const v1::ResumeTicketRequest& req,
                                        v1::Ticket* resp) {
  return Mutate(services_, call.who, "ResumeTicket", req, req.request_id(),
                req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time now) -> absl::Status {
                  step.event = v1::TicketEvent::RESUMED;
                  absl::Status moved = Advance(tx, row, TicketAction::kResume);
                  if (!moved.ok()) return moved;
                  row.status_before_pending = 0;
                  row.paused_since_us.reset();
                  return db::ClosePause(tx, row.id, ToMicros(now));
                });
}

absl::Status FollowUpDesk::ChangePromise(const Call& call,
                                         const v1::ChangePromiseRequest& req,
                                         v1::Ticket* resp) {
  Violations v;
  if (!req.has_promised_time()) {
    v.Add("promised_time", "is required");
  } else {
    v.Merge(CheckPromise(ToTime(req.promised_time()), services_.clock.Now(),
                         "promised_time"));
  }
  v.Merge(CheckText("reason", req.reason(), 1, 500));
  if (!v.empty()) return v.ToStatus();
  return Mutate(services_, call.who, "ChangePromise", req, req.request_id(),
                req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time now) -> absl::Status {
                  step.event = v1::TicketEvent::PROMISE_CHANGED;
                  absl::Status open = CheckTicketOpen(
                      static_cast<v1::Ticket::Status>(row.status), "a promise");
                  if (!open.ok()) return open;
                  long long promised =
                      TimeUtil::TimestampToMicroseconds(req.promised_time());
                  absl::Status enough = CheckPromiseOnRoute(tx, row, promised);
                  if (!enough.ok()) return enough;
                  step.Change("promised_time", TimeText(row.promised_us),
                              TimeText(promised));
                  step.note = req.reason();
                  row.promised_us = promised;
                  StampFirstResponse(now, &row.first_response_us);
                  return absl::OkStatus();
                });
}

absl::Status FollowUpDesk::AgreeTicketPlan(
    const Call& call, const v1::AgreeTicketPlanRequest& req, v1::Ticket* resp) {
  absl::Status valid = ValidatePlanRequest(req, services_.clock.Now());
  if (!valid.ok()) return valid;
  // Who agreed is the approver's own call [ACL-APPROVAL-BY-APPROVER]: the
  // caller (the department's head, a supervisor or the manager), or the
  // approval whose code is sent, used up with the plan.
  ApprovalRequest agreement;
  agreement.action = v1::Approval::TICKET_PLAN;
  agreement.code = req.approval();
  agreement.code_field = "approval";
  agreement.named = req.agreed_by();
  agreement.named_field = "agreed_by";
  absl::Status form = PrepareApproval(&agreement);
  if (!form.ok()) return form;
  return Mutate(
      services_, call.who, "AgreeTicketPlan", req, req.request_id(), req.name(),
      resp,
      [&](db::Tx& tx, db::TicketRow& row, Step& step,
          absl::Time now) -> absl::Status {
        step.event = v1::TicketEvent::PLAN_AGREED;
        absl::Status allowed =
            CheckPlanAllowed(static_cast<v1::Ticket::Kind>(row.kind),
                             static_cast<v1::Ticket::Status>(row.status));
        if (!allowed.ok()) return allowed;
        auto dept_ref = ParseDepartmentName("department", req.department());
        if (!dept_ref.ok()) return dept_ref.status();
        if (dept_ref->site_id != row.site_id) {
          return InvalidField("department",
                              "must be a department of the ticket's "
                              "site");
        }
        auto dept =
            db::GetDepartment(tx, dept_ref->site_id, dept_ref->department_id);
        if (!dept.ok()) return dept.status();
        agreement.site_id = row.site_id;
        const std::string head(absl::StripPrefix(dept->head(), "staff/"));
        auto approver = ResolveApprover(
            tx, call, agreement, TicketName(row.site_id, row.id), now, head);
        if (!approver.ok()) return approver.status();
        if (!approver->has_value()) {
          return Error(
              absl::StatusCode::kPermissionDenied, "PLAN_APPROVAL_REQUIRED",
              absl::StrCat(
                  call.who.name(), " may not agree a plan for ",
                  req.department(),
                  ": its head, or a SUPERVISOR or MANAGER at ",
                  SiteName(row.site_id),
                  " agrees it by their own call, or creates an approval "
                  "(TICKET_PLAN) whose code goes in approval"));
        }
        const std::string agreed_by_id = (*approver)->staff_id;
        std::optional<long long> finish;
        if (req.has_finish_time()) {
          finish = TimeUtil::TimestampToMicroseconds(req.finish_time());
          absl::Status enough = CheckPromiseOnRoute(tx, row, *finish);
          if (!enough.ok()) return enough;
        }
        step.Change("plan.department", row.plan_department, req.department());
        step.Change(
            "plan.agreed_by",
            row.plan_agreed_by.empty() ? "" : StaffName(row.plan_agreed_by),
            agreed_by_id.empty() ? "" : StaffName(agreed_by_id));
        step.Change("plan", row.plan_text, req.plan());
        row.plan_department = req.department();
        row.plan_agreed_by = agreed_by_id;
        row.plan_text = req.plan();
        row.plan_finish_us = finish;
        row.plan_recorded_by = call.who.staff_id;
        row.plan_agree_us = ToMicros(now);
        if (!row.plan_met_us) row.plan_met_us = ToMicros(now);
        if (finish) {
          // The planned finish is told to the resident: the promise.
          step.Change("promised_time", TimeText(row.promised_us),
                      TimeText(finish));
          row.promised_us = finish;
          StampFirstResponse(now, &row.first_response_us);
        }
        return RequireNoticeIfSeveral(tx, row, step, now, false);
      });
}

absl::Status FollowUpDesk::RecordResidentNotice(
    const Call& call, const v1::RecordResidentNoticeRequest& req,
    v1::Ticket* resp) {
  absl::Status valid = ValidateNoticeRequest(req);
  if (!valid.ok()) return valid;
  return Mutate(
      services_, call.who, "RecordResidentNotice", req, req.request_id(),
      req.name(), resp,
      [&](db::Tx&, db::TicketRow& row, Step& step,
          absl::Time now) -> absl::Status {
        step.event = v1::TicketEvent::RESIDENT_NOTIFIED;
        absl::Status open = CheckTicketOpen(
            static_cast<v1::Ticket::Status>(row.status), "a resident notice");
        if (!open.ok()) return open;
        step.note = absl::StrCat(v1::Ticket::Channel_Name(req.channel()), ": ",
                                 req.note());
        if (row.notice_due_us && !row.notice_met_us) {
          row.notice_met_us = ToMicros(now);
          step.Change("resident_notice_met_time", "",
                      TimeText(row.notice_met_us));
        }
        // Telling the resident answers them.
        StampFirstResponse(now, &row.first_response_us);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
