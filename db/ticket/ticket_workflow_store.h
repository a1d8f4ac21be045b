// The handling side of tickets: workflow state, pauses, work orders and
// callbacks. All SQL for these lives here (and in ticket_rows.cc). Functions
// work inside the caller's transaction; the service decides with the pure
// rules of server/ticket/ (lifecycle, sla) and this store records.
#ifndef FRONTDESK_DB_TICKET_TICKET_WORKFLOW_STORE_H_
#define FRONTDESK_DB_TICKET_TICKET_WORKFLOW_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/names.h"
#include "db/database.h"
#include "db/ticket/ticket_rows.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

// The ticket row by id or number, locked for the rest of the transaction on
// MySQL (SQLite write transactions are exclusive already). NOT_FOUND if
// missing or of another site.
absl::StatusOr<TicketRow> LockTicketRow(Tx& tx, const TicketRef& ref);

// Writes the workflow columns of `row` (status, route, times, deadlines,
// assignee, resolution, ...) if the row is still at `row.version` (ABORTED
// otherwise); bumps the version and update time.
absl::Status SaveTicketWorkflow(Tx& tx, const TicketRow& row, long long now_us);

// Writes only the derived deadline columns of `row` (no version bump: they
// follow from the ticket's own fields and its site's policy).
absl::Status SaveTicketDeadlines(Tx& tx, const TicketRow& row);

// Links `ticket_id` under `parent_id` (nullopt unlinks). No checks: the
// caller has ruled out cycles (see AncestorIds).
absl::Status SetTicketParent(Tx& tx, long long ticket_id,
                             std::optional<long long> parent_id,
                             long long now_us);
// The chain of parents above `ticket_id`, nearest first (stops at 100).
absl::StatusOr<std::vector<long long>> AncestorIds(Tx& tx, long long ticket_id);
// The tickets linked directly under `parent_id`, locked like LockTicketRow.
absl::StatusOr<std::vector<TicketRow>> LockChildren(Tx& tx,
                                                    long long parent_id);

// History entries with after_event_id < id <= through_event_id, oldest
// first, at most `limit`, of one site or, with site_id "", of every site.
absl::StatusOr<std::vector<v1::TicketEvent>> ListSiteEvents(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long after_event_id, long long through_event_id, int limit);

// The ids of history entries after `after_event_id`, ascending, at most
// `limit`, of every site: the live feed's view of the id sequence, in which
// it sees an id allocated by a transaction not yet committed as a gap,
// without reading any entry's contents.
absl::StatusOr<std::vector<long long>> ListEventIdsAfter(
    Tx& tx, long long after_event_id, int limit);
absl::StatusOr<long long> LastEventId(Tx& tx);

struct PauseRow {
  long long start_us = 0;
  std::optional<long long> end_us;
  std::string reason;
};
absl::StatusOr<std::vector<PauseRow>> ListPauses(Tx& tx, long long ticket_id);
absl::Status OpenPause(Tx& tx, long long ticket_id, long long start_us,
                       const std::string& reason);
absl::Status ClosePause(Tx& tx, long long ticket_id, long long end_us);

struct NewWorkOrder {
  v1::RepairRoute route = v1::REPAIR_ROUTE_UNSPECIFIED;
  std::string assignee;  // resource name
  std::optional<long long> promised_us;
  bool rework = false;
  std::vector<std::string> parties;
  std::string instructions;
  std::string manager_signoff;   // staff id
  std::string developer_ack_by;  // free text
  std::string dispatched_by;     // staff id
};
absl::StatusOr<v1::WorkOrder> InsertWorkOrder(Tx& tx, const TicketRow& ticket,
                                              const NewWorkOrder& order,
                                              long long now_us);

struct WorkOrderRef {
  std::string site_id;
  long long ticket_id = 0;
  long long work_order_id = 0;
};
// "sites/{site}/tickets/{ticket}/workOrders/{id}" (numeric ticket id).
absl::StatusOr<WorkOrderRef> ParseWorkOrderName(absl::string_view field,
                                                absl::string_view name);
absl::StatusOr<v1::WorkOrder> GetWorkOrder(Tx& tx, const WorkOrderRef& ref);
// Writes state, arrival, completion fields.
absl::Status SaveWorkOrder(Tx& tx, const WorkOrderRef& ref,
                           const v1::WorkOrder& order);
// OPEN or ARRIVED orders of the ticket become SUPERSEDED; returns how many.
absl::StatusOr<int> SupersedeOpenWorkOrders(Tx& tx, long long ticket_id);
absl::StatusOr<int> CountOpenWorkOrders(Tx& tx, long long ticket_id);
// Which of `ticket_ids` have a work order assigned to `assignee` (a
// resource name, "staff/li.gong"): an OPEN or ARRIVED one when `open_only`,
// else one in any state; sorted.
absl::StatusOr<std::vector<long long>> TicketsWithOrderFor(
    Tx& tx, const std::string& assignee,
    const std::vector<long long>& ticket_ids, bool open_only);
// The most recent order of the ticket, if any.
absl::StatusOr<std::optional<v1::WorkOrder>> LastWorkOrder(Tx& tx,
                                                           long long ticket_id);
// The distinct assignees of the ticket's work orders (any state), sorted.
absl::StatusOr<std::vector<std::string>> WorkOrderAssignees(
    Tx& tx, long long ticket_id);
// When the newest non-rework order of `route` was issued, if any.
absl::StatusOr<std::optional<long long>> LastDispatchOfRoute(
    Tx& tx, long long ticket_id, v1::RepairRoute route);

struct WorkOrderQuery {
  std::string site_id;
  long long ticket_id = 0;  // 0: every ticket of the site
  std::string assignee;     // "": anyone's; else only orders assigned to it
  // Only OPEN/ARRIVED orders whose promise is before this instant.
  std::optional<long long> overdue_at_us;
  long long after_id = 0;  // keyset: ids greater than this
  int limit = 50;
};
absl::StatusOr<std::vector<v1::WorkOrder>> ListWorkOrders(
    Tx& tx, const WorkOrderQuery& query, long long now_us);

absl::StatusOr<v1::TicketCallback> InsertCallback(
    Tx& tx, const TicketRow& ticket, v1::TicketCallback::Result result,
    int rating, const std::string& comment, const std::string& caller,
    std::optional<long long> rework_order_id, long long now_us);

// Keyset position of the due lists: (due_us, ticket id).
struct DueKey {
  long long due_us = 0;
  long long id = 0;
};
// RESOLVED tickets of `site_id` whose callback is due at or before
// `until_us`, earliest due first.
absl::StatusOr<std::vector<v1::Ticket>> ListCallbacksDue(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long until_us, const std::optional<DueKey>& after, int limit);
// Open, unpaused tickets whose effective deadline is before `now_us`, most
// overdue first; `site_ids` empty for every site.
absl::StatusOr<std::vector<TicketRow>> ListOverdue(
    Tx& tx, const std::vector<std::string>& site_ids, long long now_us,
    const std::optional<DueKey>& after, int limit);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_TICKET_TICKET_WORKFLOW_STORE_H_
