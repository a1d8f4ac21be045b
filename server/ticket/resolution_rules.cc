// The resolution rules of resolution_rules.h.
#include "server/ticket/resolution_rules.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {

absl::StatusOr<TicketAction> CallbackAction(
    const v1::RecordCallbackRequest& request) {
  Violations v;
  TicketAction action = TicketAction::kCallbackSatisfied;
  switch (request.result()) {
    case v1::TicketCallback::SATISFIED:
      break;
    case v1::TicketCallback::UNSATISFIED:
      action = TicketAction::kCallbackUnsatisfied;
      if (request.comment().empty()) {
        v.Add("comment",
              "is required when the resident is unsatisfied: "
              "what is still wrong");
      }
      break;
    case v1::TicketCallback::UNREACHABLE:
      action = TicketAction::kCallbackUnreachable;
      break;
    default:
      v.Add("result", "must be SATISFIED, UNSATISFIED or UNREACHABLE");
  }
  if (request.result() == v1::TicketCallback::UNREACHABLE) {
    if (request.rating() != 0) {
      v.Add("rating", "must be 0 when the resident was unreachable");
    }
  } else if (request.rating() < 1 || request.rating() > 5) {
    v.Add("rating", "must be 1..5");
  }
  v.Merge(CheckText("comment", request.comment(), 0, 2000, true));
  if (!v.empty()) return v.ToStatus();
  return action;
}

std::string CallbackNote(const v1::RecordCallbackRequest& request) {
  return absl::StrCat(
      v1::TicketCallback::Result_Name(request.result()),
      request.rating() ? absl::StrCat(" ", request.rating(), "/5") : "",
      request.comment().empty() ? "" : ": " + request.comment());
}

absl::Status CheckDuplicateTarget(const std::string& site_id, long long id,
                                  const std::string& target_site_id,
                                  long long target_id,
                                  v1::Ticket::Status target_status) {
  if (target_site_id != site_id) {
    return InvalidField("duplicate_of", "must be a ticket of the same site");
  }
  if (target_id == id) {
    return InvalidField("duplicate_of", "must be another ticket");
  }
  if (IsEnded(target_status)) {
    return Error(absl::StatusCode::kFailedPrecondition, "DUPLICATE_OF_ENDED",
                 "the surviving ticket has itself ended; point at "
                 "the ticket that carries on");
  }
  return absl::OkStatus();
}

absl::StatusOr<absl::Duration> CallbacksDueWindow(
    const v1::ListCallbacksDueRequest& request) {
  absl::Duration window = absl::Hours(24);
  if (request.has_window()) {
    window = absl::Seconds(
        google::protobuf::util::TimeUtil::DurationToSeconds(request.window()));
    if (window <= absl::ZeroDuration() || window > absl::Hours(24 * 7)) {
      return InvalidField("window", "must be more than 0 and at most 7 days");
    }
  }
  return window;
}

}  // namespace frontdesk
