// The shared frame of a ticket workflow step, for every desk that changes a
// ticket: Mutate locks the ticket, runs the step's rule and change, recomputes
// the deadlines (deadlines.h), saves, and appends one history entry recording
// the status change and what else changed. Also the store-backed helpers the
// steps share (the lifecycle's context, endings without work, the same-day
// resident notice, the coordination promise) and the due-list page key.
#ifndef FRONTDESK_SERVER_TICKET_TICKET_STEP_H_
#define FRONTDESK_SERVER_TICKET_TICKET_STEP_H_

#include <google/protobuf/message.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "common/list_page.h"
#include "common/principal.h"
#include "db/database.h"
#include "db/ticket/ticket_rows.h"
#include "db/ticket/ticket_workflow_store.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/services.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {

// The name of a stored status ("RESOLVED").
std::string StatusName(int status);

// RFC 3339 (seconds, UTC) of a stored time; "" when unset.
std::string TimeText(const std::optional<long long>& us);

absl::Time ToTime(const google::protobuf::Timestamp& ts);

// One entry of a history event's changes.
v1::FieldChange FieldChangeOf(std::string field, std::string old_value,
                              std::string new_value);

// What a workflow verb did, for the history entry.
struct Step {
  v1::TicketEvent::Type event = v1::TicketEvent::TYPE_UNSPECIFIED;
  std::vector<v1::FieldChange> changes;
  std::string note;

  // Records a change unless the value stayed the same.
  void Change(std::string field, std::string old_value, std::string new_value);
};

using Apply =
    std::function<absl::Status(db::Tx&, db::TicketRow&, Step&, absl::Time now)>;

// Locks the ticket `name`, runs `apply`, refreshes deadlines, saves, appends
// the event and returns the ticket as it now is, its reporter as `who` may
// see it (reporter_access.h), or `side_result`, when the step's answer is
// another record: a work order, a callback; once per request_id
// (server/idempotent.h).
absl::Status Mutate(ServiceContext& services, const Principal& who,
                    absl::string_view method,
                    const google::protobuf::Message& request,
                    const std::string& request_id, const std::string& name,
                    google::protobuf::Message* response, const Apply& apply,
                    google::protobuf::Message* side_result = nullptr);

// What lifecycle.h needs to know of the stored ticket besides its status.
absl::StatusOr<TransitionContext> ContextOf(db::Tx& tx,
                                            const db::TicketRow& row);

// Moves row.status by `action` (lifecycle.h), or refuses.
absl::Status Advance(db::TicketRow& row, TicketAction action,
                     const TransitionContext& ctx);
absl::Status Advance(db::Tx& tx, db::TicketRow& row, TicketAction action);

// What resolving does to a ticket (its own resolution, or its parent's):
// resolved now, the plan and notice clocks stopped (StopOwedClocks), a new
// callback owed (none made, no attempt yet), and the first response stamped
// if none was (sla.h). The caller sets the status and the resolution text.
void MarkResolved(db::TicketRow& row, absl::Time now);

// What reopening does (a reopen, or an unsatisfied callback): no longer
// resolved, and the callback of the earlier resolution is forgotten.
void MarkUnresolved(db::TicketRow& row);

// A ticket ended without work (unfounded, duplicate, cancelled): its open
// work orders are superseded and, when it was on hold, the hold ends with it
// (the pause is closed, so the ticket no longer shows as paused).
absl::Status EndWithoutWork(db::Tx& tx, db::TicketRow& row, absl::Time now);

// Once several parties are involved (the coordination route, or a second
// department among the work orders and the plan), the resident is owed a
// notice by the end of the site's local day (coordination_rules.h). Owed
// once per ticket; call after the step's work order or plan is recorded.
absl::Status RequireNoticeIfSeveral(db::Tx& tx, db::TicketRow& row, Step& step,
                                    absl::Time now, bool coordination);

// On the coordination route a promise is at least two days after the
// coordination dispatch (coordination_rules.h).
absl::Status CheckPromiseOnRoute(db::Tx& tx, const db::TicketRow& row,
                                 long long promised_us);

// The key of a due-ordered list page (callbacks due, overdue tickets):
// the due time and id of the last ticket served, nullopt on the first page.
std::optional<db::DueKey> DueKeyAfter(const ListPage& page);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_TICKET_STEP_H_
