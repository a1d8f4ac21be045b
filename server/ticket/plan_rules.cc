#include "server/ticket/plan_rules.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/sla.h"

namespace frontdesk {

absl::Status ValidatePlanRequest(const v1::AgreeTicketPlanRequest& request,
                                 absl::Time now) {
  Violations v;
  if (request.department().empty()) {
    v.Add("department",
          "is required: the department at fault "
          "(\"sites/{site}/departments/{department}\")");
  } else {
    v.Merge(ParseDepartmentName("department", request.department()).status());
  }
  if (!request.agreed_by().empty()) {
    v.Merge(ParseStaffName("agreed_by", request.agreed_by()).status());
  }
  v.Merge(CheckText("plan", request.plan(), 1, kMaxPlanChars, true));
  if (request.has_finish_time()) {
    v.Merge(CheckPromise(
        FromMicros(google::protobuf::util::TimeUtil::TimestampToMicroseconds(
            request.finish_time())),
        now, "finish_time"));
  }
  return v.ToStatus();
}

absl::Status CheckTicketOpen(v1::Ticket::Status status,
                             absl::string_view what) {
  if (IsOpen(status)) return absl::OkStatus();
  return Error(
      absl::StatusCode::kFailedPrecondition,
      IsEnded(status) ? "TICKET_ENDED" : "TICKET_NOT_OPEN",
      absl::StrCat(what, " is recorded on an open ticket; this one is ",
                   v1::Ticket::Status_Name(status)));
}

absl::Status CheckPlanAllowed(v1::Ticket::Kind kind,
                              v1::Ticket::Status status) {
  absl::Status open = CheckTicketOpen(status, "a plan");
  if (!open.ok()) return open;
  if (kind != v1::Ticket::COMPLAINT) {
    return Error(absl::StatusCode::kFailedPrecondition,
                 "PLAN_ONLY_FOR_COMPLAINTS",
                 absl::StrCat("a handling plan is agreed for a complaint (the "
                              "department at fault); this ticket is ",
                              v1::Ticket::Kind_Name(kind)));
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
