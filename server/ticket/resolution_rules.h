// The rules of resolving and closing a ticket, over plain values (the desk
// is resolution_desk.h):
//   - a callback (回访) is SATISFIED (the ticket closes), UNSATISFIED (it
//     reopens for rework, and a comment says what is still wrong) or
//     UNREACHABLE (it stays resolved and the attempt is counted); a rating of
//     1..5, or 0 when the resident was unreachable; a comment up to 2000;
//   - a duplicate points at another ticket of the same site that has not
//     ended itself;
//   - the callbacks-due list looks ahead 24 h unless told otherwise, at most
//     7 days.
#ifndef FRONTDESK_SERVER_TICKET_RESOLUTION_RULES_H_
#define FRONTDESK_SERVER_TICKET_RESOLUTION_RULES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {

// The lifecycle action of a callback, or INVALID_ARGUMENT listing what is
// wrong with the request.
absl::StatusOr<TicketAction> CallbackAction(
    const v1::RecordCallbackRequest& request);

// The history note of a callback: "UNSATISFIED 2/5: still leaks".
std::string CallbackNote(const v1::RecordCallbackRequest& request);

// INVALID_ARGUMENT on duplicate_of unless the target is another ticket of the
// same site; FAILED_PRECONDITION DUPLICATE_OF_ENDED when it has ended.
absl::Status CheckDuplicateTarget(const std::string& site_id, long long id,
                                  const std::string& target_site_id,
                                  long long target_id,
                                  v1::Ticket::Status target_status);

// How far ahead the callbacks-due list looks.
absl::StatusOr<absl::Duration> CallbacksDueWindow(
    const v1::ListCallbacksDueRequest& request);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_RESOLUTION_RULES_H_
