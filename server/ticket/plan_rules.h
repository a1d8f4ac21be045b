// Rules of a complaint's handling plan (整改方案: the department at fault
// agrees a plan within 1 day [T-COMPLAINT-PLAN]): pure functions
// over plain values; existence of the department and the staff member is
// the store's to check.
//
//   ValidatePlanRequest   INVALID_ARGUMENT naming each bad field at once:
//                         department required, agreed_by a staff name when
//                         given, plan 1..1000 characters, finish_time in the
//                         future when given.
//   CheckPlanAllowed      FAILED_PRECONDITION, in the lifecycle's order:
//                         TICKET_ENDED (unfounded, duplicate, cancelled),
//                         TICKET_NOT_OPEN (resolved, closed: the work is
//                         done), PLAN_ONLY_FOR_COMPLAINTS.
//   CheckTicketOpen       TICKET_ENDED / TICKET_NOT_OPEN for any record made
//                         on an open ticket (plans, resident notices).
#ifndef FRONTDESK_SERVER_TICKET_PLAN_RULES_H_
#define FRONTDESK_SERVER_TICKET_PLAN_RULES_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

inline constexpr int kMaxPlanChars = 1000;

absl::Status ValidatePlanRequest(const v1::AgreeTicketPlanRequest& request,
                                 absl::Time now);

// `what` names the record in the message, e.g. "a plan".
absl::Status CheckTicketOpen(v1::Ticket::Status status, absl::string_view what);

absl::Status CheckPlanAllowed(v1::Ticket::Kind kind, v1::Ticket::Status status);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_PLAN_RULES_H_
