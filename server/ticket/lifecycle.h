// The ticket lifecycle: the one transition table of v1::Ticket::Status.
//
// NextStatus(from, action, ctx) is the only place that decides which workflow
// verb may move a ticket from which status, and to which. It is a pure
// function: the caller loads the ticket (and whatever the context needs) and
// stores the result.
//
// Checks are made in this order, so a request breaking several rules is told
// about the first one:
//   0. `action` is not a TicketAction value                 -> UNKNOWN_ACTION;
//   1. `from` is STATUS_UNSPECIFIED or not a known status -> UNKNOWN_STATUS;
//   2. `from` is UNFOUNDED, DUPLICATE or CANCELLED (ended)  -> TICKET_ENDED;
//   3. the table does not allow `action` from `from`        ->
//      CALLBACK_NOT_DUE for the three callback actions, TRANSITION_NOT_ALLOWED
//      for every other action;
//   4. the context rules of the action (warranty clearance, dispatch before
//      resolve, open work order, complaint-only unfounded, resume target).
// Every refusal is FAILED_PRECONDITION built by frontdesk::Error, with the
// reason above and a message saying the rule in words.
//
// The table (-> means allowed; everything else is refused):
//   dispatch            NEW, REOPENED, DISPATCHED, IN_PROGRESS -> DISPATCHED
//                       (a warranty route needs clearance:
//                       WARRANTY_NOT_CLEARED)
//   start               DISPATCHED -> IN_PROGRESS
//   pend                NEW, DISPATCHED, IN_PROGRESS, REOPENED -> PENDING
//   resume              PENDING -> ctx.status_before_pending, which must be
//                       NEW, DISPATCHED, IN_PROGRESS or REOPENED
//                       (else INVALID_RESUME_STATE)
//   resolve             DISPATCHED, IN_PROGRESS, REOPENED -> RESOLVED;
//                       NEW -> RESOLVED only for INQUIRY, HELP, SUGGESTION and
//                       PRAISE (else DISPATCH_REQUIRED); never with an open
//                       work order (WORK_ORDER_OPEN)
//   callback satisfied  RESOLVED -> CLOSED
//   callback unsatisfied RESOLVED -> REOPENED
//   callback unreachable RESOLVED -> RESOLVED
//   reopen              RESOLVED, CLOSED -> REOPENED
//   mark unfounded      NEW, DISPATCHED, IN_PROGRESS, PENDING, REOPENED
//                       -> UNFOUNDED, kind COMPLAINT only
//                       (else UNFOUNDED_ONLY_FOR_COMPLAINTS)
//   mark duplicate      NEW, DISPATCHED, IN_PROGRESS, PENDING, REOPENED
//                       -> DUPLICATE
//   cancel              NEW, DISPATCHED, IN_PROGRESS, PENDING, REOPENED
//                       -> CANCELLED
#ifndef FRONTDESK_SERVER_TICKET_LIFECYCLE_H_
#define FRONTDESK_SERVER_TICKET_LIFECYCLE_H_

#include "absl/status/statusor.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

enum class TicketAction {
  kDispatch,             // send to a department, staff member or vendor
  kStart,                // arrival confirmed, work begins
  kPend,                 // waiting on the resident, parts or a vendor
  kResume,               // the wait is over
  kResolve,              // the matter is done
  kCallbackSatisfied,    // callback: the resident is satisfied
  kCallbackUnsatisfied,  // callback: not satisfied, the case reopens
  kCallbackUnreachable,  // callback: nobody answered, try again
  kReopen,               // the resident reports the same matter again
  kMarkUnfounded,        // a complaint judged not founded (投诉不成立)
  kMarkDuplicate,        // the same matter is already a ticket
  kCancel,               // withdrawn by the reporter
};

// What NextStatus needs to know besides the status; the caller fills it from
// the ticket and its work orders.
struct TransitionContext {
  v1::Ticket::Kind kind = v1::Ticket::KIND_UNSPECIFIED;
  // The status the ticket had when it was put on hold; used by kResume.
  v1::Ticket::Status status_before_pending = v1::Ticket::STATUS_UNSPECIFIED;
  // A work order of the ticket is dispatched but not finished.
  bool has_open_work_order = false;
  // The repair is routed to the developer's warranty.
  bool route_is_warranty = false;
  // For a warranty route: the site manager signed the liaison form AND the
  // developer's project team acknowledged it. True for other routes.
  bool is_warranty_cleared = true;
};

// The status after `action`, or FAILED_PRECONDITION naming the broken rule.
absl::StatusOr<v1::Ticket::Status> NextStatus(v1::Ticket::Status from,
                                              TicketAction action,
                                              const TransitionContext& ctx);

// Ended without work: UNFOUNDED, DUPLICATE or CANCELLED. Nothing more is
// done on such a ticket (TICKET_ENDED), and it is never the one a link or a
// duplicate points at.
bool IsEnded(v1::Ticket::Status status);

// Still being handled: every status except RESOLVED, CLOSED, UNFOUNDED,
// DUPLICATE and CANCELLED (an unknown status counts as open, so that it stays
// on the tracking lists instead of disappearing).
bool IsOpen(v1::Ticket::Status status);

// The SLA clocks stop while the ticket waits (PENDING).
bool ClocksPaused(v1::Ticket::Status status);

// Lower snake case name of the action ("dispatch", "callback_satisfied",
// "mark_unfounded", ...); "unknown" for a value outside the enum.
const char* ActionName(TicketAction action);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_LIFECYCLE_H_
